package io.github.bcreactive.codegen;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Writes each family's class: the resources the declaration table gives it ({@link DeclaredWriter}), and typed
 * access to every operation of the family they do not reach; a family nothing declares (B2B Edition's) is that
 * typed access alone. The operations are grouped by resource path (the path without a trailing {@code /{id}} or
 * {@code /count}); a group whose operations are exactly a shared bundle's gets an accessor typed by that bundle
 * ({@code Crud}, {@code ReadOnly}, {@code Listable}, {@code Singleton}, {@code UpdatableSingleton}), parent ids
 * first and typed as the spec declares them; every other operation gets a method named after its operation id.
 */
final class FamilyWriter {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^/}]+)}");
    private static final Set<String> KEYWORDS = Set.of("default", "class", "new", "package", "import", "public",
            "private", "static", "final", "interface", "enum", "switch", "case", "return", "this", "super");

    private FamilyWriter() {
    }

    /** What one operation of a group is, when it is plain CRUD. */
    private enum Shape { LIST, SELF, REPLACE, CREATE, GET, UPDATE, DELETE, OTHER }

    /**
     * What the declarations ({@link Declarations}) reach.
     *
     * @param resources their resource paths, as {@code V3 /catalog/products/{}/variants}: the generator leaves these
     *     resources to them
     * @param writes the other paths they write to (batch paths, named calls, operations reached outside the
     *     families): the generator leaves their writes ({@code POST}, {@code PUT}, {@code DELETE}) to them
     * @param named the operations of declared paths that no declared type reaches ({@code V3 PUT /catalog/trees}):
     *     they get generated named methods all the same
     */
    record Reach(Set<String> resources, Set<String> writes, Set<String> named) {

        /** Nothing is declared. */
        static final Reach NONE = new Reach(Set.of(), Set.of(), Set.of());

        boolean leaves(SpecOperation operation) {
            if (named.contains(operation.version() + " " + operation.key())) {
                return false;
            }
            return resources.contains(operation.version() + " " + normal(group(operation.path())))
                    || !operation.method().equals("GET")
                            && writes.contains(operation.version() + " " + normal(operation.path()));
        }

        boolean touches(String version, String group) {
            return resources.contains(version + " " + normal(group))
                    || writes.stream().anyMatch(write -> write.startsWith(version + " ")
                    && group(write.substring(3)).equals(normal(group)));
        }
    }

    /** The class of a family nothing declares: named after the family ({@code Catalog}, {@code B2BCompanies}). */
    static String className(String family) {
        return Character.toUpperCase(family.charAt(0)) + family.substring(1);
    }

    /** What a method's Javadoc calls the envelope its answer is unwrapped from. */
    static String envelope(SpecOperation op) {
        return op.version().equals("B2B") ? "its {@code data} envelope" : "a v3 {@code data} envelope";
    }

    /**
     * The resource path an operation belongs to.
     *
     * @param path the operation's path template
     * @return the path without a trailing {@code /count} or {@code /{id}}
     */
    static String group(String path) {
        return path.replaceFirst("/count$", "").replaceFirst("/\\{[^/}]+}$", "");
    }

    /**
     * The family's generated class.
     *
     * @param family the family
     * @param members the family's operations, in table order
     * @param reach what the declared resources reach
     * @param specs the family's spec files
     * @return the source
     */
    static String write(String family, List<SpecOperation> members, Reach reach, Set<String> specs) {
        return write(family, members, reach, specs, null);
    }

    /**
     * The family's generated class, typed by the generated models.
     *
     * @param family the family
     * @param members the family's operations, in table order
     * @param reach what the declared resources reach
     * @param specs the family's spec files
     * @param models the generated models, or {@code null} to type every body as {@code JsonNode}
     * @return the source
     */
    static String write(String family, List<SpecOperation> members, Reach reach, Set<String> specs,
            SchemaModels models) {
        return write(family, members, reach, specs, models, null);
    }

    /**
     * The family's class: its declared resources, and typed access to the rest of its operations.
     *
     * @param family the spec family
     * @param members the family's operations, in table order
     * @param reach what the declarations reach
     * @param specs the family's spec files
     * @param models the generated models, or {@code null} to type every body as {@code JsonNode}
     * @param declared what the family declares, or {@code null} when nothing does: the class is then the typed
     *     access alone, named after the family
     * @return the source
     */
    static String write(String family, List<SpecOperation> members, Reach reach, Set<String> specs,
            SchemaModels models, DeclaredWriter declared) {
        TypedBodies typed = new TypedBodies(models, family);
        Map<String, String> constants = JavaWriter.constants(members);
        Map<String, List<SpecOperation>> groups = new LinkedHashMap<>();
        for (SpecOperation operation : members) {
            String group = group(operation.path());
            if (!reach.leaves(operation)) {
                groups.computeIfAbsent(operation.version() + " " + group, k -> new ArrayList<>()).add(operation);
            }
        }
        String operationsClass = JavaWriter.className(family);
        StringBuilder specsOut = new StringBuilder();
        StringBuilder accessors = new StringBuilder();
        StringBuilder methods = new StringBuilder();
        Set<String> used = new HashSet<>();
        int reached = 0;
        for (Map.Entry<String, List<SpecOperation>> entry : groups.entrySet()) {
            String version = entry.getKey().substring(0, entry.getKey().indexOf(' '));
            String path = entry.getKey().substring(version.length() + 1);
            List<SpecOperation> ops = entry.getValue();
            reached += ops.size();
            String bundle = reach.touches(version, path) ? null : bundle(path, ops, typed);
            if (bundle == null) {
                for (SpecOperation op : ops) {
                    String name = lowerCamel(constants.get(op.key() + " " + op.version()));
                    used.add(name);
                    String constant = operationsClass + "." + constants.get(op.key() + " " + op.version());
                    if (UploadWriter.only(op)) {
                        UploadWriter.write(methods, op, name, constant, true, typed);
                    } else {
                        named(methods, op, name, constant, typed);
                    }
                }
                continue;
            }
            String name = accessorName(family, path);
            if (!used.add(name)) {
                name = name + version;
                used.add(name);
            }
            String constant = JavaWriter.snake(name) + "_" + version;
            String item = typed.bundleItem(ops, bundle.contains("Singleton"));
            bundle = bundle.replace("JsonNode", item);
            String declaration = "            ResourceSpec." + version.toLowerCase(Locale.ROOT) + "(\"" + path
                    + "\", " + item + ".class);";
            if (declaration.length() > 120) {
                declaration = "            ResourceSpec." + version.toLowerCase(Locale.ROOT) + "(\n                    \""
                        + path + "\"," + (path.length() + item.length() + 32 > 120 ? "\n                    " : " ")
                        + item + ".class);";
            }
            String field = "    private static final ResourceSpec<" + item + "> " + constant + " =";
            specsOut.append(field.length() <= 120 ? field : "    private static final ResourceSpec<" + item
                    + ">\n            " + constant + " =").append('\n').append(declaration).append('\n');
            accessor(accessors, path, ops, bundle, name, constant);
        }
        UploadWriter.besides(methods, members, constants, operationsClass, reach::leaves, typed);
        String className = declared == null ? className(family) : declared.className();
        if (declared != null) {
            Set<String> both = new TreeSet<>(declared.names());
            both.retainAll(used);
            if (!both.isEmpty()) {
                throw new IllegalStateException(Declarations.RESOURCE + ": " + className + " declares " + both
                        + ", which the generator also makes for operations no declaration reaches: rename the "
                        + "declared accessor or declare the path");
            }
        }
        StringBuilder out = new StringBuilder();
        JavaWriter.header(out, JavaWriter.folderOf(family), specs);
        if (declared != null) {
            out.insert(out.lastIndexOf("// Do not edit"), "// and the declarations in " + Declarations.FILE + "\n");
        }
        out.append("package ").append(JavaWriter.PACKAGE).append(";\n\n");
        out.append("import java.util.Objects;\n\n");
        out.append("import io.github.bcreactive.api.RestApi;\n");
        out.append("import io.github.bcreactive.http.FileUpload;\n");
        out.append("import io.github.bcreactive.paging.PagedFlux;\n");
        out.append("import io.github.bcreactive.query.Query;\n");
        out.append("import reactor.core.publisher.Mono;\n");
        out.append("import tools.jackson.databind.JsonNode;\n");
        out.append("MODEL_IMPORTS\n");
        classDoc(out, family, reached, models, declared);
        out.append(classLine(className, declared == null ? "" : declared.implemented())).append("\n\n");
        if (declared != null) {
            specsOut.insert(0, declared.specs() + (declared.specs().isEmpty() || specsOut.length() == 0 ? "" : "\n"));
        }
        out.append(specsOut).append(specsOut.length() > 0 ? "\n" : "");
        out.append("    private final RestApi api;\n\n");
        if (declared != null) {
            out.append("    /**\n");
            out.append("     * Creates the family over a store's API; {@code client.").append(declared.accessor())
                    .append("()} is the usual way to get it.\n");
            out.append("     *\n     * @param api the store's API\n     */\n");
        }
        out.append("    ").append(className).append("(RestApi api) {\n");
        out.append("        this.api = Objects.requireNonNull(api, \"'api' cannot be null.\");\n");
        out.append("    }\n");
        if (declared != null) {
            out.append(declared.accessors());
        }
        out.append(accessors).append(methods);
        if (declared != null) {
            out.append(declared.calls()).append(declared.interfaces());
        }
        out.append("}\n");
        String text = out.toString();
        Set<String> imports = new TreeSet<>(typed.imports());
        if (declared != null) {
            imports.addAll(declared.imports());
        }
        Map<String, String> simple = new LinkedHashMap<>();
        for (String name : imports) {
            String previous = simple.put(name.substring(name.lastIndexOf('.') + 1), name);
            if (previous != null) {
                throw new IllegalStateException(className + " would import both " + previous + " and " + name
                        + ": give the declared resource the other model");
            }
        }
        StringBuilder modelImports = new StringBuilder();
        imports.stream().filter(i -> !i.startsWith("java.") && !i.equals("tools.jackson.databind.JsonNode")
                && !i.equals("reactor.core.publisher.Mono")).forEach(i -> modelImports.append("import ")
                .append(i).append(";\n"));
        text = text.replace("MODEL_IMPORTS\n", modelImports.toString());
        if (imports.contains("java.util.List")) {
            text = text.replace("import java.util.Objects;\n", "import java.util.List;\nimport java.util.Objects;\n");
        }
        if (imports.contains("java.math.BigDecimal")) {
            text = text.replace("import java.util.", "import java.math.BigDecimal;\nimport java.util.");
        }
        if (!text.replaceAll("(?m)^import .*$", "").replaceAll("\\{@code JsonNode}", "").contains("JsonNode")) {
            text = text.replace("import tools.jackson.databind.JsonNode;\n", "");
        }
        if (!text.contains("PagedFlux<")) {
            text = text.replace("import io.github.bcreactive.paging.PagedFlux;\n", "");
        }
        if (!text.contains("Query.") && !text.contains("Query query")) {
            text = text.replace("import io.github.bcreactive.query.Query;\n", "");
        }
        if (!text.replace("import io.github.bcreactive.http.FileUpload;\n", "").contains("FileUpload")) {
            text = text.replace("import io.github.bcreactive.http.FileUpload;\n", "");
        }
        if (!text.contains("Mono<")) {
            text = text.replace("import reactor.core.publisher.Mono;\n", "");
        }
        return sortedImports(text);
    }

    /** The class Javadoc: the declared family's own, then what the generated part reaches. */
    private static void classDoc(StringBuilder out, String family, int reached, SchemaModels models,
            DeclaredWriter declared) {
        out.append("/**\n");
        if (declared == null) {
            out.append(" * ").append(family.startsWith("B2B") ? "B2B Edition's {@code " + family.substring(3) + "}"
                    : "The {@code " + family + "} family").append(": typed access to the ").append(reached)
                    .append(reached == 1 ? " operation" : " operations").append(" of the\n");
            out.append(" * family.");
        } else {
            declared.javadoc().forEach(line -> out.append(" *").append(line.isEmpty() ? "" : " " + line).append('\n'));
            if (reached == 0) {
                out.append(" */\n");
                return;
            }
            out.append(" *\n");
            out.append(" * <p>Besides the declared resources, typed access to the ").append(reached)
                    .append(reached == 1 ? " other operation" : " other operations").append(" of the\n");
            out.append(" * family's specs.");
        }
        out.append(" A resource path whose operations are exactly a shared bundle's\n");
        out.append(" * ({@link Crud}, {@link ReadOnly}, {@link Listable}, {@link Singleton}, {@link UpdatableSingleton}) ")
                .append("has an accessor\n");
        if (models == null) {
            out.append(" * taking its parent ids; every other operation is a method named after its operation id. Items ")
                    .append("are {@link JsonNode}.\n");
        } else {
            out.append(" * taking its parent ids; every other operation is a method named after its operation id. ")
                    .append("Answers decode into\n");
            out.append(" * the generated models of {@code ").append(ModelWriter.packageOf(family)).append("}\n");
            out.append(" * ({@code JsonNode} where the spec gives no schema); a request body is its model or any ")
                    .append("object written as JSON\n");
            out.append(" * (a map, a {@code JsonNode}).\n");
        }
        out.append(" */\n");
    }

    /** The class's first line ({@code public final class Checkouts implements A, B}), wrapped at the line width. */
    private static String classLine(String className, String implemented) {
        String head = "public final class " + className + implemented + " {";
        if (head.length() <= 120) {
            return head;
        }
        int cut = head.lastIndexOf(", ", 118);
        return head.substring(0, cut + 1) + "\n        " + head.substring(cut + 2);
    }

    /** The source with its imports in two sorted groups, {@code java.*} first, each followed by a blank line. */
    private static String sortedImports(String text) {
        int first = text.indexOf("\nimport ") + 1;
        int end = text.indexOf("\n/**", first) + 1;
        Set<String> java = new TreeSet<>();
        Set<String> others = new TreeSet<>();
        text.substring(first, end).lines().filter(line -> line.startsWith("import "))
                .forEach(line -> (line.startsWith("import java.") ? java : others).add(line));
        StringBuilder imports = new StringBuilder();
        java.forEach(line -> imports.append(line).append('\n'));
        imports.append(java.isEmpty() ? "" : "\n");
        others.forEach(line -> imports.append(line).append('\n'));
        imports.append(others.isEmpty() ? "" : "\n");
        return text.substring(0, first) + imports + text.substring(end);
    }

    /** The bundle the group's operations are exactly, or {@code null}. */
    private static String bundle(String path, List<SpecOperation> ops, TypedBodies typed) {
        Set<Shape> shapes = new TreeSet<>();
        for (SpecOperation op : ops) {
            Shape shape = shape(path, op);
            if (shape == Shape.OTHER || !shapes.add(shape)) {
                return null;
            }
        }
        String item = itemIdType(path, ops);
        if (shapes.equals(Set.of(Shape.LIST, Shape.GET, Shape.CREATE, Shape.UPDATE, Shape.DELETE))) {
            return "Crud<JsonNode, " + item + ">";
        }
        if (shapes.equals(Set.of(Shape.LIST, Shape.GET))) {
            return "ReadOnly<JsonNode, " + item + ">";
        }
        if (shapes.equals(Set.of(Shape.LIST))) {
            return "Listable<JsonNode>";
        }
        if (shapes.equals(Set.of(Shape.SELF))) {
            // a GET of the path alone answering an unpaged list (an array, or a v3 data envelope around one, which
            // the spec's response name does not show: the category tree's categories) lists its items
            return typed.answersList(ops.get(0)) ? "Listable<JsonNode>" : "Singleton<JsonNode>";
        }
        if (shapes.equals(Set.of(Shape.SELF, Shape.REPLACE))) {
            return "UpdatableSingleton<JsonNode>";
        }
        return null;
    }

    private static Shape shape(String group, SpecOperation op) {
        boolean self = op.path().equals(group);
        boolean item = !self && op.path().startsWith(group + "/{") && group(op.path()).equals(group)
                && !op.path().endsWith("/count");
        boolean list = op.paging().equals("NONE") ? op.response().endsWith("[]") : true;
        if (!op.method().equals("GET") && op.response().endsWith("[]")) {
            // a write answering a list (B2B's invoice settings: PUT an array, answered an array) does not answer
            // the one item a bundle's create, update or replace decodes
            return Shape.OTHER;
        }
        return switch (op.method()) {
            case "GET" -> self ? (list ? Shape.LIST : Shape.SELF) : item ? Shape.GET : Shape.OTHER;
            case "POST" -> self && op.body().equals("JSON") ? Shape.CREATE : Shape.OTHER;
            case "PUT" -> !op.body().equals("JSON") ? Shape.OTHER : item ? Shape.UPDATE : self ? Shape.REPLACE
                    : Shape.OTHER;
            case "DELETE" -> item ? Shape.DELETE : Shape.OTHER;
            default -> Shape.OTHER;
        };
    }

    private static String itemIdType(String group, List<SpecOperation> ops) {
        for (SpecOperation op : ops) {
            if (!op.path().equals(group) && !op.ids().isEmpty()) {
                return op.ids().get(op.ids().size() - 1).equals("LONG") ? "Long" : "String";
            }
        }
        return "Long";
    }

    private static void accessor(StringBuilder out, String path, List<SpecOperation> ops, String bundle, String name,
            String constant) {
        SpecOperation first = ops.get(0);
        List<String> placeholders = placeholders(path);
        List<String> params = new ArrayList<>();
        List<String> names = parameterNames(placeholders);
        for (int i = 0; i < placeholders.size(); i++) {
            params.add((first.ids().get(i).equals("LONG") ? "long " : "String ") + names.get(i));
        }
        boolean deprecated = ops.stream().allMatch(op -> op.replacement() != null);
        out.append("\n    /**\n");
        docWrapped(out, "{@code " + JavaWriter.javadocSafe(path) + "}: " + String.join(", ", ops.stream()
                .map(op -> op.method() + " {@code " + op.operationId() + "}").toList()) + ".");
        out.append("     *\n");
        for (int i = 0; i < names.size(); i++) {
            out.append("     * @param ").append(names.get(i)).append(" the {@code ").append(placeholders.get(i))
                    .append("}\n");
        }
        out.append("     * @return the resource\n");
        if (deprecated) {
            docWrapped(out, "@deprecated " + replacement(first));
        }
        out.append("     */\n");
        if (deprecated) {
            out.append("    @Deprecated\n");
        }
        out.append("    public ").append(bundle).append(' ').append(name).append('(').append(String.join(", ", params))
                .append(") {\n");
        StringBuilder bind = new StringBuilder();
        names.forEach(n -> bind.append(".bind(").append(n).append(')'));
        String line = "        return Endpoint.of(api, " + constant + ")" + bind + "::itself;";
        out.append(line.length() > 120 ? line.replace(").bind(", ")\n                .bind(") : line)
                .append("\n    }\n");
    }

    private static void named(StringBuilder out, SpecOperation op, String name, String constant,
            TypedBodies typed) {
        List<String> placeholders = placeholders(op.path());
        List<String> names = parameterNames(placeholders);
        List<String> params = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            params.add((op.ids().get(i).equals("LONG") ? "long " : "String ") + names.get(i));
        }
        boolean paged = op.method().equals("GET") && !op.paging().equals("NONE");
        boolean hasBody = !op.body().equals("NONE");
        boolean hasQuery = op.method().equals("GET") || op.method().equals("DELETE");
        if (hasBody) {
            params.add("Object body");
        }
        if (hasQuery) {
            params.add("Query query");
        }
        out.append("\n    /**\n");
        docWrapped(out, "{@code " + op.method() + " " + JavaWriter.javadocSafe(op.path()) + "} ({@code "
                + op.operationId() + "})" + (paged ? ", paged by " + op.paging().toLowerCase(Locale.ROOT)
                        .replace('_', ' ') + "." : "."));
        out.append("     *\n");
        for (int i = 0; i < names.size(); i++) {
            out.append("     * @param ").append(names.get(i)).append(" the {@code ").append(placeholders.get(i))
                    .append("}\n");
        }
        if (hasBody) {
            String model = typed.requestModel(op);
            docWrapped(out, "@param body the request body: " + (model == null ? "a model or a map"
                    : model + ", or any object") + ", written as JSON" + switch (op.body()) {
                case "MULTIPART" -> "; the spec takes a multipart form here, which this client does not send yet";
                case "JSON_OR_MULTIPART" -> op.uploads() ? " (to upload a file instead, use the overload taking a"
                        + " {@link FileUpload})" : " (the spec also takes it as a multipart form; this client sends JSON)";
                case "XML" -> "; the spec takes XML here, which this client does not send yet";
                default -> "";
            });
        }
        if (hasQuery) {
            out.append("     * @param query the query\n");
        }
        out.append(paged ? "     * @return the items; nothing is fetched until subscription\n"
                : "     * @return the response body (" + envelope(op) + " unwrapped); empty when there is"
                        + " none\n");
        if (op.replacement() != null) {
            docWrapped(out, "@deprecated " + replacement(op));
        }
        out.append("     */\n");
        if (op.replacement() != null) {
            out.append("    @Deprecated\n");
        }
        out.append("    @Reaches(\"").append(op.version()).append(' ').append(op.method()).append(' ')
                .append(op.path()).append("\")\n");
        String ids = names.isEmpty() ? "" : ", " + String.join(", ", names);
        TypedBodies.Answer answer = typed.answer(op, paged);
        String signature = "    public " + answer.type() + " " + name + "("
                + String.join(", ", params) + ") {\n";
        out.append(signature.length() > 121 ? wrapParams(signature) : signature);
        String call = paged ? "OperationCalls.list(api, " + constant + ", query, " + answer.decoded() + ids + ");"
                : "OperationCalls." + answer.call() + "(api, " + constant + ", " + (hasQuery ? "query" : "Query.empty()")
                        + ", " + (hasBody ? "body" : "null") + ", " + answer.decoded() + ids + ");";
        String line = "        return " + call;
        if (line.length() > 120) {
            int cut = line.lastIndexOf(", ", 118);
            line = line.substring(0, cut + 1) + "\n                " + line.substring(cut + 2);
        }
        out.append(line).append("\n    }\n");
    }

    /** One Javadoc paragraph, wrapped to the line width. */
    static void docWrapped(StringBuilder out, String text) {
        StringBuilder line = new StringBuilder("     *");
        for (String word : text.split(" ")) {
            if (line.length() + 1 + word.length() > 118 && line.length() > 6) {
                out.append(line).append('\n');
                line = new StringBuilder("     *");
            }
            line.append(' ').append(word);
        }
        out.append(line).append('\n');
    }

    static String wrapParams(String signature) {
        int cut = signature.lastIndexOf(", ", 118);
        return signature.substring(0, cut + 1) + "\n            " + signature.substring(cut + 2);
    }

    static String replacement(SpecOperation op) {
        return op.replacement().startsWith("/") ? "use {@code " + JavaWriter.javadocSafe(op.replacement()) + "}."
                : "the spec or the sunset list deprecates it; " + JavaWriter.javadocSafe(op.replacement());
    }

    static List<String> placeholders(String path) {
        return PLACEHOLDER.matcher(path).results().map(m -> m.group(1)).toList();
    }

    static List<String> parameterNames(List<String> placeholders) {
        List<String> names = new ArrayList<>();
        for (String placeholder : placeholders) {
            String name = lowerCamel(placeholder);
            if (KEYWORDS.contains(name) || name.equals("body") || name.equals("query")) {
                name = name + "Id";
            }
            while (names.contains(name)) {
                name = name + "2";
            }
            names.add(name);
        }
        return names;
    }

    /** {@code brandsMetafields} for {@code /catalog/brands/{brand_id}/metafields} in the catalog family. */
    static String accessorName(String family, String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.substring(1).split("/")) {
            if (!segment.startsWith("{")) {
                segments.add(segment);
            }
        }
        if (segments.size() > 1 && segments.get(0).equalsIgnoreCase(family)) {
            segments.remove(0);
        }
        String name = lowerCamel(String.join("_", segments));
        return KEYWORDS.contains(name) ? name + "Resource" : name;
    }

    static String lowerCamel(String text) {
        String[] words = text.split("[^A-Za-z0-9]+");
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            boolean upper = word.equals(word.toUpperCase(Locale.ROOT));
            String w = upper ? word.toLowerCase(Locale.ROOT) : word;
            out.append(out.length() == 0 ? Character.toLowerCase(w.charAt(0)) + w.substring(1)
                    : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return out.toString();
    }

    static String normal(String path) {
        return path.replaceAll("\\{[^/}]*}", "{}");
    }
}
