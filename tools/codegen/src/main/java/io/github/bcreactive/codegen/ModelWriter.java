package io.github.bcreactive.codegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.PropertyNamingStrategy;

/**
 * Writes the generated models: one file per top-level type, in one package per family
 * ({@code io.github.bcreactive.model.generated.catalog}; B2B Edition's under {@code .b2b}), its nested types inside
 * it. A model is an immutable record: JSON names come from {@code @JsonNaming}, snake case or lower camel case,
 * whichever gives back more of the record's names (an explicit {@code @JsonProperty} only where the strategy does
 * not give the JSON name), nulls are left out when written, dates are {@code OffsetDateTime} in their
 * version's format, and every field the spec does not declare is kept in {@code extra} and written back. An enum
 * is an open value type: a value the spec does not list is kept and written back.
 */
final class ModelWriter {

    static final String PACKAGE = "io.github.bcreactive.model.generated";
    static final String FOLDER = "bigcommerce-reactive-core/src/main/java/io/github/bcreactive/model/generated/";

    private static final PropertyNamingStrategy SNAKE = PropertyNamingStrategies.SNAKE_CASE;
    private static final PropertyNamingStrategy CAMEL = PropertyNamingStrategies.LOWER_CAMEL_CASE;

    private ModelWriter() {
    }

    /**
     * The package of a family's models: B2B Edition's families under {@code b2b}.
     *
     * @param family the family
     * @return e.g. {@code io.github.bcreactive.model.generated.pricelists},
     *     {@code io.github.bcreactive.model.generated.b2b.companies} for {@code B2BCompanies}
     */
    static String packageOf(String family) {
        return PACKAGE + "." + (family.startsWith("B2B") ? "b2b." + family.substring(3) : family)
                .toLowerCase(Locale.ROOT);
    }

    /** The folder of a family's models, under the project root. */
    private static String folderOf(String family) {
        return FOLDER + packageOf(family).substring(PACKAGE.length() + 1).replace('.', '/') + "/";
    }

    /**
     * The naming strategy of a record: the one that gives back more of its JSON names, snake case or lower camel
     * case; on a tie (one-word names) its version's: snake case on v2 and v3, lower camel case on B2B Edition.
     */
    private static boolean camelCase(ModelType type) {
        long snake = type.fields.stream().filter(f -> SNAKE.nameForField(null, null, f.javaName()).equals(f.wire()))
                .count();
        long camel = type.fields.stream().filter(f -> CAMEL.nameForField(null, null, f.javaName()).equals(f.wire()))
                .count();
        return camel == snake ? type.version.equals("B2B") : camel > snake;
    }

    /**
     * The model sources.
     *
     * @param models the built models
     * @return file path (relative to the project root) to content
     */
    static Map<String, String> write(SchemaModels models) {
        Map<String, String> files = new LinkedHashMap<>();
        models.families().forEach((family, types) -> {
            if (types.tops.isEmpty()) {
                return;
            }
            String folder = folderOf(family);
            Set<String> specs = new TreeSet<>();
            for (ModelType type : types.tops) {
                specs.addAll(type.specFiles);
                files.put(folder + type.name + ".java", file(family, type));
            }
            files.put(folder + "package-info.java", packageInfo(family, types, specs));
        });
        return files;
    }

    private static String packageInfo(String family, SchemaModels.Family types, Set<String> specs) {
        StringBuilder out = new StringBuilder();
        JavaWriter.header(out, JavaWriter.folderOf(family), specs);
        int all = types.tops.stream().mapToInt(ModelType::count).sum();
        out.append("/**\n");
        out.append(" * The generated models of the {@code ").append(family).append("} family (").append(types.tops.size())
                .append(" top-level types, ").append(all).append(" in all):\n");
        out.append(" * the request and response bodies of its operations, read from the official specs' schemas.\n");
        out.append(" */\n");
        out.append("package ").append(packageOf(family)).append(";\n");
        return out.toString();
    }

    private static String file(String family, ModelType type) {
        Set<String> imports = new TreeSet<>();
        StringBuilder body = new StringBuilder();
        declaration(body, type, "", imports);
        StringBuilder out = new StringBuilder();
        JavaWriter.header(out, JavaWriter.folderOf(family), type.specFiles);
        out.append("package ").append(packageOf(family)).append(";\n\n");
        List<String> java = imports.stream().filter(i -> i.startsWith("java.")).toList();
        List<String> others = imports.stream().filter(i -> !i.startsWith("java.")).toList();
        java.forEach(i -> out.append("import ").append(i).append(";\n"));
        if (!java.isEmpty() && !others.isEmpty()) {
            out.append('\n');
        }
        others.forEach(i -> out.append("import ").append(i).append(";\n"));
        out.append('\n').append(body);
        return out.toString();
    }


    private static void declaration(StringBuilder out, ModelType type, String indent, Set<String> imports) {
        if (type.isEnum) {
            openEnum(out, type, indent, imports);
        } else {
            record(out, type, indent, imports);
        }
    }

    private static void record(StringBuilder out, ModelType type, String indent, Set<String> imports) {
        imports.add("com.fasterxml.jackson.annotation.JsonAnyGetter");
        imports.add("com.fasterxml.jackson.annotation.JsonAnySetter");
        imports.add("com.fasterxml.jackson.annotation.JsonInclude");
        imports.add("java.util.Map");
        imports.add("tools.jackson.databind.JsonNode");
        imports.add("tools.jackson.databind.PropertyNamingStrategies");
        imports.add("tools.jackson.databind.annotation.JsonNaming");
        imports.add("io.github.bcreactive.model.Copies");
        out.append(indent).append("/**\n");
        doc(out, indent, (type.outer == null ? "The {@code " + JavaWriter.javadocSafe(type.origin) + "} model"
                : "A {@code " + type.name + "} of {@link " + type.outer.qualified() + "}")
                + ", generated from " + files(type) + ". Fields the spec does not declare are kept in {@code extra}"
                + " and written back.");
        out.append(indent).append(" *\n");
        for (ModelType.Field field : type.fields) {
            String param = indent + " * @param " + field.javaName();
            String what = "the {@code " + JavaWriter.javadocSafe(field.wire()) + "}";
            out.append(param).append(param.length() + what.length() < 120 ? " " : "\n" + indent + " *     ")
                    .append(what).append('\n');
        }
        out.append(indent).append(" * @param extra every other field, kept as sent and written back\n");
        out.append(indent).append(" */\n");
        out.append(indent).append("@JsonInclude(JsonInclude.Include.NON_NULL)\n");
        boolean camel = camelCase(type);
        PropertyNamingStrategy naming = camel ? CAMEL : SNAKE;
        out.append(indent).append("@JsonNaming(PropertyNamingStrategies.").append(camel ? "LowerCamelCaseStrategy"
                : "SnakeCaseStrategy").append(".class)\n");
        out.append(indent).append("public record ").append(type.name).append("(\n");
        List<String> copies = new ArrayList<>();
        for (ModelType.Field field : type.fields) {
            StringBuilder line = new StringBuilder(indent).append("        ");
            if (!naming.nameForField(null, null, field.javaName()).equals(field.wire())) {
                imports.add("com.fasterxml.jackson.annotation.JsonProperty");
                line.append("@JsonProperty(\"").append(field.wire().replace("\\", "\\\\").replace("\"", "\\\""))
                        .append("\") ");
            }
            if (field.date() != null) {
                imports.add("io.github.bcreactive.model." + field.date() + "Date");
                line.append('@').append(field.date()).append("Date ");
            }
            String component = render(field.type(), imports) + " " + field.javaName() + ",";
            if (line.length() + component.length() > 120 && !line.toString().isBlank()) {
                out.append(line.toString().stripTrailing()).append('\n');
                line = new StringBuilder(indent).append("        ");
            }
            out.append(line).append(component).append('\n');
            if (field.type() instanceof ModelType.ListOf) {
                copies.add(field.javaName() + " = Copies.list(" + field.javaName() + ");");
            } else if (field.type() instanceof ModelType.MapOf) {
                copies.add(field.javaName() + " = Copies.map(" + field.javaName() + ");");
            }
        }
        out.append(indent).append("        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {\n\n");
        out.append(indent).append("    /** Makes the collections read-only. */\n");
        out.append(indent).append("    public ").append(type.name).append(" {\n");
        for (String copy : copies) {
            out.append(indent).append("        ").append(copy).append('\n');
        }
        out.append(indent).append("        extra = Copies.extra(extra);\n");
        out.append(indent).append("    }\n");
        for (ModelType inner : type.nested) {
            out.append('\n');
            declaration(out, inner, indent + "    ", imports);
        }
        out.append(indent).append("}\n");
    }

    private static void openEnum(StringBuilder out, ModelType type, String indent, Set<String> imports) {
        imports.add("com.fasterxml.jackson.annotation.JsonCreator");
        imports.add("com.fasterxml.jackson.annotation.JsonValue");
        imports.add("java.util.List");
        imports.add("java.util.Objects");
        out.append(indent).append("/**\n");
        doc(out, indent, (type.outer == null ? "The {@code " + JavaWriter.javadocSafe(type.origin) + "} values"
                : "The {@code " + type.name + "} values of {@link " + type.outer.qualified() + "}")
                + ", generated from " + files(type) + ". Open: a value the spec does not list is kept as sent and"
                + " written back ({@link #known()} tells them apart).");
        out.append(indent).append(" *\n");
        out.append(indent).append(" * @param value the value as sent\n");
        out.append(indent).append(" */\n");
        out.append(indent).append("public record ").append(type.name).append("(@JsonValue String value) {\n\n");
        List<String> constants = new ArrayList<>();
        for (String value : type.values) {
            String constant = constant(value, constants);
            constants.add(constant);
            out.append(indent).append("    /** {@code ").append(JavaWriter.javadocSafe(value).replace("}", "&#125;")
                    .replace("@", "&#64;")).append("}. */\n");
            String declaration = indent + "    public static final " + type.name + " " + constant + " =";
            String made = "new " + type.name + "(\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\");";
            out.append(declaration).append(declaration.length() + made.length() < 120 ? " "
                    : "\n" + indent + "            ").append(made).append("\n\n");
        }
        StringBuilder known = new StringBuilder(indent).append("    private static final List<").append(type.name)
                .append("> KNOWN = List.of(");
        for (int i = 0; i < constants.size(); i++) {
            String piece = constants.get(i) + (i == constants.size() - 1 ? ");" : ",");
            if (known.length() + piece.length() + 1 > 120) {
                out.append(known.toString().stripTrailing()).append('\n');
                known = new StringBuilder(indent).append("            ");
            }
            known.append(piece).append(i == constants.size() - 1 ? "" : " ");
        }
        if (constants.isEmpty()) {
            known.append(");");
        }
        out.append(known).append("\n\n");
        String methods = """
                    /**
                     * Checks the value.
                     *
                     * @param value the value as sent
                     */
                    public NAME {
                        Objects.requireNonNull(value, "'value' cannot be null.");
                    }

                    /**
                     * The value for a text, known or not.
                     *
                     * @param value the value as sent
                     * @return the value
                     */
                    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
                    public static NAME of(String value) {
                        return new NAME(value);
                    }

                    /**
                     * The values the spec lists.
                     *
                     * @return the values, in the spec's order
                     */
                    public static List<NAME> values() {
                        return KNOWN;
                    }

                    /**
                     * Whether the spec lists this value.
                     *
                     * @return {@code false} for a value this client does not know
                     */
                    public boolean known() {
                        return KNOWN.contains(this);
                    }
                """.replace("NAME", type.name);
        methods.lines().forEach(line -> out.append(line.isEmpty() ? "" : indent).append(line).append('\n'));
        out.append(indent).append("}\n");
    }

    private static String constant(String value, List<String> used) {
        String name = value.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[^A-Za-z0-9]+", "_")
                .replaceAll("^_+|_+$", "").toUpperCase(Locale.ROOT);
        if (name.isEmpty()) {
            name = "EMPTY";
        }
        if (Character.isDigit(name.charAt(0))) {
            name = "V_" + name;
        }
        if (name.equals("KNOWN")) {
            name = "KNOWN_VALUE";
        }
        String base = name;
        for (int i = 2; used.contains(name); i++) {
            name = base + "_" + i;
        }
        return name;
    }

    /**
     * A type as the generated code writes it, noting its imports.
     *
     * @param ref the type
     * @param imports where the imports it needs go
     * @return e.g. {@code List<GetGlobalOrderSettingsResponse.Notifications>}
     */
    static String render(ModelType.Ref ref, Set<String> imports) {
        if (ref instanceof ModelType.Simple simple) {
            if (simple.importName() != null) {
                imports.add(simple.importName());
            }
            return simple.name();
        }
        if (ref instanceof ModelType.ListOf list) {
            imports.add("java.util.List");
            return "List<" + render(list.element(), imports) + ">";
        }
        if (ref instanceof ModelType.MapOf map) {
            imports.add("java.util.Map");
            return "Map<String, " + render(map.value(), imports) + ">";
        }
        return ((ModelType.Declared) ref).type().qualified();
    }

    private static String files(ModelType type) {
        return String.join(", ", type.top().specFiles.stream().map(f -> "{@code " + f + "}").toList());
    }

    private static void doc(StringBuilder out, String indent, String text) {
        StringBuilder line = new StringBuilder(indent).append(" *");
        for (String word : text.split(" ")) {
            if (line.length() + 1 + word.length() > 118 && line.length() > indent.length() + 2) {
                out.append(line).append('\n');
                line = new StringBuilder(indent).append(" *");
            }
            line.append(' ').append(word);
        }
        out.append(line).append('\n');
    }
}
