package io.github.bcreactive.codegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes B2B Edition's part of the resource table with the main API's writers: per family, its operations class
 * ({@code B2BCompaniesOperations}, as {@link JavaWriter} writes a family's) and its typed access ({@code B2BCompanies},
 * as {@link FamilyWriter} writes a generated family, made a concrete class since nothing is hand-written over it);
 * then the index {@code B2BOperations} and the {@code B2BResources} interface the B2B client implements.
 */
final class B2BWriter {

    private B2BWriter() {
    }

    /**
     * The generated sources of B2B Edition.
     *
     * @param operations every B2B operation, in table order
     * @return file path (relative to the project root) to content
     */
    static Map<String, String> write(List<SpecOperation> operations) {
        return write(operations, null);
    }

    /**
     * The generated sources of B2B Edition, typed by the generated models.
     *
     * @param operations every B2B operation, in table order
     * @param models the generated models, or {@code null} to type every body as {@code JsonNode}
     * @return file path (relative to the project root) to content
     */
    static Map<String, String> write(List<SpecOperation> operations, SchemaModels models) {
        Map<String, List<SpecOperation>> byFamily = new LinkedHashMap<>();
        B2BFamilies.ordered().forEach(family -> byFamily.put(family, new ArrayList<>()));
        operations.forEach(operation -> byFamily.get(operation.family()).add(operation));
        byFamily.values().removeIf(List::isEmpty);
        Map<String, String> files = new LinkedHashMap<>();
        byFamily.forEach((family, members) -> {
            files.put(JavaWriter.FOLDER + JavaWriter.className(family) + ".java",
                    JavaWriter.family(family, members));
            files.put(JavaWriter.FOLDER + family + ".java", resources(family, members, models));
        });
        files.put(JavaWriter.FOLDER + "B2BOperations.java", index(byFamily));
        files.put(JavaWriter.FOLDER + "B2BResources.java", client(byFamily));
        return files;
    }

    /** The family's typed access: the generated family class, named after the family. */
    private static String resources(String family, List<SpecOperation> members, SchemaModels models) {
        Set<String> specs = new TreeSet<>();
        members.forEach(operation -> specs.add(operation.specFile()));
        return FamilyWriter.write(family, members, FamilyWriter.Reach.NONE, specs, models);
    }

    private static String index(Map<String, List<SpecOperation>> byFamily) {
        Set<String> specs = new TreeSet<>();
        byFamily.values().forEach(members -> members.forEach(operation -> specs.add(operation.specFile())));
        int total = byFamily.values().stream().mapToInt(List::size).sum();
        StringBuilder out = new StringBuilder();
        JavaWriter.header(out, SchemaModels.B2B_FOLDER, specs);
        out.append("package ").append(JavaWriter.PACKAGE).append(";\n\n");
        out.append("import java.util.List;\n");
        out.append("import java.util.Objects;\n");
        out.append("import java.util.Optional;\n");
        out.append("import java.util.stream.Stream;\n\n");
        out.append("import org.springframework.http.HttpMethod;\n\n");
        out.append("/**\n");
        out.append(" * Every operation of B2B Edition's REST management specs (").append(total).append(" in ")
                .append(specs.size()).append(" files), as the generator read them, with\n");
        out.append(" * paths relative to {@code https://api-b2b.bigcommerce.com/api/v3/io}: for sweeping the whole ")
                .append("B2B API (contract tests,\n");
        out.append(" * coverage reports). Every one is of {@code ApiVersion.B2B}.\n");
        out.append(" *\n");
        out.append(" * <pre>{@code\n");
        out.append(" * Operation companies = B2BOperations.find(HttpMethod.GET, \"/companies\").orElseThrow();\n");
        out.append(" * companies.paging();   // OFFSET\n");
        out.append(" * }</pre>\n");
        out.append(" */\n");
        JavaWriter.allOperations(out, "B2BOperations", byFamily.keySet());
        out.append("    /**\n");
        out.append("     * The operation of a method and a path template.\n");
        out.append("     *\n");
        out.append("     * @param method the HTTP method\n");
        out.append("     * @param path the path template under {@code /api/v3/io}, placeholders named as in the spec\n");
        out.append("     * @return the operation; empty when the specs have none\n");
        out.append("     */\n");
        out.append("    public static Optional<Operation> find(HttpMethod method, String path) {\n");
        out.append("        Objects.requireNonNull(method, \"'method' cannot be null.\");\n");
        out.append("        Objects.requireNonNull(path, \"'path' cannot be null.\");\n");
        out.append("        return ALL.stream().filter(op -> op.method().equals(method) && op.path().equals(path))"
                + ".findFirst();\n");
        out.append("    }\n");
        out.append("}\n");
        return out.toString();
    }

    private static String client(Map<String, List<SpecOperation>> byFamily) {
        Set<String> specs = new TreeSet<>();
        byFamily.values().forEach(members -> members.forEach(operation -> specs.add(operation.specFile())));
        StringBuilder out = new StringBuilder();
        JavaWriter.header(out, SchemaModels.B2B_FOLDER, specs);
        out.append("package ").append(JavaWriter.PACKAGE).append(";\n\n");
        out.append("import io.github.bcreactive.api.B2BApi;\n\n");
        out.append("/**\n");
        out.append(" * The families of B2B Edition's REST management API, one accessor each, over the store's ")
                .append("{@link B2BApi}. A family is\n");
        out.append(" * made afresh by each call and holds nothing but the API, so keep it or call again as you ")
                .append("like.\n");
        out.append(" *\n");
        out.append(" * <pre>{@code\n");
        out.append(" * client.b2b().companies().companies().iterAll().subscribe(company -> log.info(\"{}\", company));\n");
        out.append(" * }</pre>\n");
        out.append(" */\n");
        out.append("public interface B2BResources {\n\n");
        out.append("    /**\n");
        out.append("     * The store's B2B Edition API, which every family calls through.\n");
        out.append("     *\n");
        out.append("     * @return the low-level B2B API\n");
        out.append("     */\n");
        out.append("    B2BApi api();\n");
        byFamily.forEach((family, members) -> {
            String accessor = B2BFamilies.accessor(family);
            out.append("\n    /**\n");
            out.append("     * B2B Edition's {@code ").append(family.substring(3)).append("} (").append(members.size())
                    .append(members.size() == 1 ? " operation" : " operations").append(").\n");
            out.append("     *\n");
            out.append("     * @return the family\n");
            out.append("     */\n");
            out.append("    default ").append(family).append(' ').append(accessor).append("() {\n");
            out.append("        return new ").append(family).append("(api());\n");
            out.append("    }\n");
        });
        out.append("}\n");
        return out.toString();
    }
}
