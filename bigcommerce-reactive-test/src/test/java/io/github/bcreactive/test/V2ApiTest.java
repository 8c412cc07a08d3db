package io.github.bcreactive.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class V2ApiTest {

    static BigCommerceSimulator sim;
    static Http http;

    @BeforeAll
    static void start() {
        sim = BigCommerceSimulator.builder().store("abc123").products(50).orders(30).customers(20)
                .quota(100_000, java.time.Duration.ofSeconds(30)).build().start();
        http = new Http(sim, "abc123");
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void ordersPageAsArraysWithRfc2822DatesAnd204PastTheLastPage() {
        Http.Reply first = http.get("/v2/orders?limit=20");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().isArray()).isTrue();
        assertThat(first.json().size()).isEqualTo(20);
        JsonNode order = first.json().get(0);
        assertThat(order.path("date_created").asString()).matches("[A-Z][a-z]{2}, \\d\\d [A-Z][a-z]{2} \\d{4} \\d\\d:\\d\\d:\\d\\d \\+0000");
        assertThat(order.path("products").path("url").asString())
                .isEqualTo(sim.baseUrl() + "/stores/abc123/v2/orders/1/products");
        assertThat(http.get("/v2/orders?limit=20&page=2").json().size()).isEqualTo(10);
        Http.Reply past = http.get("/v2/orders?limit=20&page=3");
        assertThat(past.status()).isEqualTo(204);
        assertThat(past.body()).isEmpty();
        assertThat(http.get("/v2/orders/count").json().path("count").asInt()).isEqualTo(30);
    }

    @Test
    void orderSubResources() {
        JsonNode lines = http.get("/v2/orders/1/products").json();
        assertThat(lines.get(0).path("order_id").asInt()).isEqualTo(1);
        assertThat(http.get("/v2/orders/1/shipping_addresses").json().get(0).path("order_id").asInt()).isEqualTo(1);
        assertThat(http.get("/v2/orders/1/coupons").status()).isIn(200, 204);
        assertThat(http.get("/v2/orders/1/shipments/count").json().has("count")).isTrue();
        assertThat(http.get("/v2/orders/999/products").status()).isEqualTo(404);
        assertThat(http.get("/v2/orders/999").json().get(0).path("message").asString()).contains("not found");
    }

    @Test
    void createUpdateAndDeleteAnOrder() {
        Http.Reply created = http.post("/v2/orders", "{\"customer_id\":0,\"billing_address\":{\"first_name\":\"A\","
                + "\"last_name\":\"B\",\"email\":\"a@example.com\"},\"products\":[{\"product_id\":3,\"quantity\":2}]}");
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        assertThat(created.json().path("items_total").asInt()).isEqualTo(2);
        assertThat(http.get("/v2/orders/" + id + "/products").json().get(0).path("product_id").asInt()).isEqualTo(3);
        Http.Reply shipment = http.post("/v2/orders/" + id + "/shipments",
                "{\"order_address_id\":1,\"tracking_number\":\"T1\",\"items\":[{\"order_product_id\":1,\"quantity\":1}]}");
        assertThat(shipment.status()).isEqualTo(201);
        Http.Reply missing = http.post("/v2/orders", "{\"products\":[{\"product_id\":3}]}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get(0).path("message").asString()).contains("billing_address");
        Http.Reply updated = http.put("/v2/orders/" + id, "{\"status_id\":2}");
        assertThat(updated.json().path("status").asString()).isEqualTo("Shipped");
        assertThat(http.delete("/v2/orders/" + id).status()).isEqualTo(204);
        assertThat(http.get("/v2/orders/" + id).status()).isEqualTo(404);
    }

    @Test
    void storeTimeAndLegacyCollections() {
        JsonNode store = http.get("/v2/store").json();
        assertThat(store.path("id").asString()).isEqualTo("abc123");
        assertThat(store.path("secure_url").asString()).isEqualTo(sim.baseUrl());
        assertThat(http.get("/v2/time").json().path("time").asLong()).isPositive();
        JsonNode product = http.get("/v2/products/1").json();
        assertThat(product.path("price").asString()).matches("\\d+\\.\\d{4}");
        assertThat(http.get("/v2/products/count").json().path("count").asInt()).isEqualTo(50);
        assertThat(http.get("/v2/customers?limit=5").json().size()).isEqualTo(5);
        assertThat(http.get("/v2/customers/count").json().path("count").asInt()).isEqualTo(20);
        assertThat(http.get("/v2/categories/6").json().path("parent_category_list").size()).isEqualTo(2);
        assertThat(http.get("/v2/products?page=9&limit=10").status()).isEqualTo(204);
    }
}
