package io.github.bcreactive.contract;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * Bodies and ids made from a spec: the example the spec gives (media type {@code example}, the first of
 * {@code examples}, or the schema's own), or one generated from the schema (property examples, enum values,
 * formats) when it gives none.
 */
public final class SpecSamples {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 12;
    private static final java.util.regex.Pattern DATE_NAME = java.util.regex.Pattern.compile(
            "(^|_)(date|time)(_|$)|_at$");

    private final OpenAPI api;
    private final boolean wholeExamples;

    /**
     * Samples of one spec.
     *
     * @param api the parsed spec
     */
    public SpecSamples(OpenAPI api) {
        this(api, true);
    }

    /**
     * Samples that, with {@code wholeExamples} off, build objects and arrays from their properties and items even
     * where the schema gives an example of the whole (the example may be invalid against the schema it sits on);
     * scalars still take their examples.
     */
    private SpecSamples(OpenAPI api, boolean wholeExamples) {
        this.api = api;
        this.wholeExamples = wholeExamples;
    }

    /** A response to serve: its status and JSON body (empty for a response without content). */
    public record Sample(int status, Optional<JsonNode> body, String source) {
    }

    /**
     * The success response of an operation: the lowest 2xx status the spec declares ({@code default} when none),
     * with its example, then a body generated from its schema, in the order to try them.
     *
     * @param operation the operation
     * @return the responses to try, never empty
     */
    public List<Sample> success(Operation operation) {
        Map<String, ApiResponse> responses = operation.getResponses() == null ? Map.of() : operation.getResponses();
        String code = responses.keySet().stream().filter(c -> c.matches("2\\d\\d")).sorted().findFirst()
                .orElse(responses.containsKey("default") ? "default" : "200");
        ApiResponse response = resolve(responses.get(code));
        int status = code.equals("default") ? 200 : Integer.parseInt(code);
        if (response == null) {
            return List.of(new Sample(status, Optional.empty(), "no response declared"));
        }
        Optional<MediaType> json = json(response.getContent());
        if (json.isEmpty()) {
            return List.of(new Sample(status, Optional.empty(), "no content"));
        }
        List<Sample> samples = new ArrayList<>();
        example(json.get()).ifPresent(example -> samples.add(new Sample(status, Optional.of(example), "example")));
        if (json.get().getSchema() != null) {
            samples.add(new Sample(status, Optional.of(generate(json.get().getSchema(), false, 0)), "generated"));
            samples.add(new Sample(status, Optional.of(new SpecSamples(api, false).generate(json.get().getSchema(),
                    false, 0)), "generated"));
        }
        if (samples.isEmpty()) {
            samples.add(new Sample(status, Optional.empty(), "no schema"));
        }
        return samples;
    }

    /**
     * The request bodies of an operation to try, in order: its example, then one generated from its schema without
     * read-only fields.
     *
     * @param operation the operation
     * @return the bodies, empty when the operation takes none (or not as JSON)
     */
    public List<JsonNode> requestBodies(Operation operation) {
        RequestBody body = operation.getRequestBody();
        if (body != null && body.get$ref() != null) {
            body = api.getComponents().getRequestBodies().get(refName(body.get$ref()));
        }
        if (body == null) {
            return List.of();
        }
        Optional<MediaType> json = json(body.getContent());
        if (json.isEmpty()) {
            return List.of();
        }
        List<JsonNode> bodies = new ArrayList<>();
        example(json.get()).ifPresent(bodies::add);
        if (json.get().getSchema() != null) {
            bodies.add(generate(json.get().getSchema(), true, 0));
            bodies.add(new SpecSamples(api, false).generate(json.get().getSchema(), true, 0));
        }
        return bodies;
    }

    /**
     * A value for each path parameter, in the order of the template: the parameter's example, its schema's, or one
     * made from its type ({@code 1}, a UUID for {@code format: uuid}).
     *
     * @param operation the operation
     * @param template the path template
     * @return the values, e.g. {@code {product_id: 1}}
     */
    public Map<String, String> pathValues(Operation operation, String template) {
        Map<String, String> values = new LinkedHashMap<>();
        java.util.regex.Matcher names = java.util.regex.Pattern.compile("\\{([^/}]+)}").matcher(template);
        while (names.find()) {
            String name = names.group(1);
            Parameter parameter = parameters(operation).stream()
                    .filter(p -> "path".equals(p.getIn()) && name.equals(p.getName())).findFirst().orElse(null);
            values.put(name, parameter == null ? "1" : scalar(parameter));
        }
        return values;
    }

    /**
     * A value for each required query parameter.
     *
     * @param operation the operation
     * @return name to value
     */
    public Map<String, String> requiredQuery(Operation operation) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Parameter parameter : parameters(operation)) {
            if ("query".equals(parameter.getIn()) && Boolean.TRUE.equals(parameter.getRequired())) {
                values.put(parameter.getName(), scalar(parameter));
            }
        }
        return values;
    }

    private List<Parameter> parameters(Operation operation) {
        List<Parameter> all = new ArrayList<>();
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                all.add(parameter.get$ref() == null ? parameter
                        : api.getComponents().getParameters().get(refName(parameter.get$ref())));
            }
        }
        return all;
    }

    private String scalar(Parameter parameter) {
        Object example = parameter.getExample();
        Schema<?> schema = deref(parameter.getSchema());
        if (example == null && schema != null) {
            example = schema.getExample();
        }
        if (example == null && schema != null && schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            example = schema.getEnum().get(0);
        }
        if (example == null && schema != null && "array".equals(schema.getType()) && schema.getItems() != null) {
            JsonNode item = generate(schema.getItems(), true, 0);
            return item.isTextual() ? item.asText() : item.toString();
        }
        if (example != null && !(example instanceof Map) && !(example instanceof List)) {
            JsonNode node = node(example);
            return node.isTextual() ? node.asText() : node.toString();
        }
        if (schema != null && "uuid".equals(schema.getFormat())) {
            return "09346904-4175-44c2-a28e-9ae5d1f2e6fb";
        }
        if (schema != null && "string".equals(schema.getType()) && schema.getPattern() == null) {
            return "1";
        }
        JsonNode generated = schema == null ? NODES.numberNode(1) : generate(schema, true, 0);
        return generated.isTextual() ? generated.asText() : generated.toString();
    }

    private Optional<MediaType> json(Content content) {
        if (content == null) {
            return Optional.empty();
        }
        return content.entrySet().stream().filter(e -> e.getKey().contains("json")).map(Map.Entry::getValue)
                .findFirst();
    }

    private Optional<JsonNode> example(MediaType media) {
        if (media.getExample() != null) {
            return Optional.of(node(media.getExample()));
        }
        if (media.getExamples() != null) {
            for (Example example : media.getExamples().values()) {
                Example resolved = example.get$ref() != null && api.getComponents().getExamples() != null
                        ? api.getComponents().getExamples().get(refName(example.get$ref())) : example;
                if (resolved != null && resolved.getValue() != null) {
                    return Optional.of(node(resolved.getValue()));
                }
            }
        }
        Schema<?> schema = deref(media.getSchema());
        if (schema != null && schema.getExample() != null) {
            return Optional.of(node(schema.getExample()));
        }
        return Optional.empty();
    }

    /**
     * A JSON value that fits a schema.
     *
     * @param schema the schema
     * @param forRequest whether read-only properties are left out (else write-only ones are)
     * @param depth the nesting so far
     * @return the value
     */
    public JsonNode generate(Schema<?> schema, boolean forRequest, int depth) {
        Schema<?> s = deref(schema);
        if (s == null || depth > MAX_DEPTH) {
            return NODES.nullNode();
        }
        boolean whole = "object".equals(s.getType()) || "array".equals(s.getType()) || s.getProperties() != null
                || s.getAllOf() != null;
        if (s.getExample() != null && (wholeExamples || !whole)) {
            return typed(s, node(s.getExample()));
        }
        if (s.getAllOf() != null && !s.getAllOf().isEmpty()) {
            ObjectNode merged = NODES.objectNode();
            for (Schema<?> part : s.getAllOf()) {
                JsonNode sample = generate(part, forRequest, depth + 1);
                if (sample.isObject()) {
                    merged.setAll((ObjectNode) sample);
                }
            }
            if (s.getProperties() != null) {
                merged.setAll(properties(s, forRequest, depth));
            }
            return merged;
        }
        if (s.getOneOf() != null && !s.getOneOf().isEmpty()) {
            return generate(s.getOneOf().get(0), forRequest, depth + 1);
        }
        if (s.getAnyOf() != null && !s.getAnyOf().isEmpty()) {
            return generate(s.getAnyOf().get(0), forRequest, depth + 1);
        }
        if (s.getEnum() != null && !s.getEnum().isEmpty()) {
            return node(s.getEnum().get(0));
        }
        if (s.getDefault() != null) {
            return node(s.getDefault());
        }
        String type = s.getType() != null ? s.getType() : s.getProperties() != null ? "object"
                : s.getItems() != null ? "array" : "object";
        switch (type) {
            case "object":
                return properties(s, forRequest, depth);
            case "array": {
                ArrayNode array = NODES.arrayNode();
                Schema<?> item = deref(s.getItems());
                if (item != null && item.getType() == null && item.getExample() != null
                        && node(item.getExample()).isArray()) {
                    // an untyped item whose example is the whole array (customers.v3.yml customerChannelIds:
                    // items: {example: [1, 2]}): the example's elements are the items
                    array.addAll((ArrayNode) node(item.getExample()));
                    return array;
                }
                int items = Math.max(1, s.getMinItems() == null ? 1 : s.getMinItems());
                for (int i = 0; i < items && s.getItems() != null; i++) {
                    array.add(generate(s.getItems(), forRequest, depth + 1));
                }
                return array;
            }
            case "integer":
                return NODES.numberNode(s.getMinimum() != null ? s.getMinimum().longValue()
                        : s.getMaximum() != null ? Math.min(1, s.getMaximum().longValue()) : 1);
            case "number":
                return NODES.numberNode(s.getMinimum() != null ? s.getMinimum() : s.getMaximum() != null
                        ? s.getMaximum().min(BigDecimal.ONE) : BigDecimal.ONE);
            case "boolean":
                return NODES.booleanNode(true);
            default:
                return NODES.textNode(string(s));
        }
    }

    private ObjectNode properties(Schema<?> s, boolean forRequest, int depth) {
        ObjectNode object = NODES.objectNode();
        if (s.getProperties() == null) {
            return object;
        }
        s.getProperties().forEach((name, property) -> {
            Schema<?> p = deref(property);
            boolean required = s.getRequired() != null && s.getRequired().contains(name);
            boolean skip = p != null && !required && (forRequest ? Boolean.TRUE.equals(p.getReadOnly())
                    : Boolean.TRUE.equals(p.getWriteOnly()));
            if (!skip) {
                JsonNode value = generate(property, forRequest, depth + 1);
                // some specs give dates no format (carts, checkouts); a date-like name gets an ISO 8601 value
                if (value.isTextual() && value.asText().equals("sample") && DATE_NAME.matcher(name).find()) {
                    value = NODES.textNode("2024-01-02T03:04:05Z");
                }
                // phone numbers have E.164 patterns in the checkout specs
                if (value.isTextual() && value.asText().equals("sample") && name.contains("phone")) {
                    value = NODES.textNode("+15555550100");
                }
                object.set(name, value);
            }
        });
        return object;
    }

    private static String string(Schema<?> s) {
        String format = s.getFormat() == null ? "" : s.getFormat();
        String value = switch (format) {
            case "date-time" -> "2024-01-02T03:04:05Z";
            case "date" -> "2024-01-02";
            case "email" -> "shopper@example.com";
            case "uri", "url" -> "https://example.com/";
            case "uuid" -> "09346904-4175-44c2-a28e-9ae5d1f2e6fb";
            default -> "sample";
        };
        if (s.getMaxLength() != null && value.length() > s.getMaxLength()) {
            value = value.substring(0, s.getMaxLength());
        }
        while (s.getMinLength() != null && value.length() < s.getMinLength()) {
            value = value + "x";
        }
        return value;
    }

    /** Follows a {@code $ref} to the components' schema. */
    Schema<?> deref(Schema<?> schema) {
        Schema<?> s = schema;
        for (int hops = 0; s != null && s.get$ref() != null && hops < 10; hops++) {
            Map<String, Schema> schemas = api.getComponents() == null ? null : api.getComponents().getSchemas();
            s = schemas == null ? null : schemas.get(refName(s.get$ref()));
        }
        return s;
    }

    private ApiResponse resolve(ApiResponse response) {
        if (response != null && response.get$ref() != null && api.getComponents() != null
                && api.getComponents().getResponses() != null) {
            return api.getComponents().getResponses().get(refName(response.get$ref()));
        }
        return response;
    }

    private static String refName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    /** Writes a parsed date example in the schema's format (the parser turns example strings into dates). */
    private static JsonNode typed(Schema<?> s, JsonNode value) {
        if (value.isTextual() && "date".equals(s.getFormat()) && value.asText().length() > 10) {
            return NODES.textNode(value.asText().substring(0, 10));
        }
        return value;
    }

    private static JsonNode node(Object value) {
        if (value instanceof JsonNode node) {
            return node;
        }
        if (value instanceof OffsetDateTime time) {
            return NODES.textNode(time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
        if (value instanceof Date date) {
            return NODES.textNode(date.toInstant().atOffset(ZoneOffset.UTC).format(
                    DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
        return JSON.valueToTree(value);
    }
}
