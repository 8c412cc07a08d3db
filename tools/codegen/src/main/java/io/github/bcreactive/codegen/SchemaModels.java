package io.github.bcreactive.codegen;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Builds the model types of every operation's request and response bodies from the specs' schemas: a record per
 * object schema, an open enum per string enum, {@code List}s, {@code Map}s and plain types for the rest, and
 * {@code JsonNode} only where the spec gives no schema (none, a free-form object, or a {@code oneOf}/{@code anyOf}
 * that is no single schema). Named schemas ({@code components/schemas}) become top-level types named after them;
 * identical schemas of one family (by content, descriptions and examples aside) are one type; an inline object is a
 * type nested in the one that holds it, named after its property. The answers of one resource are the type of its
 * listing's answer wherever that type declares every field they do, with a type that takes theirs ({@link #unify}).
 */
final class SchemaModels {

    /** The v2 date fields the specs type as plain strings; the API sends them in RFC 2822. */
    private static final Set<String> V2_DATES = Set.of("date_created", "date_modified", "date_shipped");

    /** Names a generated type may not take: they would hide a type the generated code uses. */
    private static final Set<String> RESERVED = Set.of("Object", "String", "Long", "Boolean", "Integer", "Number",
            "Class", "Enum", "Record", "Override", "Deprecated", "Void", "List", "Map", "Objects", "BigDecimal",
            "OffsetDateTime", "JsonNode", "JsonInclude", "JsonNaming", "JsonProperty", "JsonAnySetter",
            "JsonAnyGetter", "JsonCreator", "JsonValue", "PropertyNamingStrategies", "V2Date", "V3Date",
            "Copies", "Error", "Exception", "Math", "System", "Thread", "Character", "Double", "Float", "Short",
            "Byte", "Iterable", "Runtime", "Process", "Module", "Package", "Compiler", "Throwable");

    private static final Set<String> FORBIDDEN_COMPONENTS = Set.of("extra", "hashCode", "toString", "getClass",
            "wait", "notify", "notifyAll", "clone", "finalize", "equals", "abstract", "assert", "boolean", "break",
            "byte", "case", "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum",
            "extends", "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof",
            "int", "interface", "long", "native", "new", "package", "private", "protected", "public", "return",
            "short", "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws",
            "transient", "try", "void", "volatile", "while", "true", "false", "null", "record", "var", "yield");

    /**
     * What one operation's bodies are, as generated types.
     *
     * @param request the request body's type, or {@code null} when it has none
     * @param response the success response's type (a v3 {@code data} envelope looked through), or {@code null}
     * @param required the request body's required top-level fields
     * @param readOnly the request body's read-only fields: those it marks {@code readOnly} (nested ones dotted,
     *     {@code custom_url.url}) and the top-level fields the answer declares but the request does not (an answer's
     *     {@code date_created}), less the required ones (a batch update requires the {@code id} its item schema
     *     marks read-only)
     */
    record Bodies(ModelType.Ref request, ModelType.Ref response, List<String> required, List<String> readOnly) {
    }

    /** The types of one family. */
    static final class Family {
        final String name;
        final List<ModelType> tops = new ArrayList<>();
        final Map<String, ModelType> byContent = new HashMap<>();
        final Set<String> names = new HashSet<>();

        Family(String name) {
            this.name = name;
        }
    }

    /** Where a schema is read: its document, file and version. */
    private record Context(JsonNode doc, String file, String version, Family family) {
    }

    /** Where B2B Edition's spec files sit, relative to the folder above {@code openapi/} ({@link SpecFixes} names). */
    static final String B2B_FOLDER = "b2b/specs/api-v3/";

    private final Path specs;
    private final B2BSpecReader b2b;
    private final YAMLMapper yaml = YAMLMapper.builder().build();
    private final Map<String, JsonNode> docs = new HashMap<>();
    private final Map<String, Family> families = new LinkedHashMap<>();
    private final Map<String, Bodies> bodies = new LinkedHashMap<>();
    /** Operation key to the answer of its resource whose type its answer decodes into ({@link #unify}). */
    private final Map<String, Answer> unified = new HashMap<>();

    /**
     * Builds the models of the operations.
     *
     * @param specs the {@code openapi/} folder
     * @param operations every operation, in table order
     */
    SchemaModels(Path specs, List<SpecOperation> operations) {
        this(specs, null, operations);
    }

    /**
     * Builds the models of the operations of the main API and of B2B Edition.
     *
     * @param specs the {@code openapi/} folder
     * @param b2b the reader of B2B Edition's specs (their {@code $ref}s to other files inlined), or {@code null}
     *     when no operation is of version {@code B2B}
     * @param operations every operation, in table order
     */
    SchemaModels(Path specs, B2BSpecReader b2b, List<SpecOperation> operations) {
        this.specs = specs;
        this.b2b = b2b;
        Map<String, List<Answer>> resources = new LinkedHashMap<>();
        for (SpecOperation operation : operations) {
            Answer answer = answer(operation);
            if (answer != null) {
                resources.computeIfAbsent(operation.version() + " " + operation.family() + " "
                        + FamilyWriter.group(operation.path()), k -> new ArrayList<>()).add(answer);
            }
        }
        resources.values().forEach(this::unify);
        for (SpecOperation operation : operations) {
            bodies.put(key(operation), read(operation));
        }
        families.values().forEach(SchemaModels::unshadow);
    }

    /**
     * The answer of a read or a write of one resource (a {@code GET}, {@code POST}, {@code PUT} or {@code PATCH} of
     * a path or of the path with an id after it) that is a record, or a list of records.
     *
     * @param op the operation
     * @param ctx where its schema is read
     * @param schema its success answer's schema, a v3 {@code data} envelope looked through
     * @param shape its record's (its list element's) {@linkplain #shape shape}
     * @param content its record's content, as {@link #top} tells types apart
     */
    private record Answer(SpecOperation op, Context ctx, JsonNode schema, JsonNode shape, String content) {
    }

    /** The answer of an operation, or {@code null} when it answers no record of its resource. */
    private Answer answer(SpecOperation op) {
        if (!Set.of("GET", "POST", "PUT", "PATCH").contains(op.method()) || op.path().endsWith("/count")
                || op.uploads()) {
            return null;
        }
        JsonNode doc = doc(op);
        Context ctx = new Context(doc, op.specFile(), op.version(), families.computeIfAbsent(op.family(),
                Family::new));
        JsonNode schema = responseSchema(doc, operation(op, doc), op.version());
        if (schema == null) {
            return null;
        }
        JsonNode merged = merge(doc, schema, 0);
        boolean list = merged.path("type").asString("").equals("array");
        JsonNode element = list ? merged.path("items") : schema;
        if (element.isMissingNode() || element.isEmpty()) {
            return null;
        }
        JsonNode shape = shape(ctx, element, new HashSet<>(), 0);
        return shape.has("record") ? new Answer(op, ctx, schema, shape,
                canonical(doc, merge(doc, element, 0), new HashSet<>(), 0).toString()) : null;
    }

    /**
     * Makes the answers of one resource one type where they can be: the type of the answer of its first
     * {@code GET} (its listing's item, else the one it gets) is the type of every answer of the resource it
     * {@linkplain #covers covers}, which decodes into it losing nothing: answers that differ from it only in what
     * the generator does not read ({@code required}, {@code readOnly}, the order of the fields), or that declare
     * fewer of its fields (a create's answer without the listing's {@code option_id}). An answer it does not cover
     * keeps its own type, and so does an answer of fewer than half its fields: that is a reference to the item, not
     * the item (B2B Edition's creates and updates answering {@code {"addressId": 1}}).
     */
    private void unify(List<Answer> answers) {
        Answer listing = answers.stream().filter(answer -> answer.op().method().equals("GET")).findFirst()
                .orElse(null);
        if (listing == null) {
            return;
        }
        for (Answer answer : answers) {
            boolean whole = 2 * answer.shape().get("record").size() >= listing.shape().get("record").size();
            if (!answer.content().equals(listing.content()) && whole && covers(listing.shape(), answer.shape())) {
                unified.put(key(answer.op()), listing);
            }
        }
    }

    /** {@code V3 POST /catalog/brands}. */
    static String key(SpecOperation operation) {
        return operation.version() + " " + operation.key();
    }

    /**
     * The families' types, in the order they were met.
     *
     * @return family name to its types
     */
    Map<String, Family> families() {
        return families;
    }

    /**
     * The bodies of an operation.
     *
     * @param operation the operation
     * @return its bodies
     */
    Bodies bodies(SpecOperation operation) {
        return bodies.get(key(operation));
    }

    /** A spec file's document, its fixes applied; B2B Edition's named by their path from {@link #B2B_FOLDER}. */
    private JsonNode doc(SpecOperation op) {
        boolean isB2b = op.version().equals("B2B");
        return docs.computeIfAbsent(isB2b ? B2B_FOLDER + op.specFile() : op.specFile(), f -> {
            JsonNode doc = isB2b ? b2b.document(op.specFile()) : yaml.readTree(specs.resolve(f).toFile());
            SpecFixes.apply(f, doc);
            return doc;
        });
    }

    /** The operation's declaration in its spec file. */
    private static JsonNode operation(SpecOperation op, JsonNode doc) {
        String path = op.version().equals("B2B")
                ? op.path().substring(B2BSpecReader.prefix(op.specFile(), doc).length()) : op.path();
        return doc.path("paths").path(path).path(op.method().toLowerCase(Locale.ROOT));
    }

    /** The schema of the operation's success answer, a v3 {@code data} envelope looked through, or {@code null}. */
    private static JsonNode responseSchema(JsonNode doc, JsonNode operation, String version) {
        JsonNode schema = schemaOf(doc, SpecReader.success(doc, operation));
        if (schema == null) {
            return null;
        }
        JsonNode merged = merge(doc, schema, 0);
        return !version.equals("V2") && merged.path("properties").has("data") ? merged.path("properties").path("data")
                : schema;
    }

    private Bodies read(SpecOperation op) {
        JsonNode doc = doc(op);
        Family family = families.computeIfAbsent(op.family(), Family::new);
        Context ctx = new Context(doc, op.specFile(), op.version(), family);
        JsonNode operation = operation(op, doc);
        String base = pascal(op.operationId());
        JsonNode requestSchema = schemaOf(doc, SpecReader.resolve(doc, operation.path("requestBody")));
        ModelType.Ref request = requestSchema == null ? null : typeOf(ctx, requestSchema, base + "Request", null,
                base + " request");
        JsonNode responseSchema = responseSchema(doc, operation, op.version());
        Answer covering = unified.get(key(op));
        ModelType.Ref response;
        if (covering != null) {
            // the type of the answer of its resource that covers this one, built as that operation builds it
            String its = pascal(covering.op().operationId());
            ModelType.Ref type = typeOf(covering.ctx(), covering.schema(), its + "Response", null,
                    its + " response");
            ModelType.Ref element = type instanceof ModelType.ListOf list ? list.element() : type;
            if (element instanceof ModelType.Declared declared) {
                declared.type().top().specFiles.add(op.specFile());
            }
            boolean list = merge(doc, responseSchema, 0).path("type").asString("").equals("array");
            response = list ? new ModelType.ListOf(element) : element;
        } else {
            response = responseSchema == null ? null : typeOf(ctx, responseSchema, base + "Response", null,
                    base + " response");
        }
        List<String> required = new ArrayList<>();
        List<String> readOnly = new ArrayList<>();
        if (requestSchema != null) {
            JsonNode merged = merge(doc, requestSchema, 0);
            if (merged.path("type").asString("").equals("array")) {
                merged = merge(doc, merged.path("items"), 0);
            }
            merged.path("required").forEach(name -> required.add(name.asString()));
            readOnly(doc, merged, "", readOnly, 0);
            JsonNode additional = merged.path("additionalProperties");
            if (responseSchema != null && !merged.path("properties").isEmpty()
                    && (additional.isMissingNode() || additional.isBoolean() && !additional.asBoolean())) {
                JsonNode answer = merge(doc, responseSchema, 0);
                if (answer.path("type").asString("").equals("array")) {
                    answer = merge(doc, answer.path("items"), 0);
                }
                for (String name : answer.path("properties").propertyNames()) {
                    if (!merged.path("properties").has(name) && !readOnly.contains(name)) {
                        readOnly.add(name);
                    }
                }
            }
            readOnly.removeIf(required::contains);
        }
        return new Bodies(request, response, required, readOnly);
    }

    private void readOnly(JsonNode doc, JsonNode schema, String prefix, List<String> out, int depth) {
        if (depth > 4) {
            return;
        }
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            JsonNode value = merge(doc, property.getValue(), 0);
            String path = prefix + property.getKey();
            if (value.path("readOnly").asBoolean(false) || property.getValue().path("readOnly").asBoolean(false)) {
                out.add(path);
                continue;
            }
            JsonNode inner = value.path("type").asString("").equals("array") ? merge(doc, value.path("items"), 0)
                    : value;
            readOnly(doc, inner, path + ".", out, depth + 1);
        }
    }

    /** The JSON (else the first) media type's schema of a request body or a response, or {@code null}. */
    private static JsonNode schemaOf(JsonNode doc, JsonNode body) {
        JsonNode content = body.path("content");
        JsonNode media = content.has("application/json") ? content.get("application/json")
                : content.properties().stream().findFirst().map(Map.Entry::getValue).orElse(null);
        return media == null || !media.has("schema") ? null : media.get("schema");
    }

    /**
     * The Java type of a schema, building the types it needs.
     *
     * @param ctx where the schema is read
     * @param schema the schema, maybe a {@code $ref}
     * @param suggested the name an inline type takes
     * @param owner the type an inline type is nested in, or {@code null} to make it top-level
     * @param origin what an inline top-level type is made from, for its Javadoc
     */
    private ModelType.Ref typeOf(Context ctx, JsonNode schema, String suggested, ModelType owner, String origin) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asString();
            JsonNode target = SpecReader.resolve(ctx.doc(), schema);
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            JsonNode merged = merge(ctx.doc(), target, 0);
            if (ref.startsWith("#/components/schemas/") && (isRecord(merged) || isEnum(merged))) {
                return new ModelType.Declared(top(ctx, merged, pascal(name), name));
            }
            return typeOf(ctx, target, pascal(name), owner, origin);
        }
        if (schema.has("oneOf") || schema.has("anyOf")) {
            return ModelType.JSON;
        }
        JsonNode merged = merge(ctx.doc(), schema, 0);
        if (isEnum(merged) && owner != null) {
            return new ModelType.Declared(top(ctx, merged, suggested, owner.top().origin + " " + suggested,
                    owner.top().name + suggested));
        }
        if (isEnum(merged) || isRecord(merged)) {
            return new ModelType.Declared(owner == null ? top(ctx, merged, suggested, origin)
                    : nested(ctx, merged, suggested, owner));
        }
        String type = merged.path("type").asString("");
        switch (type) {
            case "array" -> {
                JsonNode items = merged.path("items");
                return new ModelType.ListOf(items.isMissingNode() || items.isEmpty() ? ModelType.JSON
                        : typeOf(ctx, items, owner == null ? suggested + "Item" : singular(suggested), owner,
                                origin + " item"));
            }
            case "string" -> {
                return merged.path("format").asString("").equals("date-time") ? ModelType.DATE : ModelType.STRING;
            }
            case "integer" -> {
                return ModelType.LONG;
            }
            case "number" -> {
                return ModelType.DECIMAL;
            }
            case "boolean" -> {
                return ModelType.BOOLEAN;
            }
            default -> {
                JsonNode additional = merged.path("additionalProperties");
                if (additional.isObject() && !additional.isEmpty()) {
                    return new ModelType.MapOf(typeOf(ctx, additional, singular(suggested), owner, origin));
                }
                return ModelType.JSON;
            }
        }
    }

    private ModelType top(Context ctx, JsonNode schema, String suggested, String origin) {
        return top(ctx, schema, suggested, origin, pascal(stem(ctx.file())) + reserved(suggested));
    }

    /**
     * The top-level type of a schema: the one already made from the same content, else a new one named
     * {@code suggested}, else {@code fallback} when that name is taken, else a numbered name.
     */
    private ModelType top(Context ctx, JsonNode schema, String suggested, String origin, String fallback) {
        Family family = ctx.family();
        String content = canonical(ctx.doc(), schema, new HashSet<>(), 0).toString();
        ModelType known = family.byContent.get(content);
        if (known != null) {
            known.specFiles.add(ctx.file());
            return known;
        }
        String name = reserved(suggested);
        if (family.names.contains(name)) {
            name = fallback;
        }
        for (int i = 2; family.names.contains(name); i++) {
            name = reserved(suggested) + i;
        }
        String renamed = ModelNames.of(family.name, name);
        name = family.names.contains(renamed) ? name : renamed;
        family.names.add(name);
        ModelType type = new ModelType(name, null, origin, ctx.file(), ctx.version(), isEnum(schema));
        family.byContent.put(content, type);
        family.tops.add(type);
        fill(ctx, type, schema);
        return type;
    }

    private ModelType nested(Context ctx, JsonNode schema, String suggested, ModelType owner) {
        String name = reserved(suggested);
        if (!owner.freeForNested(name)) {
            name = name + "Item";
        }
        for (int i = 2; !owner.freeForNested(name); i++) {
            name = reserved(suggested) + i;
        }
        ModelType type = new ModelType(name, owner, owner.origin, ctx.file(), ctx.version(), isEnum(schema));
        fill(ctx, type, schema);
        return type;
    }

    private void fill(Context ctx, ModelType type, JsonNode schema) {
        if (type.isEnum) {
            for (JsonNode value : schema.path("enum")) {
                if (value.isString() && !type.values.contains(value.asString())) {
                    type.values.add(value.asString());
                }
            }
            return;
        }
        Set<String> used = new HashSet<>();
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            String wire = property.getKey();
            if (wire.isEmpty()) {
                continue;
            }
            JsonNode value = property.getValue();
            JsonNode resolved = merge(ctx.doc(), value, 0);
            String javaName = componentName(wire, used);
            String date = dateOf(ctx, wire, resolved);
            ModelType.Ref ref = date != null ? ModelType.DATE : typeOf(ctx, value, pascal(wire), type, type.origin);
            type.fields.add(new ModelType.Field(wire, javaName, ref, date));
        }
    }

    /**
     * The date format of a record's field: {@code V2} or {@code V3} for a {@code date-time} string of that version
     * (and v2's untyped {@link #V2_DATES}), else {@code null}.
     */
    private static String dateOf(Context ctx, String wire, JsonNode resolved) {
        boolean text = resolved.path("type").asString("").equals("string") && !resolved.has("enum");
        if (text && (resolved.path("format").asString("").equals("date-time")
                || ctx.version().equals("V2") && V2_DATES.contains(wire) && !resolved.has("format"))) {
            return ctx.version().equals("V2") ? "V2" : "V3";
        }
        return null;
    }

    /** A record component name for a JSON name, unique in its record. */
    private static String componentName(String wire, Set<String> used) {
        String name = FamilyWriter.lowerCamel(wire);
        if (name.isEmpty()) {
            name = "field";
        }
        if (Character.isDigit(name.charAt(0))) {
            name = "value" + name;
        }
        if (FORBIDDEN_COMPONENTS.contains(name)) {
            name = name + "Value";
        }
        String base = name;
        for (int i = 2; !used.add(name); i++) {
            name = base + i;
        }
        return name;
    }

    /** Renames the nested types that would hide a top-level type of the family from the code around them. */
    private static void unshadow(Family family) {
        for (ModelType top : family.tops) {
            unshadow(family, top);
        }
    }

    private static void unshadow(Family family, ModelType type) {
        for (ModelType inner : type.nested) {
            if (family.names.contains(inner.name)) {
                String base = inner.name + "Value";
                String name = base;
                for (int i = 2; !type.freeForNested(name) || family.names.contains(name); i++) {
                    name = base + i;
                }
                inner.name = name;
            }
            unshadow(family, inner);
        }
    }

    private static boolean isRecord(JsonNode merged) {
        return merged.path("properties").isObject() && !merged.path("properties").isEmpty()
                && !merged.has("oneOf") && !merged.has("anyOf");
    }

    private static boolean isEnum(JsonNode merged) {
        if (!merged.path("enum").isArray() || merged.path("enum").isEmpty()) {
            return false;
        }
        String type = merged.path("type").asString("string");
        if (!type.equals("string")) {
            return false;
        }
        for (JsonNode value : merged.path("enum")) {
            if (!value.isString() && !value.isNull()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The schema with its {@code allOf} parts folded in (properties and required fields united) and a top-level
     * {@code $ref} followed; other schemas come back as they are.
     */
    static JsonNode merge(JsonNode doc, JsonNode schema, int depth) {
        JsonNode resolved = SpecReader.resolve(doc, schema);
        if (!resolved.has("allOf") || depth > 8) {
            return resolved;
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        ObjectNode properties = out.putObject("properties");
        Set<String> required = new LinkedHashSet<>();
        List<JsonNode> parts = new ArrayList<>();
        resolved.path("allOf").forEach(parts::add);
        parts.add(resolved);
        for (JsonNode part : parts) {
            JsonNode m = part == resolved ? resolved : merge(doc, part, depth + 1);
            for (Map.Entry<String, JsonNode> field : m.properties()) {
                switch (field.getKey()) {
                    case "allOf", "properties", "required" -> {
                    }
                    case "items" -> {
                        // an array's item schema refined by a later part is the two merged
                        JsonNode earlier = out.get("items");
                        if (earlier == null) {
                            out.set("items", field.getValue());
                        } else {
                            ObjectNode both = JsonNodeFactory.instance.objectNode();
                            both.putArray("allOf").add(earlier).add(field.getValue());
                            out.set("items", both);
                        }
                    }
                    default -> {
                        if (!out.has(field.getKey())) {
                            out.set(field.getKey(), field.getValue());
                        }
                    }
                }
            }
            m.path("properties").properties().forEach(p -> properties.set(p.getKey(),
                    refined(properties.get(p.getKey()), p.getValue())));
            m.path("required").forEach(r -> required.add(r.asString()));
        }
        if (properties.isEmpty()) {
            out.remove("properties");
        } else if (!out.has("type")) {
            out.put("type", "object");
        }
        if (!required.isEmpty()) {
            required.forEach(out.putArray("required")::add);
        }
        return out;
    }

    /**
     * A property an {@code allOf} part declares again: a part that only refines it (no {@code $ref}, {@code type}
     * or combiner of its own: B2B Edition's {@code data: {items: ...}} over {@code data: {type: array}}, a
     * {@code default}) is merged into the earlier one; any other replaces it.
     */
    private static JsonNode refined(JsonNode earlier, JsonNode later) {
        if (earlier == null || later.has("$ref") || later.has("type") || later.has("allOf") || later.has("oneOf")
                || later.has("anyOf")) {
            return later;
        }
        ObjectNode both = JsonNodeFactory.instance.objectNode();
        both.putArray("allOf").add(earlier).add(later);
        return both;
    }

    /**
     * What a schema generates, as a tree: a record's fields ({@code {"record": {name: shape}}}, by name), an enum's
     * values ({@code {"enum": [...]}}), {@code {"list": shape}}, {@code {"map": shape}}, or a plain type's name
     * ({@code "Long"}, {@code "date V2"}: a v2 date field; {@code "object"}: an object the spec leaves free;
     * {@code "JsonNode"}: anything else without a schema), {@code $ref}s followed (a cycle left as its name). What
     * the generator does not read ({@code required}, {@code readOnly}, {@code nullable}, bounds, lengths, patterns,
     * defaults, prose, examples) and the order of the properties do not show.
     */
    private JsonNode shape(Context ctx, JsonNode schema, Set<String> seen, int depth) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asString();
            if (seen.contains(ref) || depth > 12) {
                return nodes.stringNode("ref " + ref);
            }
            Set<String> inner = new HashSet<>(seen);
            inner.add(ref);
            return shape(ctx, SpecReader.resolve(ctx.doc(), schema), inner, depth + 1);
        }
        if (schema.has("oneOf") || schema.has("anyOf")) {
            return nodes.stringNode("JsonNode");
        }
        JsonNode merged = merge(ctx.doc(), schema, 0);
        ObjectNode out = nodes.objectNode();
        if (isEnum(merged)) {
            Set<String> values = new TreeSet<>();
            merged.path("enum").forEach(value -> {
                if (value.isString()) {
                    values.add(value.asString());
                }
            });
            values.forEach(out.putArray("enum")::add);
            return out;
        }
        if (isRecord(merged)) {
            Map<String, JsonNode> properties = new TreeMap<>();
            merged.path("properties").properties().forEach(p -> properties.put(p.getKey(), p.getValue()));
            ObjectNode fields = out.putObject("record");
            for (Map.Entry<String, JsonNode> property : properties.entrySet()) {
                if (property.getKey().isEmpty()) {
                    continue;
                }
                String date = dateOf(ctx, property.getKey(), merge(ctx.doc(), property.getValue(), 0));
                fields.set(property.getKey(), date != null ? nodes.stringNode("date " + date)
                        : shape(ctx, property.getValue(), seen, depth + 1));
            }
            return out;
        }
        String type = merged.path("type").asString("");
        switch (type) {
            case "array" -> {
                JsonNode items = merged.path("items");
                out.set("list", items.isMissingNode() || items.isEmpty() ? nodes.stringNode("JsonNode")
                        : shape(ctx, items, seen, depth + 1));
                return out;
            }
            case "string" -> {
                return nodes.stringNode(merged.path("format").asString("").equals("date-time") ? "OffsetDateTime"
                        : "String");
            }
            case "integer" -> {
                return nodes.stringNode("Long");
            }
            case "number" -> {
                return nodes.stringNode("BigDecimal");
            }
            case "boolean" -> {
                return nodes.stringNode("Boolean");
            }
            default -> {
                JsonNode additional = merged.path("additionalProperties");
                if (additional.isObject() && !additional.isEmpty()) {
                    out.set("map", shape(ctx, additional, seen, depth + 1));
                    return out;
                }
                return nodes.stringNode(type.equals("object") ? "object" : "JsonNode");
            }
        }
    }

    /**
     * Whether whatever decodes into the type of shape {@code small} decodes into the type of shape {@code big}
     * without losing a field, each field into a declared component: the same shape; {@code JsonNode} for anything;
     * a record for a record whose fields it declares with covering shapes, and for an object the spec leaves free
     * (its fields kept in the record's {@code extra}); an open enum for an enum of no other values; lists and maps
     * of covering elements.
     */
    static boolean covers(JsonNode big, JsonNode small) {
        if (big.equals(small) || big.isString() && big.asString().equals("JsonNode")) {
            return true;
        }
        if (small.isString()) {
            return small.asString().equals("object") && (big.has("record")
                    || big.isString() && big.asString().equals("object"));
        }
        if (small.has("record")) {
            if (!big.has("record")) {
                return false;
            }
            for (Map.Entry<String, JsonNode> field : small.get("record").properties()) {
                JsonNode declared = big.get("record").get(field.getKey());
                if (declared == null || !covers(declared, field.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (small.has("enum")) {
            if (!big.has("enum")) {
                return false;
            }
            Set<String> values = new HashSet<>();
            big.get("enum").forEach(value -> values.add(value.asString()));
            for (JsonNode value : small.get("enum")) {
                if (!values.contains(value.asString())) {
                    return false;
                }
            }
            return true;
        }
        String kind = small.has("list") ? "list" : "map";
        return big.has(kind) && covers(big.get(kind), small.get(kind));
    }

    /** The schema with every {@code $ref} followed (a cycle left as its name), prose and examples dropped. */
    private static JsonNode canonical(JsonNode doc, JsonNode node, Set<String> seen, int depth) {
        if (node.isObject()) {
            if (node.has("$ref")) {
                String ref = node.get("$ref").asString();
                if (seen.contains(ref) || depth > 12) {
                    return JsonNodeFactory.instance.stringNode(ref);
                }
                Set<String> inner = new HashSet<>(seen);
                inner.add(ref);
                return canonical(doc, SpecReader.resolve(doc, node), inner, depth + 1);
            }
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String key = field.getKey();
                if (key.equals("description") || key.equals("example") || key.equals("examples")
                        || key.equals("title") || key.startsWith("x-")) {
                    continue;
                }
                out.set(key, canonical(doc, field.getValue(), seen, depth + 1));
            }
            return out;
        }
        if (node.isArray()) {
            var out = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> out.add(canonical(doc, item, seen, depth + 1)));
            return out;
        }
        return node;
    }


    /** {@code ProductFull} for {@code product_Full}, {@code GetBrands} for {@code getBrands}. */
    static String pascal(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : text.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        if (out.length() == 0 || Character.isDigit(out.charAt(0))) {
            out.insert(0, "Model");
        }
        return out.toString();
    }

    private static String reserved(String name) {
        return RESERVED.contains(name) ? name + "Model" : name;
    }

    /** The item name of a plural property: {@code Images} to {@code Image}, {@code Addresses} to {@code Address}. */
    static String singular(String name) {
        if (name.endsWith("ies") && name.length() > 4) {
            return name.substring(0, name.length() - 3) + "y";
        }
        if (name.endsWith("sses") || name.endsWith("xes") || name.endsWith("ches")) {
            return name.substring(0, name.length() - 2);
        }
        if (name.endsWith("s") && !name.endsWith("ss") && name.length() > 3) {
            return name.substring(0, name.length() - 1);
        }
        return name + "Item";
    }

    /** {@code products} for {@code catalog/products_catalog.v3.yml}. */
    private static String stem(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return name.split("[._]")[0];
    }
}
