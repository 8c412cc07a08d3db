package io.github.bcreactive.codegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes what a family's declarations ({@link Declarations}) say: the resources' specs, the accessors (standalone,
 * parent ids first, and bound to the parent ids), the resource the family itself is, its named calls and its own
 * bundles. {@link FamilyWriter} puts them in the family's class beside the generated rest.
 */
final class DeclaredWriter {

    private static final String MODEL_PACKAGE = "io.github.bcreactive.";
    private static final String JSON_NODE = "tools.jackson.databind.JsonNode";

    private final Declarations.Family family;
    private final List<SpecOperation> all;
    private final SchemaModels models;
    private final Map<String, List<SpecOperation>> byGroup = new LinkedHashMap<>();
    private final Set<String> imports = new TreeSet<>();
    private final Set<String> names = new TreeSet<>();
    private final StringBuilder specs = new StringBuilder();
    private final StringBuilder accessors = new StringBuilder();
    private final StringBuilder calls = new StringBuilder();
    private final StringBuilder interfaces = new StringBuilder();
    private String implemented = "";

    /**
     * Writes a family's declarations.
     *
     * @param family the declarations
     * @param all every v2/v3 operation, for the ids' types and the models' packages
     * @param models the generated models, for the calls' answers, or {@code null} to answer {@code JsonNode}
     */
    DeclaredWriter(Declarations.Family family, List<SpecOperation> all, SchemaModels models) {
        this.family = family;
        this.all = all;
        this.models = models;
        for (SpecOperation op : all) {
            byGroup.computeIfAbsent(op.version() + " " + FamilyWriter.normal(FamilyWriter.group(op.path())),
                    k -> new ArrayList<>()).add(op);
        }
        if (family.self() != null) {
            self(family.self());
        }
        family.resources().forEach(this::resource);
        family.calls().forEach(this::call);
        family.interfaces().forEach(this::ownBundle);
    }

    /** The family's class name. */
    String className() {
        return family.className();
    }

    /** The client's accessor of the family: {@code store} for {@code StoreInfo}, else the class in lower camel. */
    String accessor() {
        return family.specFamily() != null ? family.specFamily()
                : Character.toLowerCase(family.className().charAt(0)) + family.className().substring(1);
    }

    /** The class Javadoc's lines. */
    List<String> javadoc() {
        return family.javadoc();
    }

    /** The imports the declarations need, fully qualified. */
    Set<String> imports() {
        return imports;
    }

    /** The method names the declarations take. */
    Set<String> names() {
        return names;
    }

    /** The {@code ResourceSpec} constants. */
    String specs() {
        return specs.toString();
    }

    /** The accessors and {@code endpoint()}. */
    String accessors() {
        return accessors.toString();
    }

    /** The named calls. */
    String calls() {
        return calls.toString();
    }

    /** The family's own bundles. */
    String interfaces() {
        return interfaces.toString();
    }

    /** The {@code implements} clause, or empty. */
    String implemented() {
        return implemented;
    }

    private void self(Declarations.Resource self) {
        String model = model(self);
        String constant = JavaWriter.snake(family.className());
        spec(self, model, constant);
        implemented = " implements " + String.join(", ", Declarations.splitTypes(typed(self.standalone(), model)));
        names.add("endpoint");
        accessors.append("\n    /**\n");
        FamilyWriter.docWrapped(accessors, self.doc() + " ({@code " + JavaWriter.javadocSafe(self.path())
                + "}): this family's own capabilities run on it.");
        accessors.append("     *\n     * @return the endpoint\n     */\n    @Override\n");
        accessors.append("    public Endpoint<").append(model).append("> endpoint() {\n");
        accessors.append("        return Endpoint.of(api, ").append(constant).append(");\n    }\n");
    }

    private void resource(Declarations.Resource resource) {
        String model = model(resource);
        String constant = JavaWriter.snake(resource.name());
        spec(resource, model, constant);
        names.add(resource.name());
        List<String> placeholders = FamilyWriter.placeholders(resource.path());
        String path = "{@code " + JavaWriter.javadocSafe(resource.path()) + "}";
        String parent = placeholders.isEmpty() ? "" : placeholders.get(0).replaceFirst("_id$", "").replace('_', ' ');
        if (resource.standalone() != null) {
            String doc = resource.doc() + (placeholders.isEmpty() ? "" : ", " + parent + " id first") + " (" + path
                    + ").";
            accessor(resource, typed(resource.standalone(), model), doc, List.of(), constant);
        }
        if (resource.bound() != null) {
            String doc = resource.doc() + (placeholders.size() == 1 ? ", of one " + parent : "") + " (" + path + ").";
            accessor(resource, typed(resource.bound(), model), doc, placeholders, constant);
        }
    }

    private void accessor(Declarations.Resource resource, String type, String doc, List<String> placeholders,
            String constant) {
        List<String> parameters = FamilyWriter.parameterNames(placeholders);
        List<String> ids = ids(resource);
        List<String> declared = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            declared.add((ids.size() > i && ids.get(i).equals("STRING") ? "String " : "long ") + parameters.get(i));
        }
        accessors.append("\n    /**\n");
        FamilyWriter.docWrapped(accessors, doc);
        accessors.append("     *\n");
        for (int i = 0; i < parameters.size(); i++) {
            accessors.append("     * @param ").append(parameters.get(i)).append(" the {@code ")
                    .append(placeholders.get(i)).append("}\n");
        }
        accessors.append("     * @return the resource\n");
        if (resource.deprecated() != null) {
            FamilyWriter.docWrapped(accessors, "@deprecated " + resource.deprecated());
        }
        accessors.append("     */\n");
        if (resource.deprecated() != null) {
            accessors.append("    @Deprecated\n");
        }
        accessors.append("    public ").append(type).append(' ').append(resource.name()).append('(')
                .append(String.join(", ", declared)).append(") {\n");
        StringBuilder bind = new StringBuilder();
        parameters.forEach(p -> bind.append(".bind(").append(p).append(')'));
        accessors.append("        return Endpoint.of(api, ").append(constant).append(')').append(bind)
                .append("::itself;\n    }\n");
    }

    /**
     * A named call: it runs its operation as the generated named methods do ({@code OperationCalls}: the body checked
     * against the operation's schema, its declared limits kept) and answers the operation's model, {@code JsonNode}
     * where the spec gives no schema.
     */
    private void call(Declarations.Call call) {
        SpecOperation op = all.stream().filter(o -> o.version().equals(call.version())
                        && o.method().equals(call.method()) && o.path().equals(call.path())).findFirst()
                .orElseThrow(() -> new IllegalStateException(Declarations.RESOURCE + ": call " + call.name() + " sends "
                        + call.version() + " " + call.method() + " " + call.path() + ", which no spec declares"));
        List<SpecOperation> members = all.stream().filter(o -> o.family().equals(op.family())).toList();
        String constant = JavaWriter.className(op.family()) + "."
                + JavaWriter.constants(members).get(op.key() + " " + op.version());
        TypedBodies typed = new TypedBodies(models, op.family());
        TypedBodies.Answer answer = typed.answer(op, false);
        imports.addAll(typed.imports());
        imports.add("reactor.core.publisher.Mono");
        if (answer.type().contains("JsonNode")) {
            imports.add(JSON_NODE);
        }
        names.add(call.name());
        javadoc(calls, call.javadoc());
        calls.append("    public ").append(answer.type()).append(' ').append(call.name()).append("(Object ")
                .append(call.parameter()).append(") {\n");
        String line = "        return OperationCalls." + answer.call() + "(api, " + constant + ", Query.empty(),";
        String rest = "Objects.requireNonNull(" + call.parameter() + ", \"'" + call.parameter()
                + "' cannot be null.\"), " + answer.decoded() + ");";
        calls.append(line.length() + 1 + rest.length() <= 120 ? line + " " + rest : line + "\n                " + rest)
                .append("\n    }\n");
    }

    private void ownBundle(Declarations.Interface bundle) {
        javadoc(interfaces, bundle.javadoc());
        String head = "    public interface " + bundle.name() + " extends ";
        StringBuilder line = new StringBuilder(head);
        List<String> supers = bundle.supers();
        for (int i = 0; i < supers.size(); i++) {
            String next = supers.get(i) + (i == supers.size() - 1 ? " {" : ",");
            if (line.length() + 1 + next.length() > 120 && line.length() > head.length()) {
                interfaces.append(line).append('\n');
                line = new StringBuilder("            ");
            } else if (line.length() > head.length()) {
                line.append(' ');
            }
            line.append(next);
        }
        interfaces.append(line).append("\n    }\n");
    }

    private static void javadoc(StringBuilder out, List<String> lines) {
        out.append('\n');
        if (lines.size() == 1 && lines.get(0).length() + 11 <= 120) {
            out.append("    /** ").append(lines.get(0)).append(" */\n");
            return;
        }
        out.append("    /**\n");
        if (lines.size() == 1) {
            FamilyWriter.docWrapped(out, lines.get(0));
        } else {
            lines.forEach(line -> out.append("     *").append(line.isEmpty() ? "" : " " + line).append('\n'));
        }
        out.append("     */\n");
    }

    private void spec(Declarations.Resource resource, String model, String constant) {
        String open = "ResourceSpec." + resource.version().toLowerCase(Locale.ROOT) + "(\"" + resource.path() + "\",";
        String call = open + " " + model + ".class)";
        String batches = (resource.batches() == null ? "" : ".batches(" + resource.batches() + ")") + ";";
        String field = "    private static final ResourceSpec<" + model + "> " + constant + " =";
        if (field.length() + 1 + call.length() + batches.length() <= 120) {
            specs.append(field).append(' ').append(call).append(batches).append('\n');
            return;
        }
        String indent = "\n            ";
        String more = "\n                    ";
        String text = 12 + call.length() + batches.length() <= 120 ? call + batches
                : 12 + call.length() <= 120 ? call + more + batches
                : open + more + model + ".class)" + (20 + model.length() + 7 + batches.length() <= 120 ? batches
                        : more + batches);
        specs.append(field).append(indent).append(text).append('\n');
    }

    /** The types with {@code T} standing for the model. */
    private static String typed(String types, String model) {
        return types.replaceAll("\\bT\\b", model);
    }

    /** The model's simple name, its import noted. */
    private String model(Declarations.Resource resource) {
        String model = resource.model();
        if (model.equals("JsonNode")) {
            imports.add(JSON_NODE);
            return model;
        }
        if (model.contains(".")) {
            imports.add(MODEL_PACKAGE + model);
            return model.substring(model.lastIndexOf('.') + 1);
        }
        List<SpecOperation> ops = byGroup.getOrDefault(resource.version() + " " + FamilyWriter.normal(resource.path()),
                List.of());
        if (ops.isEmpty()) {
            throw new IllegalStateException(Declarations.RESOURCE + " line " + resource.line() + ": " + model
                    + " cannot be placed: no spec family has " + resource.path() + " (use JsonNode or model.<Name>)");
        }
        imports.add(ModelWriter.packageOf(ops.get(0).family()) + "." + model);
        return model;
    }

    /**
     * The types of the path's parent ids ({@code LONG}, {@code STRING}) as the specs declare them; where the path's
     * operations disagree ({@code site_id} is an integer in the site routes' listing, a string in their item
     * operations), a string, which takes either.
     */
    private List<String> ids(Declarations.Resource resource) {
        List<SpecOperation> ops = byGroup.getOrDefault(resource.version() + " " + FamilyWriter.normal(resource.path()),
                List.of());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < FamilyWriter.placeholders(resource.path()).size(); i++) {
            int at = i;
            ids.add(ops.stream().anyMatch(op -> op.ids().size() > at && op.ids().get(at).equals("STRING")) ? "STRING"
                    : "LONG");
        }
        return ids;
    }
}
