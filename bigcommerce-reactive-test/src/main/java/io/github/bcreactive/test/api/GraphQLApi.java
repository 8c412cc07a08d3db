package io.github.bcreactive.test.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import io.github.bcreactive.test.store.Json;
import io.github.bcreactive.test.store.Table;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A small GraphQL Admin endpoint, {@code POST /stores/{hash}/graphql}, purpose-built for the client's tests rather
 * than a GraphQL engine. It answers {@code site { products(first, after) { pageInfo { hasNextPage hasPreviousPage
 * startCursor endCursor } edges { cursor node { ... } } } }} and {@code site { product(entityId) { ... } }} over the
 * store's products, a product's fields being {@code entityId}, {@code id}, {@code name}, {@code sku},
 * {@code description} and {@code isVisible} (aliases allowed). Anything else is a GraphQL error (HTTP 200 with
 * {@code errors}), as are syntax errors and a query whose complexity passes {@value #MAX_COMPLEXITY}.
 *
 * <p>Every answer carries {@code X-Bc-Graphql-Complexity}, computed as: 1 for {@code site}; for a connection, 1 plus
 * its {@code pageInfo} fields plus {@code first} times (1 + the edge's fields, {@code cursor} and each node field
 * counting 1); for {@code product}, 1 plus its fields. {@code first} is 1 to {@value #MAX_FIRST}.
 */
final class GraphQLApi {

    /** The complexity above which a query is refused, as BigCommerce documents. */
    static final int MAX_COMPLEXITY = 10_000;
    /** The largest {@code first} of a connection. */
    static final int MAX_FIRST = 50;

    private static final List<String> PRODUCT_FIELDS = List.of("entityId", "id", "name", "sku", "description",
            "isVisible");
    private static final List<String> PAGE_INFO_FIELDS = List.of("hasNextPage", "hasPreviousPage", "startCursor",
            "endCursor");

    Router register(Router router) {
        router.add("graphql", "POST", "/graphql", (request, ids) -> answer(request));
        return router;
    }

    private ApiResponse answer(ApiRequest request) {
        JsonNode body;
        try {
            body = Json.MAPPER.readTree(request.body());
        } catch (JacksonException e) {
            return ApiErrors.v3(400, "The request body is not valid JSON.", null, null);
        }
        if (body == null || !body.path("query").isString()) {
            return ApiErrors.v3(400, "The request body must be a JSON object with a 'query'.", null, null);
        }
        JsonNode variables = body.path("variables").isObject() ? body.path("variables") : Json.object();
        Cost cost = new Cost();
        ObjectNode data = Json.object();
        try {
            for (GraphQLDocument.Field field : GraphQLDocument.parse(body.path("query").asString(), variables)) {
                if (!"site".equals(field.name())) {
                    throw new GraphQLDocument.Invalid("Field '" + field.name() + "' doesn't exist on type 'Query'");
                }
                cost.add(1);
                data.set(field.responseName(), site(request, field, cost));
            }
        } catch (GraphQLDocument.Invalid invalid) {
            return errors(invalid.getMessage(), cost.total);
        }
        if (cost.total > MAX_COMPLEXITY) {
            return errors("Query complexity " + cost.total + " exceeds the maximum " + MAX_COMPLEXITY, cost.total);
        }
        ObjectNode response = Json.object();
        response.set("data", data);
        return withComplexity(ApiResponse.json(200, response), cost.total);
    }

    /** The running complexity of a query. */
    private static final class Cost {
        long total;

        void add(long points) {
            total += points;
        }
    }

    private ObjectNode site(ApiRequest request, GraphQLDocument.Field site, Cost cost) {
        ObjectNode out = Json.object();
        for (GraphQLDocument.Field field : site.selections()) {
            switch (field.name()) {
                case "products" -> out.set(field.responseName(), products(request, field, cost));
                case "product" -> out.set(field.responseName(), product(request, field, cost));
                default -> throw new GraphQLDocument.Invalid("Field '" + field.name()
                        + "' doesn't exist on type 'Site' (the simulator serves products and product)");
            }
        }
        return out;
    }

    private JsonNode product(ApiRequest request, GraphQLDocument.Field field, Cost cost) {
        JsonNode entityId = field.arguments().get("entityId");
        if (entityId == null || !entityId.isIntegralNumber()) {
            throw new GraphQLDocument.Invalid("Argument 'entityId' on Field 'product' must be an Int");
        }
        cost.add(1 + field.selections().size());
        ObjectNode row = request.store().products().get(entityId.asLong());
        return row == null ? tools.jackson.databind.node.NullNode.getInstance() : node(row, field.selections());
    }

    private ObjectNode products(ApiRequest request, GraphQLDocument.Field field, Cost cost) {
        JsonNode firstArg = field.arguments().get("first");
        int first = firstArg == null || firstArg.isNull() ? 10 : firstArg.asInt(-1);
        if (first < 1 || first > MAX_FIRST) {
            throw new GraphQLDocument.Invalid("Argument 'first' on Field 'products' must be between 1 and "
                    + MAX_FIRST);
        }
        JsonNode afterArg = field.arguments().get("after");
        long after = afterArg == null || afterArg.isNull() ? 0 : decodeCursor(afterArg.asString());
        Table products = request.store().products();
        long[] ids = products.idsAfter(after).limit(first + 1L).toArray();
        boolean more = ids.length > first;
        int count = Math.min(first, ids.length);
        ObjectNode out = Json.object();
        cost.add(1);
        for (GraphQLDocument.Field part : field.selections()) {
            switch (part.name()) {
                case "pageInfo" -> {
                    cost.add(part.selections().size());
                    out.set(part.responseName(), pageInfo(part, ids, count, more, after > 0));
                }
                case "edges" -> {
                    long perEdge = 1;
                    for (GraphQLDocument.Field edgeField : part.selections()) {
                        perEdge += "node".equals(edgeField.name()) ? edgeField.selections().size() : 1;
                    }
                    cost.add((long) first * perEdge);
                    ArrayNode edges = out.putArray(part.responseName());
                    for (int i = 0; i < count; i++) {
                        edges.add(edge(products.get(ids[i]), part.selections()));
                    }
                }
                default -> throw new GraphQLDocument.Invalid("Field '" + part.name()
                        + "' doesn't exist on type 'ProductConnection'");
            }
        }
        return out;
    }

    private static ObjectNode pageInfo(GraphQLDocument.Field field, long[] ids, int count, boolean more,
            boolean previous) {
        ObjectNode out = Json.object();
        for (GraphQLDocument.Field info : field.selections()) {
            String name = info.responseName();
            switch (info.name()) {
                case "hasNextPage" -> out.put(name, more);
                case "hasPreviousPage" -> out.put(name, previous);
                case "startCursor" -> out.put(name, count == 0 ? null : cursor(ids[0]));
                case "endCursor" -> out.put(name, count == 0 ? null : cursor(ids[count - 1]));
                default -> throw new GraphQLDocument.Invalid("Field '" + info.name()
                        + "' doesn't exist on type 'PageInfo' (" + String.join(", ", PAGE_INFO_FIELDS) + ")");
            }
        }
        return out;
    }

    private static ObjectNode edge(ObjectNode row, List<GraphQLDocument.Field> selections) {
        ObjectNode out = Json.object();
        for (GraphQLDocument.Field field : selections) {
            switch (field.name()) {
                case "cursor" -> out.put(field.responseName(), cursor(row.path("id").asLong()));
                case "node" -> out.set(field.responseName(), node(row, field.selections()));
                default -> throw new GraphQLDocument.Invalid("Field '" + field.name()
                        + "' doesn't exist on type 'ProductEdge'");
            }
        }
        return out;
    }

    private static ObjectNode node(ObjectNode row, List<GraphQLDocument.Field> selections) {
        ObjectNode out = Json.object();
        long id = row.path("id").asLong();
        for (GraphQLDocument.Field field : selections) {
            String name = field.responseName();
            switch (field.name()) {
                case "entityId" -> out.put(name, id);
                case "id" -> out.put(name, Base64.getEncoder().encodeToString(("Product:" + id)
                        .getBytes(StandardCharsets.UTF_8)));
                case "name", "sku", "description" -> out.put(name, row.path(field.name()).asString(""));
                case "isVisible" -> out.put(name, row.path("is_visible").asBoolean(true));
                default -> throw new GraphQLDocument.Invalid("Field '" + field.name()
                        + "' doesn't exist on type 'Product' (the simulator serves " + String.join(", ",
                        PRODUCT_FIELDS) + ")");
            }
        }
        return out;
    }

    private static String cursor(long id) {
        return Base64.getEncoder().encodeToString(("product:" + id).getBytes(StandardCharsets.UTF_8));
    }

    private static long decodeCursor(String cursor) {
        try {
            String text = new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith("product:")) {
                return Long.parseLong(text.substring("product:".length()));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error
        }
        throw new GraphQLDocument.Invalid("Argument 'after' is not a cursor of this connection");
    }

    private static ApiResponse errors(String message, long complexity) {
        ObjectNode body = Json.object();
        body.putNull("data");
        body.putArray("errors").addObject().put("message", message);
        return withComplexity(ApiResponse.json(200, body), complexity);
    }

    private static ApiResponse withComplexity(ApiResponse response, long complexity) {
        return response.withHeader("X-Bc-Graphql-Complexity", Long.toString(complexity));
    }
}
