package io.github.bcreactive.test.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.contract.ContractServer;
import io.github.bcreactive.contract.Exchange;
import io.github.bcreactive.contract.OfficialSpecs;
import io.github.bcreactive.contract.SpecIndex;
import io.github.bcreactive.contract.SpecOperation;
import io.github.bcreactive.http.RetryOptions;
import io.github.bcreactive.query.Query;
import io.github.bcreactive.test.BigCommerceSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The simulator checked against the official specs: every endpoint it implements is called through a validating
 * proxy ({@link ContractServer#proxy}), which validates each request and each answer the simulator serves. Requests
 * must be valid (they are written here), and every answer must be valid too, except the named differences listed in
 * {@link #KNOWN_DIFFERENCES}. Skips, saying why, when the specs are absent.
 */
@Timeout(180)
class SimulatorContractTest {

    /**
     * Where the simulator's answers are not what the official spec says, with the reason they stay: a pattern over
     * {@link SpecOperation#key()} (or {@code METHOD uri} for a call no management spec declares).
     */
    static final Map<String, String> KNOWN_DIFFERENCES = new TreeMap<>(Map.of(
            "GET /stores/abc123/v2/(products|categories|customers/count|products/count|categories/count)(/\\d+)?",
            "the v2 catalog the simulator serves for the Python table: no management spec declares it",
            "GET /stores/abc123/v2/orders/\\d+/coupons/\\d+",
            "getting one order coupon: orders.v2.oas2.yml has only the listing"));

    private static final JsonMapper JSON = BigCommerceClient.Builder.defaultMapper();
    private static BigCommerceSimulator sim;
    private static ContractServer proxy;
    private static BigCommerceClient client;

    @BeforeAll
    static void start() {
        if (OfficialSpecs.directory().isEmpty()) {
            return;
        }
        SpecIndex index = OfficialSpecs.index();
        sim = BigCommerceSimulator.builder().store("abc123").products(20).orders(10).customers(10)
                .quota(100_000, Duration.ofSeconds(30)).build().start();
        proxy = ContractServer.proxy(index, sim.baseUrl());
        client = sim.clientBuilder("abc123").apiUrl(proxy.baseUrl())
                .retry(RetryOptions.defaults().withMaxRetries(0)).build();
    }

    @AfterAll
    static void stop() {
        if (proxy != null) {
            proxy.close();
        }
        if (sim != null) {
            sim.close();
        }
    }

    @BeforeEach
    void needsSpecs() {
        Assumptions.assumeTrue(proxy != null, OfficialSpecs.MISSING);
    }

    @Test
    void everyEndpointTheSimulatorServesAnswersAsTheOfficialSpecSays() {
        catalog();
        customersAndWebhooks();
        orders();
        call("v2", HttpMethod.GET, "/store", null);
        call("v2", HttpMethod.GET, "/time", null);
        call("v2", HttpMethod.GET, "/customers", null);
        call("v2", HttpMethod.GET, "/customers/1", null);
        call("v2", HttpMethod.GET, "/customers/count", null);
        call("v2", HttpMethod.GET, "/products", null);
        call("v2", HttpMethod.GET, "/categories", null);

        List<Exchange> exchanges = proxy.exchanges();
        Map<String, List<Exchange>> byOperation = exchanges.stream().collect(Collectors.groupingBy(
                e -> e.operation().map(SpecOperation::key).orElse(e.method() + " " + e.uri().replaceFirst("\\?.*", "")),
                TreeMap::new, Collectors.toList()));
        Map<String, String> differences = new TreeMap<>();
        byOperation.forEach((key, calls) -> calls.stream().filter(e -> !e.clean()).findFirst()
                .ifPresent(e -> differences.put(key, e.toString())));
        long checked = byOperation.keySet().stream().filter(key -> !differences.containsKey(key)).count();
        System.out.printf("[contract] simulator: %d calls, %d operations, %d valid against the official specs in "
                + "both directions, %d known differences%n", exchanges.size(), byOperation.size(), checked,
                differences.size());
        differences.forEach((key, what) -> System.out.printf("[contract]   %s: %s%n", key, what));
        System.out.printf("[contract] %s%n", OfficialSpecs.index().parsed());

        assertThat(exchanges).as("requests this test writes must be valid")
                .allMatch(e -> e.requestViolations().isEmpty());
        assertThat(differences.keySet()).as("answers that disagree with the spec and are not known differences")
                .allMatch(key -> KNOWN_DIFFERENCES.keySet().stream().anyMatch(key::matches));
        assertThat(KNOWN_DIFFERENCES.keySet()).as("known differences that no longer occur")
                .allMatch(pattern -> differences.keySet().stream().anyMatch(key -> key.matches(pattern)));
    }

    private static void catalog() {
        call("v3", HttpMethod.GET, "/catalog/products", null, Query.builder().include("variants", "images",
                "custom_fields").param("limit", 5).build());
        call("v3", HttpMethod.GET, "/catalog/products/1", null);
        JsonNode product = call("v3", HttpMethod.POST, "/catalog/products", Map.of("name", "Contract shirt",
                "type", "physical", "weight", 1, "price", 10)).orElseThrow();
        long id = product.path("data").path("id").asLong();
        call("v3", HttpMethod.PUT, "/catalog/products/" + id, Map.of("price", 12));
        call("v3", HttpMethod.PUT, "/catalog/products", List.of(Map.of("id", id, "price", 13)));
        call("v3", HttpMethod.GET, "/catalog/products/1/variants", null);
        long variant = call("v3", HttpMethod.POST, "/catalog/products/" + id + "/variants", Map.of("sku",
                "CONTRACT-1", "price", 11)).orElseThrow().path("data").path("id").asLong();
        call("v3", HttpMethod.GET, "/catalog/products/" + id + "/variants/" + variant, null);
        call("v3", HttpMethod.PUT, "/catalog/products/" + id + "/variants/" + variant, Map.of("price", 9));
        call("v3", HttpMethod.GET, "/catalog/variants", null);
        call("v3", HttpMethod.PUT, "/catalog/variants", List.of(Map.of("id", variant, "price", 8)));
        call("v3", HttpMethod.DELETE, "/catalog/products/" + id + "/variants/" + variant, null);
        call("v3", HttpMethod.GET, "/catalog/products/1/images", null);
        long image = call("v3", HttpMethod.POST, "/catalog/products/" + id + "/images", Map.of("image_url",
                "https://example.com/shirt.png")).orElseThrow().path("data").path("id").asLong();
        call("v3", HttpMethod.GET, "/catalog/products/" + id + "/images/" + image, null);
        call("v3", HttpMethod.PUT, "/catalog/products/" + id + "/images/" + image, Map.of("description", "front"));
        call("v3", HttpMethod.DELETE, "/catalog/products/" + id + "/images/" + image, null);
        call("v3", HttpMethod.GET, "/catalog/products/1/custom-fields", null);
        long field = call("v3", HttpMethod.POST, "/catalog/products/" + id + "/custom-fields", Map.of("name",
                "isbn", "value", "1")).orElseThrow().path("data").path("id").asLong();
        call("v3", HttpMethod.GET, "/catalog/products/" + id + "/custom-fields/" + field, null);
        call("v3", HttpMethod.PUT, "/catalog/products/" + id + "/custom-fields/" + field, Map.of("value", "2"));
        call("v3", HttpMethod.DELETE, "/catalog/products/" + id + "/custom-fields/" + field, null);
        call("v3", HttpMethod.DELETE, "/catalog/products/" + id, null);
        call("v3", HttpMethod.DELETE, "/catalog/products", null, Query.in("id", 19, 20));
        for (String family : List.of("categories", "brands")) {
            call("v3", HttpMethod.GET, "/catalog/" + family, null);
            call("v3", HttpMethod.GET, "/catalog/" + family + "/1", null);
            Map<String, Object> body = family.equals("categories") ? Map.of("name", "Contract", "parent_id", 0)
                    : Map.of("name", "Contract");
            long made = call("v3", HttpMethod.POST, "/catalog/" + family, body).orElseThrow().path("data")
                    .path("id").asLong();
            call("v3", HttpMethod.PUT, "/catalog/" + family + "/" + made, family.equals("categories")
                    ? Map.of("name", "Contract 2", "parent_id", 0) : Map.of("name", "Contract 2"));
            call("v3", HttpMethod.DELETE, "/catalog/" + family + "/" + made, null);
            // brands_catalog.v3.yml requires the name filter on a collection delete
            call("v3", HttpMethod.DELETE, "/catalog/" + family, null, family.equals("brands")
                    ? Query.of("name", "No such brand") : Query.in("id", 999));
        }
    }

    private static void customersAndWebhooks() {
        call("v3", HttpMethod.GET, "/customers", null);
        long customer = call("v3", HttpMethod.POST, "/customers", List.of(Map.of("email", "contract@example.com",
                "first_name", "Con", "last_name", "Tract"))).orElseThrow().path("data").path(0).path("id").asLong();
        call("v3", HttpMethod.PUT, "/customers", List.of(Map.of("id", customer, "first_name", "Conn")));
        call("v3", HttpMethod.DELETE, "/customers", null, Query.in("id", customer));
        call("v3", HttpMethod.GET, "/hooks", null);
        long hook = call("v3", HttpMethod.POST, "/hooks", Map.of("scope", "store/order/*", "destination",
                "https://example.com/hooks", "is_active", true)).orElseThrow().path("data").path("id").asLong();
        call("v3", HttpMethod.GET, "/hooks/" + hook, null);
        call("v3", HttpMethod.PUT, "/hooks/" + hook, Map.of("is_active", false));
        call("v3", HttpMethod.DELETE, "/hooks/" + hook, null);
    }

    private static void orders() {
        call("v2", HttpMethod.GET, "/orders", null, Query.of("limit", 5));
        call("v2", HttpMethod.GET, "/orders/count", null);
        call("v2", HttpMethod.GET, "/orders/1", null);
        JsonNode order = call("v2", HttpMethod.POST, "/orders", Map.of("customer_id", 0, "billing_address",
                Map.of("first_name", "A", "last_name", "B", "street_1", "1 Main St", "city", "Austin", "state",
                        "Texas", "zip", "78701", "country", "United States", "country_iso2", "US", "email",
                        "a@example.com"),
                "products", List.of(Map.of("product_id", 3, "quantity", 2)))).orElseThrow();
        long id = order.path("id").asLong();
        call("v2", HttpMethod.PUT, "/orders/" + id, Map.of("status_id", 2));
        call("v2", HttpMethod.GET, "/orders/1/products", null);
        long line = call("v2", HttpMethod.GET, "/orders/1/products", null).orElseThrow().path(0).path("id")
                .asLong();
        call("v2", HttpMethod.GET, "/orders/1/products/" + line, null);
        long address = call("v2", HttpMethod.GET, "/orders/1/shipping_addresses", null).orElseThrow().path(0)
                .path("id").asLong();
        call("v2", HttpMethod.GET, "/orders/1/shipping_addresses/" + address, null);
        call("v2", HttpMethod.GET, "/orders/1/coupons", null);
        for (int o = 1; o <= 10; o++) {
            JsonNode coupons = call("v2", HttpMethod.GET, "/orders/" + o + "/coupons", null).orElse(null);
            if (coupons != null && coupons.isArray() && coupons.size() > 0) {
                call("v2", HttpMethod.GET, "/orders/" + o + "/coupons/" + coupons.path(0).path("id").asLong(), null);
                break;
            }
        }
        call("v2", HttpMethod.GET, "/orders/" + id + "/shipments", null);
        call("v2", HttpMethod.GET, "/orders/" + id + "/shipments/count", null);
        long shipment = call("v2", HttpMethod.POST, "/orders/" + id + "/shipments", Map.of("order_address_id",
                address, "tracking_number", "1Z999", "items", List.of(Map.of("order_product_id", line,
                        "quantity", 1)))).map(s -> s.path("id").asLong()).orElse(0L);
        call("v2", HttpMethod.GET, "/orders/" + id + "/shipments/" + shipment, null);
        call("v2", HttpMethod.PUT, "/orders/" + id + "/shipments/" + shipment, Map.of("tracking_number", "1Z998"));
        call("v2", HttpMethod.DELETE, "/orders/" + id + "/shipments/" + shipment, null);
        call("v2", HttpMethod.DELETE, "/orders/" + id, null);
    }

    private static Optional<JsonNode> call(String version, HttpMethod method, String path, Object body) {
        return call(version, method, path, body, Query.empty());
    }

    /** One call through the validating proxy; an error answer is recorded there and gives empty here. */
    private static Optional<JsonNode> call(String version, HttpMethod method, String path, Object body,
            Query query) {
        Object json = body == null ? null : JSON.valueToTree(body);
        return (version.equals("v2") ? client.v2() : client.v3())
                .exchange(method, path, query, json, JsonNode.class)
                .map(response -> Optional.ofNullable(response.body()))
                .onErrorResume(e -> reactor.core.publisher.Mono.just(Optional.empty()))
                .blockOptional().flatMap(o -> o);
    }
}
