package io.github.bcreactive.test;

import java.util.ArrayList;
import java.util.List;

import io.github.bcreactive.test.api.ApiRequest;
import io.github.bcreactive.test.api.ApiResponse;
import io.github.bcreactive.test.store.Json;
import tools.jackson.databind.JsonNode;

/**
 * The webhook events a served write causes: products and categories (v3 catalog), customers (v3) and orders (v2), as
 * {@code store/<type>/created|updated|deleted} ({@code store/order/archived} for a deleted order, as BigCommerce
 * archives orders). Writes to sub-resources (variants, images, shipments) send none.
 */
final class WebhookEvents {

    private WebhookEvents() {
    }

    static List<WebhookDispatcher.Event> of(ApiRequest request, ApiResponse answer) {
        String path = request.path();
        String method = request.method();
        String[] segments = path.substring(1).split("/");
        String type;
        int collectionEnd;
        if (!request.v2() && path.startsWith("/catalog/products")) {
            type = "product";
            collectionEnd = 2;
        } else if (!request.v2() && path.startsWith("/catalog/categories")) {
            type = "category";
            collectionEnd = 2;
        } else if (!request.v2() && path.startsWith("/customers")) {
            type = "customer";
            collectionEnd = 1;
        } else if (request.v2() && path.startsWith("/orders")) {
            type = "order";
            collectionEnd = 1;
        } else {
            return List.of();
        }
        if (segments.length > collectionEnd + 1) {
            return List.of();
        }
        boolean single = segments.length == collectionEnd + 1;
        String verb = switch (method) {
            case "POST" -> single ? null : "created";
            case "PUT" -> "updated";
            case "DELETE" -> "order".equals(type) ? "archived" : "deleted";
            default -> null;
        };
        if (verb == null) {
            return List.of();
        }
        String scope = "store/" + type + "/" + verb;
        List<WebhookDispatcher.Event> events = new ArrayList<>();
        if (single) {
            events.add(new WebhookDispatcher.Event(scope, type, Long.parseLong(segments[collectionEnd])));
        } else if ("DELETE".equals(method)) {
            String in = request.query().get("id:in");
            if (in != null) {
                for (String id : in.split(",")) {
                    if (id.matches("\\d{1,18}")) {
                        events.add(new WebhookDispatcher.Event(scope, type, Long.parseLong(id)));
                    }
                }
            }
        } else {
            JsonNode body = Json.MAPPER.readTree(answer.body());
            JsonNode rows = request.v2() ? body : body.path("data");
            for (JsonNode row : rows.isArray() ? rows : List.of(rows)) {
                if (row.path("id").isIntegralNumber()) {
                    events.add(new WebhookDispatcher.Event(scope, type, row.path("id").asLong()));
                }
            }
        }
        return events;
    }
}
