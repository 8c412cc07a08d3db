package io.github.bcreactive.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.bcreactive.error.ApiError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Parses the error a body describes, in v3's object form or v2's array form. */
final class ErrorBodies {

    private ErrorBodies() {
    }

    static ApiError parse(byte[] body, JsonMapper mapper) {
        if (body.length == 0) {
            return ApiError.EMPTY;
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(body);
        } catch (JacksonException e) {
            return ApiError.EMPTY;
        }
        if (tree.isArray()) {
            List<String> messages = new ArrayList<>();
            int status = 0;
            for (JsonNode item : tree) {
                status = status == 0 ? item.path("status").asInt(0) : status;
                String message = text(item.get("message"));
                if (!message.isEmpty()) {
                    messages.add(message);
                }
            }
            return new ApiError(status, messages.isEmpty() ? "" : messages.get(0), "", "", Map.of(), messages);
        }
        if (!tree.isObject()) {
            return ApiError.EMPTY;
        }
        Map<String, String> errors = new LinkedHashMap<>();
        JsonNode errorsNode = tree.path("errors");
        if (errorsNode.isObject()) {
            errorsNode.properties().forEach(e -> errors.put(e.getKey(), text(e.getValue())));
        } else if (errorsNode.isArray()) {
            int i = 0;
            for (JsonNode item : errorsNode) {
                errors.put(String.valueOf(i++), text(item));
            }
        }
        String title = text(tree.get("title"));
        return new ApiError(tree.path("status").asInt(0), title.isEmpty() ? text(tree.get("message")) : title,
                text(tree.get("type")), text(tree.get("detail")), errors, List.of());
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "";
        }
        return node.isValueNode() ? node.asString() : node.toString();
    }
}
