package io.github.bcreactive.test.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.bcreactive.test.store.Table;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Shared steps of the write endpoints: read the body, validate it against a row, merge it in.
 */
final class Rows {

    /** Fields a client may not write. */
    static final Set<String> READ_ONLY = Set.of("id", "date_created", "date_modified", "calculated_price",
            "base_variant_id", "product_id", "order_id", "created_at", "updated_at", "client_id", "store_hash");

    private Rows() {
    }

    static ObjectNode find(ApiRequest request, Table table, long id, String what) {
        ObjectNode row = table.get(id);
        if (row == null) {
            throw ApiErrors.notFound(request, what, id);
        }
        return row;
    }

    static ObjectNode object(ApiRequest request) {
        JsonNode json = request.json();
        if (!json.isObject()) {
            throw ApiErrors.invalid(request, "The request body must be a JSON object.", Map.of());
        }
        return (ObjectNode) json;
    }

    /**
     * Checks a body: required fields present, and each field of the same JSON type as in the template.
     *
     * @return field errors, empty when valid
     */
    static Map<String, String> check(ObjectNode body, ObjectNode template, List<String> required) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (String name : required) {
            JsonNode value = body.get(name);
            if (value == null || value.isNull() || (value.isString() && value.stringValue().isBlank())) {
                errors.put(name, "Please provide a " + name.replace('_', ' ') + ".");
            }
        }
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            JsonNode expected = template.get(field.getKey());
            JsonNode given = field.getValue();
            if (expected == null || expected.isNull() || given.isNull() || errors.containsKey(field.getKey())) {
                continue;
            }
            if (expected.isNumber() && !given.isNumber()) {
                errors.put(field.getKey(), field.getKey() + " must be a number.");
            } else if (expected.isNumber() && given.doubleValue() < 0 && !field.getKey().endsWith("_id")) {
                errors.put(field.getKey(), field.getKey() + " cannot be negative.");
            } else if (expected.isString() && !given.isString()) {
                errors.put(field.getKey(), field.getKey() + " must be a string.");
            } else if (expected.isBoolean() && !given.isBoolean()) {
                errors.put(field.getKey(), field.getKey() + " must be a boolean.");
            } else if (expected.isArray() && !given.isArray()) {
                errors.put(field.getKey(), field.getKey() + " must be an array.");
            }
        }
        return errors;
    }

    /**
     * Copies {@code base} and writes the body's fields over it, except read-only ones.
     */
    static ObjectNode merge(ObjectNode base, ObjectNode body) {
        ObjectNode row = base.deepCopy();
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            if (!READ_ONLY.contains(field.getKey())) {
                row.set(field.getKey(), field.getValue().deepCopy());
            }
        }
        return row;
    }

    static String text(ObjectNode row, String field) {
        JsonNode value = row.get(field);
        return value == null || value.isNull() ? "" : value.asString();
    }
}
