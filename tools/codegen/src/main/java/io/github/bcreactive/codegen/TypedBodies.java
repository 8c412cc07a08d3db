package io.github.bcreactive.codegen;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The generated models a family's generated access names: the item type of a bundle, what a named method returns
 * (and which {@code OperationCalls} method decodes it), and the model its request body may be. Without models (a
 * generation from made-up specs in tests) everything is {@code JsonNode}.
 */
final class TypedBodies {

    /** Simple names the generated family classes use themselves: a model of that name is written in full. */
    private static final Set<String> TAKEN = Set.of("Objects", "RestApi", "PagedFlux", "Query", "Mono", "JsonNode",
            "List", "ResourceSpec", "Endpoint", "Crud", "ReadOnly", "Listable", "Singleton", "UpdatableSingleton",
            "OperationCalls", "Reaches", "Operation", "Operations", "Override", "Deprecated", "Long", "String",
            "Object", "Class", "Void");

    /**
     * How a named method answers.
     *
     * @param type its return type, e.g. {@code Mono<BrandFull>}
     * @param call the {@code OperationCalls} method: {@code send}, {@code sendList} or {@code list}
     * @param decoded the class literal it decodes into, e.g. {@code BrandFull.class}
     */
    record Answer(String type, String call, String decoded) {
    }

    private final SchemaModels models;
    private final String family;
    private final Set<String> imports = new TreeSet<>();

    /**
     * The typed bodies of a family.
     *
     * @param models the built models, or {@code null} for none
     * @param family the family
     */
    TypedBodies(SchemaModels models, String family) {
        this.models = models;
        this.family = family;
    }

    /**
     * The imports the names given out so far need.
     *
     * @return fully qualified names, sorted
     */
    Set<String> imports() {
        return imports;
    }

    /**
     * The item type of a bundle: the model of its first {@code GET} (a listing's element).
     *
     * @param ops the bundle's operations
     * @param single whether the bundle is one object ({@code UpdatableSingleton}): a list answer, read and replaced
     *     whole, is then {@code JsonNode}
     * @return a simple (or qualified) class name
     */
    String bundleItem(List<SpecOperation> ops, boolean single) {
        for (SpecOperation op : ops) {
            if (op.method().equals("GET")) {
                ModelType.Ref ref = response(op);
                if (single && ref instanceof ModelType.ListOf) {
                    return "JsonNode";
                }
                return className(ref instanceof ModelType.ListOf list ? list.element() : ref);
            }
        }
        return "JsonNode";
    }

    /**
     * Whether the operation's answer is a list by its model: an array, or a v3 {@code data} envelope around one,
     * which the spec's response name ({@link SpecOperation#response()}) does not show.
     *
     * @param op the operation
     * @return whether it answers a list; {@code false} without models
     */
    boolean answersList(SpecOperation op) {
        return response(op) instanceof ModelType.ListOf;
    }

    /**
     * What a named method returns.
     *
     * @param op the operation
     * @param paged whether it lists pages
     * @return its answer
     */
    Answer answer(SpecOperation op, boolean paged) {
        ModelType.Ref ref = response(op);
        if (paged) {
            String item = className(ref instanceof ModelType.ListOf list ? list.element() : ref);
            return new Answer("PagedFlux<" + item + ">", "list", item + ".class");
        }
        if (ref instanceof ModelType.ListOf list && !className(list.element()).equals("JsonNode")) {
            String item = className(list.element());
            imports.add("java.util.List");
            return new Answer("Mono<List<" + item + ">>", "sendList", item + ".class");
        }
        String type = className(ref);
        return new Answer("Mono<" + type + ">", "send", type + ".class");
    }

    /**
     * The model a request body may be, for the Javadoc.
     *
     * @param op the operation
     * @return e.g. {@code a {@link io.github...BrandPost}}, or {@code null} when the spec gives no model
     */
    String requestModel(SpecOperation op) {
        ModelType.Ref ref = models == null ? null : models.bodies(op).request();
        boolean many = ref instanceof ModelType.ListOf;
        ModelType.Ref item = ref instanceof ModelType.ListOf list ? list.element() : ref;
        if (item instanceof ModelType.Declared declared) {
            String link = "{@link " + ModelWriter.packageOf(family) + "." + declared.type().qualified() + "}";
            return many ? "a list of " + link : "a " + link;
        }
        return null;
    }

    private ModelType.Ref response(SpecOperation op) {
        if (models == null) {
            return ModelType.JSON;
        }
        ModelType.Ref ref = models.bodies(op).response();
        return ref == null ? ModelType.JSON : ref;
    }

    /** The class a response decodes into: a model, a plain type, else {@code JsonNode}. */
    private String className(ModelType.Ref ref) {
        if (ref instanceof ModelType.Declared declared) {
            ModelType top = declared.type().top();
            if (TAKEN.contains(top.name)) {
                return ModelWriter.packageOf(family) + "." + declared.type().qualified();
            }
            imports.add(ModelWriter.packageOf(family) + "." + top.name);
            return declared.type().qualified();
        }
        if (ref == ModelType.STRING || ref == ModelType.LONG || ref == ModelType.BOOLEAN) {
            return ((ModelType.Simple) ref).name();
        }
        if (ref == ModelType.DECIMAL) {
            imports.add("java.math.BigDecimal");
            return "BigDecimal";
        }
        return "JsonNode";
    }
}
