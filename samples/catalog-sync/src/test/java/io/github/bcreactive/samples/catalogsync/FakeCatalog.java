package io.github.bcreactive.samples.catalogsync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A v3 product listing for a few stores on a MockWebServer: page-number paging, {@code date_modified:min},
 * {@code include=variants}, and a token per store. Just what the catalog sync asks for.
 */
final class FakeCatalog extends Dispatcher implements AutoCloseable {

    private static final OffsetDateTime BASE = OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private final JsonMapper mapper = JsonMapper.builder().build();
    private final MockWebServer server = new MockWebServer();
    private final Map<String, String> tokens;
    private final Map<String, TreeMap<Long, ObjectNode>> products = new ConcurrentHashMap<>();
    private final Queue<String> queries = new ConcurrentLinkedQueue<>();

    FakeCatalog(Map<String, String> tokens, int productsPerStore) {
        this.tokens = Map.copyOf(tokens);
        for (String store : tokens.keySet()) {
            TreeMap<Long, ObjectNode> rows = new TreeMap<>();
            for (long id = 1; id <= productsPerStore; id++) {
                rows.put(id, product(store, id, "Product " + id, BASE.plusSeconds(id)));
            }
            products.put(store, rows);
        }
        server.setDispatcher(this);
        try {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getPort();
    }

    /** Renames a product (or adds it) now, as an edit in the control panel would. */
    synchronized void put(String store, long id, String name) {
        OffsetDateTime newest = products.get(store).values().stream()
                .map(p -> OffsetDateTime.parse(p.get("date_modified").asString())).max(OffsetDateTime::compareTo)
                .orElse(BASE);
        products.get(store).put(id, product(store, id, name, newest.plusMinutes(1)));
    }

    /** The query strings of the listing calls, in arrival order. */
    List<String> queries() {
        return List.copyOf(queries);
    }

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
        List<String> segments = request.getUrl().pathSegments();
        String store = segments.size() > 1 ? segments.get(1) : "";
        if (!tokens.containsKey(store) || !tokens.get(store).equals(request.getHeaders().get("X-Auth-Token"))) {
            return json(401, "{\"status\":401,\"title\":\"Unauthorized\"}");
        }
        if (!request.getUrl().encodedPath().equals("/stores/" + store + "/v3/catalog/products")) {
            return json(404, "{\"status\":404,\"title\":\"Not found\"}");
        }
        queries.add(request.getUrl().query());
        String min = request.getUrl().queryParameter("date_modified:min");
        boolean variants = "variants".equals(request.getUrl().queryParameter("include"));
        int limit = Integer.parseInt(request.getUrl().queryParameter("limit"));
        String pageParameter = request.getUrl().queryParameter("page");
        int page = pageParameter == null ? 1 : Integer.parseInt(pageParameter);
        List<ObjectNode> matching = products.get(store).values().stream()
                .filter(p -> min == null || !OffsetDateTime.parse(p.get("date_modified").asString())
                        .isBefore(OffsetDateTime.parse(min)))
                .toList();
        int totalPages = Math.max(1, (matching.size() + limit - 1) / limit);
        ObjectNode body = mapper.createObjectNode();
        ArrayNode data = body.putArray("data");
        matching.stream().skip((long) (page - 1) * limit).limit(limit).forEach(p -> {
            ObjectNode copy = p.deepCopy();
            if (!variants) {
                copy.remove("variants");
            }
            data.add(copy);
        });
        ObjectNode pagination = body.putObject("meta").putObject("pagination");
        pagination.put("total", matching.size()).put("count", data.size()).put("per_page", limit)
                .put("current_page", page).put("total_pages", totalPages).putObject("links");
        return json(200, body.toString());
    }

    private ObjectNode product(String store, long id, String name, OffsetDateTime modified) {
        ObjectNode product = mapper.createObjectNode().put("id", id).put("name", name)
                .put("sku", store + "-" + id).put("date_modified", modified.toString());
        ArrayNode variants = product.putArray("variants");
        for (int v = 1; v <= 2; v++) {
            variants.addObject().put("id", id * 10 + v).put("product_id", id).put("sku", store + "-" + id + "-" + v);
        }
        return product;
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body)
                .build();
    }

    @Override
    public void close() {
        server.close();
    }
}
