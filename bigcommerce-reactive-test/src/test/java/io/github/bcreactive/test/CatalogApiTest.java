package io.github.bcreactive.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class CatalogApiTest {

    static BigCommerceSimulator sim;
    static Http http;
    static String store;

    @BeforeAll
    static void start() {
        sim = BigCommerceSimulator.builder().stores(2).products(120).quota(100_000, java.time.Duration.ofSeconds(30))
                .seed(7).build().start();
        store = sim.storeHashes().get(0);
        http = new Http(sim, store);
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void missingOrWrongTokenIs401InEachVersionsShape() {
        Http anonymous = new Http(sim, store, null);
        Http.Reply v3 = anonymous.get("/v3/catalog/products");
        assertThat(v3.status()).isEqualTo(401);
        assertThat(v3.json().path("status").asInt()).isEqualTo(401);
        assertThat(v3.json().path("title").asString()).isNotEmpty();

        Http otherStoresToken = new Http(sim, store, sim.accessToken(sim.storeHashes().get(1)));
        Http.Reply v2 = otherStoresToken.get("/v2/orders");
        assertThat(v2.status()).isEqualTo(401);
        assertThat(v2.json().isArray()).isTrue();
        assertThat(v2.json().get(0).path("status").asInt()).isEqualTo(401);
    }

    @Test
    void productsPageWithPaginationMetaAndLinks() {
        Http.Reply reply = http.get("/v3/catalog/products?page=2&limit=50");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode pagination = reply.json().path("meta").path("pagination");
        assertThat(pagination.path("total").asInt()).isEqualTo(120);
        assertThat(pagination.path("count").asInt()).isEqualTo(50);
        assertThat(pagination.path("per_page").asInt()).isEqualTo(50);
        assertThat(pagination.path("current_page").asInt()).isEqualTo(2);
        assertThat(pagination.path("total_pages").asInt()).isEqualTo(3);
        assertThat(pagination.path("links").path("previous").asString()).isEqualTo("?page=1&limit=50");
        assertThat(pagination.path("links").path("current").asString()).isEqualTo("?page=2&limit=50");
        assertThat(pagination.path("links").path("next").asString()).isEqualTo("?page=3&limit=50");
        assertThat(reply.json().path("meta").has("cursor_pagination")).as("cursor is opt-in on products").isFalse();
        JsonNode first = reply.json().path("data").get(0);
        assertThat(first.path("id").asInt()).isEqualTo(51);
        assertThat(first.path("date_modified").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+00:00");

        JsonNode last = http.get("/v3/catalog/products?page=3&limit=50").json().path("meta").path("pagination");
        assertThat(last.path("count").asInt()).isEqualTo(20);
        assertThat(last.path("links").has("next")).isFalse();
    }

    @Test
    void limitOver250IsTheRealError() {
        Http.Reply v3 = http.get("/v3/catalog/products?limit=251");
        assertThat(v3.status()).isEqualTo(413);
        assertThat(v3.json().path("status").asInt()).isEqualTo(413);
        Http.Reply v2 = http.get("/v2/orders?limit=300");
        assertThat(v2.status()).isEqualTo(413);
        assertThat(v2.json().get(0).path("message").asString()).contains("250");
    }

    @Test
    void filtersAndIncludes() {
        JsonNode byIds = http.get("/v3/catalog/products?id:in=3,1,2,999&include=variants,images,custom_fields").json();
        assertThat(byIds.path("data")).extracting(n -> n.path("id").asInt()).containsExactly(1, 2, 3);
        JsonNode product = byIds.path("data").get(0);
        assertThat(product.path("variants").size()).isBetween(1, 3);
        assertThat(product.path("variants").get(0).path("product_id").asInt()).isEqualTo(1);
        assertThat(product.path("images").size()).isBetween(1, 2);
        assertThat(product.has("custom_fields")).isTrue();

        JsonNode visible = http.get("/v3/catalog/products?is_visible=false&limit=250").json();
        assertThat(visible.path("data")).allMatch(p -> !p.path("is_visible").asBoolean());
        assertThat(visible.path("meta").path("pagination").path("total").asInt()).isBetween(1, 119);

        JsonNode sorted = http.get("/v3/catalog/products?sort=price&direction=desc&limit=10").json().path("data");
        List<Double> prices = new ArrayList<>();
        sorted.forEach(p -> prices.add(p.path("price").asDouble()));
        assertThat(prices).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void incrementalSyncByDateModifiedReturnsASubset() {
        JsonNode all = http.get("/v3/catalog/products?limit=250").json().path("data");
        List<String> dates = new ArrayList<>();
        all.forEach(p -> dates.add(p.path("date_modified").asString()));
        dates.sort(null);
        String median = dates.get(dates.size() / 2);
        JsonNode newer = http.get("/v3/catalog/products?limit=250&date_modified:min="
                + java.net.URLEncoder.encode(median, java.nio.charset.StandardCharsets.UTF_8)).json();
        int total = newer.path("meta").path("pagination").path("total").asInt();
        assertThat(total).isGreaterThan(0).isLessThan(120);
        assertThat(newer.path("data")).allMatch(p -> p.path("date_modified").asString().compareTo(median) >= 0);
    }

    @Test
    void cursorPagingOnProductsWalksEveryRowOnce() {
        List<Integer> seen = new ArrayList<>();
        String after = "";
        for (int guard = 0; guard < 10; guard++) {
            JsonNode page = http.get("/v3/catalog/products?limit=50&after=" + after).json();
            page.path("data").forEach(p -> seen.add(p.path("id").asInt()));
            JsonNode cursor = page.path("meta").path("cursor_pagination");
            assertThat(cursor.path("per_page").asInt()).isEqualTo(50);
            if (!cursor.path("links").has("next")) {
                break;
            }
            assertThat(cursor.path("links").path("next").asString()).startsWith("?limit=50&after=");
            after = java.net.URLEncoder.encode(cursor.path("end_cursor").asString(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(seen).hasSize(120).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void customersCarryBothPaginationAndCursorMeta() {
        JsonNode meta = http.get("/v3/customers?limit=10").json().path("meta");
        assertThat(meta.path("pagination").path("total").asInt()).isEqualTo(200);
        String end = meta.path("cursor_pagination").path("end_cursor").asString();
        assertThat(java.util.Base64.getDecoder().decode(end)).asString().isEqualTo("id:10");
        JsonNode next = http.get("/v3/customers?limit=10&after=" + java.net.URLEncoder.encode(end,
                java.nio.charset.StandardCharsets.UTF_8)).json();
        assertThat(next.path("data").get(0).path("id").asInt()).isEqualTo(11);
    }

    @Test
    void productLifecycleWithRealStatusCodes() {
        Http.Reply created = http.post("/v3/catalog/products",
                "{\"name\":\"Lifecycle Lamp\",\"type\":\"physical\",\"weight\":1.5,\"price\":19.99,\"categories\":[1]}");
        assertThat(created.status()).isEqualTo(200);
        long id = created.json().path("data").path("id").asLong();
        assertThat(id).isGreaterThan(120);

        assertThat(http.post("/v3/catalog/products",
                "{\"name\":\"lifecycle lamp\",\"type\":\"physical\",\"weight\":1,\"price\":1}").status()).isEqualTo(409);
        Http.Reply invalid = http.post("/v3/catalog/products", "{\"name\":\"No price\"}");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().path("errors").has("price")).isTrue();

        Http.Reply updated = http.put("/v3/catalog/products/" + id, "{\"price\":25.0}");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(http.get("/v3/catalog/products/" + id).json().path("data").path("price").asDouble()).isEqualTo(25.0);

        assertThat(http.delete("/v3/catalog/products/" + id).status()).isEqualTo(204);
        assertThat(http.get("/v3/catalog/products/" + id).status()).isEqualTo(404);
        assertThat(http.delete("/v3/catalog/products/" + id).status()).isEqualTo(404);
    }

    @Test
    void deleteByIdInRemovesRowsAndTheirVariants() {
        Http other = new Http(sim, sim.storeHashes().get(1));
        assertThat(other.delete("/v3/catalog/products?id:in=5,6").status()).isEqualTo(204);
        assertThat(other.get("/v3/catalog/products/5").status()).isEqualTo(404);
        assertThat(other.get("/v3/catalog/products/5/variants").status()).isEqualTo(404);
        assertThat(other.get("/v3/catalog/products?limit=1").json().path("meta").path("pagination").path("total")
                .asInt()).isEqualTo(118);
        assertThat(other.delete("/v3/catalog/products").status()).isEqualTo(422);
    }

    @Test
    void batchUpdateIs207WhenOneRowIsInvalidAnd413OverTen() {
        Http.Reply partial = http.put("/v3/catalog/products",
                "[{\"id\":10,\"price\":11.5},{\"id\":11,\"price\":\"cheap\"},{\"id\":12,\"is_featured\":true}]");
        assertThat(partial.status()).isEqualTo(207);
        assertThat(partial.json().path("data").size()).isEqualTo(2);
        assertThat(partial.json().path("errors").path("errors").has("1")).isTrue();
        assertThat(http.get("/v3/catalog/products/10").json().path("data").path("price").asDouble()).isEqualTo(11.5);

        StringBuilder eleven = new StringBuilder("[");
        for (int i = 1; i <= 11; i++) {
            eleven.append(i > 1 ? "," : "").append("{\"id\":").append(i).append('}');
        }
        Http.Reply tooMany = http.put("/v3/catalog/products", eleven.append(']').toString());
        assertThat(tooMany.status()).isEqualTo(413);
        assertThat(tooMany.json().path("title").asString()).contains("10");
    }

    @Test
    void variantsImagesCustomFieldsCategoriesBrandsAndWebhooks() {
        JsonNode variants = http.get("/v3/catalog/products/1/variants").json();
        assertThat(variants.path("data").get(0).path("product_id").asInt()).isEqualTo(1);
        long variantId = variants.path("data").get(0).path("id").asLong();
        assertThat(http.get("/v3/catalog/products/1/variants/" + variantId).status()).isEqualTo(200);
        assertThat(http.get("/v3/catalog/products/2/variants/" + variantId).status()).isEqualTo(404);
        Http.Reply field = http.post("/v3/catalog/products/1/custom-fields", "{\"name\":\"Warranty\",\"value\":\"2y\"}");
        assertThat(field.status()).isEqualTo(200);
        assertThat(field.json().path("data").has("product_id")).isFalse();
        assertThat(http.post("/v3/catalog/products/1/custom-fields", "{\"name\":\"Warranty\",\"value\":\"3y\"}").status())
                .isEqualTo(409);
        assertThat(http.get("/v3/catalog/variants?limit=5").json().path("data").size()).isEqualTo(5);

        assertThat(http.get("/v3/catalog/categories").json().path("meta").path("pagination").path("total").asInt())
                .isEqualTo(20);
        assertThat(http.post("/v3/catalog/brands", "{\"name\":\"Acme Tools\"}").status()).isEqualTo(200);
        assertThat(http.post("/v3/catalog/brands", "{\"name\":\"acme tools\"}").status()).isEqualTo(409);

        Http.Reply hook = http.post("/v3/hooks", "{\"scope\":\"store/product/updated\",\"destination\":\"https://x.example/h\"}");
        assertThat(hook.status()).isEqualTo(200);
        assertThat(hook.json().path("data").path("client_id").asString()).isEqualTo(sim.clientId());
        long hookId = hook.json().path("data").path("id").asLong();
        assertThat(http.post("/v3/hooks", "{\"scope\":\"store/product/updated\"}").status()).isEqualTo(422);
        assertThat(http.delete("/v3/hooks/" + hookId).status()).isEqualTo(200);
        assertThat(http.get("/v3/hooks/" + hookId).status()).isEqualTo(404);
    }

    @Test
    void customersBatchCreateValidatesAndCaps() {
        Http.Reply created = http.post("/v3/customers",
                "[{\"email\":\"new.one@example.com\",\"first_name\":\"New\",\"last_name\":\"One\"}]");
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.json().path("data").get(0).path("id").asInt()).isGreaterThan(200);
        assertThat(http.post("/v3/customers", "[{\"email\":\"x@example.com\"}]").status()).isEqualTo(422);
        assertThat(http.post("/v3/customers",
                "[{\"email\":\"new.one@example.com\",\"first_name\":\"A\",\"last_name\":\"B\"}]").status()).isEqualTo(422);
        StringBuilder eleven = new StringBuilder("[");
        for (int i = 0; i < 11; i++) {
            eleven.append(i > 0 ? "," : "").append("{\"email\":\"c").append(i)
                    .append("@example.com\",\"first_name\":\"C\",\"last_name\":\"D\"}");
        }
        assertThat(http.post("/v3/customers", eleven.append(']').toString()).status()).isEqualTo(413);
    }

    @Test
    void unknownPathsAndMethods() {
        assertThat(http.get("/v3/catalog/nothing").status()).isEqualTo(404);
        Http.Reply wrongMethod = http.send("POST", "/v3/catalog/products/1", "{}");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.json().path("detail").asString()).contains("POST");
        assertThat(http.post("/v3/catalog/products", "{not json").status()).isEqualTo(400);
    }
}
