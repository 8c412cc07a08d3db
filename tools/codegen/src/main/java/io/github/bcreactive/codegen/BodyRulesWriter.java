package io.github.bcreactive.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes {@code BodyRules}: per operation with a JSON request body (a multipart form is not checked), the fields its
 * schema requires and the fields it takes as read-only (marked {@code readOnly}, or declared by the answer and not by
 * the request). The resource layer applies them before a body is sent: a create lacking a required field fails and
 * sends nothing; read-only fields are left out of creates and updates. Keys name the operation with its path
 * placeholders blanked ({@code V3 PUT /catalog/brands/{}}), so a resource finds its rule from its own path.
 * Also writes {@code OperationModels}, the generated model of each operation's bodies.
 */
final class BodyRulesWriter {

    private BodyRulesWriter() {
    }

    /**
     * The source of {@code BodyRules}.
     *
     * @param operations every operation, in table order
     * @param models the built models
     * @return the source
     */
    static String write(List<SpecOperation> operations, SchemaModels models) {
        Set<String> specs = new TreeSet<>();
        List<String> entries = new ArrayList<>();
        for (SpecOperation op : operations) {
            SchemaModels.Bodies bodies = models.bodies(op);
            if (!op.body().startsWith("JSON") || bodies.required().isEmpty() && bodies.readOnly().isEmpty()) {
                continue;
            }
            specs.add(op.specFile());
            String key = op.version() + " " + op.method() + " " + op.path().replaceAll("\\{[^/}]*}", "{}");
            StringBuilder entry = new StringBuilder("            Map.entry(\"").append(key)
                    .append("\", new BodyCheck.Rule(");
            entry.append(list(bodies.required())).append(", ").append(list(bodies.readOnly())).append("))");
            entries.add(wrap(entry.toString()));
        }
        StringBuilder out = new StringBuilder();
        JavaWriter.header(out, folders(operations), specs);
        out.append("package ").append(JavaWriter.PACKAGE).append(";\n\n");
        out.append("import java.util.List;\n");
        out.append("import java.util.Map;\n\n");
        out.append("/**\n");
        out.append(" * The required and read-only fields of the request bodies of ").append(entries.size())
                .append(" operations, as their schemas\n");
        out.append(" * declare them: what {@link BodyCheck} applies before a body is sent. Keyed by version, method ")
                .append("and path with its\n");
        out.append(" * placeholders blanked: {@code V3 PUT /catalog/brands/{}}.\n");
        out.append(" */\n");
        out.append("final class BodyRules {\n\n");
        out.append("    /** The rules, by operation. */\n");
        out.append("    static final Map<String, BodyCheck.Rule> ALL = Map.ofEntries(\n");
        out.append(String.join(",\n", entries)).append(");\n\n");
        out.append("    private BodyRules() {\n    }\n}\n");
        return out.toString();
    }

    /**
     * The source of {@code OperationModels}: the generated model of each operation's request body and answer (the
     * element of a list), by the same keys as {@code BodyRules}.
     *
     * @param operations every operation, in table order
     * @param models the built models
     * @return the source
     */
    static String models(List<SpecOperation> operations, SchemaModels models) {
        Set<String> specs = new TreeSet<>();
        List<String> requests = new ArrayList<>();
        List<String> responses = new ArrayList<>();
        for (SpecOperation op : operations) {
            String key = op.version() + " " + op.method() + " " + op.path().replaceAll("\\{[^/}]*}", "{}");
            SchemaModels.Bodies bodies = models.bodies(op);
            String request = modelClass(op, bodies.request());
            String response = modelClass(op, bodies.response());
            if (request != null) {
                requests.add(entry(key, request));
                specs.add(op.specFile());
            }
            if (response != null) {
                responses.add(entry(key, response));
                specs.add(op.specFile());
            }
        }
        StringBuilder out = new StringBuilder();
        JavaWriter.header(out, folders(operations), specs);
        out.append("package ").append(JavaWriter.PACKAGE).append(";\n\n");
        out.append("import java.util.Map;\n\n");
        out.append("/**\n");
        out.append(" * The generated model of each operation's request body (").append(requests.size())
                .append(") and answer (").append(responses.size()).append("; the element of a list),\n");
        out.append(" * keyed as {@link BodyRules} is: {@code V3 PUT /catalog/brands/{}}. Operations whose body the ")
                .append("spec gives no schema\n");
        out.append(" * have none.\n");
        out.append(" */\n");
        out.append("final class OperationModels {\n\n");
        out.append("    /** The request body models. */\n");
        out.append("    static final Map<String, Class<?>> REQUESTS = Map.ofEntries(\n");
        out.append(String.join(",\n", requests)).append(");\n\n");
        out.append("    /** The answer models (a list's element). */\n");
        out.append("    static final Map<String, Class<?>> RESPONSES = Map.ofEntries(\n");
        out.append(String.join(",\n", responses)).append(");\n\n");
        out.append("    private OperationModels() {\n    }\n}\n");
        return out.toString();
    }

    /** The folders of a file drawn from both APIs' specs: both, when B2B Edition's operations are there. */
    private static String folders(List<SpecOperation> operations) {
        return operations.stream().anyMatch(op -> op.version().equals("B2B"))
                ? JavaWriter.OPENAPI + " and " + SchemaModels.B2B_FOLDER : JavaWriter.OPENAPI;
    }

    private static String modelClass(SpecOperation op, ModelType.Ref ref) {
        ModelType.Ref item = ref instanceof ModelType.ListOf list ? list.element() : ref;
        return item instanceof ModelType.Declared declared
                ? ModelWriter.packageOf(op.family()) + "." + declared.type().qualified() : null;
    }

    private static String entry(String key, String type) {
        String line = "            Map.entry(\"" + key + "\", " + type + ".class)";
        return line.length() < 120 ? line : "            Map.entry(\"" + key + "\",\n                    " + type
                + ".class)";
    }

    private static String list(List<String> names) {
        return "List.of(" + String.join(", ", names.stream().map(n -> "\"" + n.replace("\\", "\\\\")
                .replace("\"", "\\\"") + "\"").toList()) + ")";
    }

    private static String wrap(String entry) {
        StringBuilder out = new StringBuilder();
        String rest = entry;
        while (rest.length() > 119) {
            int cut = rest.lastIndexOf(", ", 117);
            if (cut <= 20) {
                break;
            }
            out.append(rest, 0, cut + 1).append('\n');
            rest = "                    " + rest.substring(cut + 2);
        }
        return out.append(rest).toString();
    }
}
