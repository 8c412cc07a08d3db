package io.github.bcreactive.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class StatsAndScaleTest {

    @Test
    void countersByStoreMethodAndPathAndBytes() {
        try (BigCommerceSimulator sim = BigCommerceSimulator.builder().stores(2).products(10).build().start()) {
            String store = sim.storeHashes().get(0);
            Http http = new Http(sim, store);
            http.get("/v3/catalog/products/1");
            http.get("/v3/catalog/products/1");
            http.delete("/v3/catalog/products/2");
            new Http(sim, store, "wrong").get("/v2/time");
            SimulatorStats stats = sim.stats();
            assertThat(stats.requests(store, "GET", "/v3/catalog/products/1")).isEqualTo(2);
            assertThat(stats.requests(store, "DELETE", "/v3/catalog/products/2")).isEqualTo(1);
            assertThat(stats.requests(store)).isEqualTo(4);
            assertThat(stats.requests(sim.storeHashes().get(1))).isZero();
            assertThat(stats.requestsByCall(store)).containsEntry("GET /v2/time", 1L);
            assertThat(stats.bytesSent()).isGreaterThan(1000);
            stats.reset();
            assertThat(stats.requests()).isZero();
            assertThat(stats.bytesSent()).isZero();
        }
    }

    @Test
    void maxConcurrentRequestsPerStore() {
        // Bodies that never end keep every request in flight until its client leaves: no latency, no timing.
        try (BigCommerceSimulator sim = BigCommerceSimulator.builder().products(10)
                .faults(Faults.builder().endlessBodies(1.0).build()).build().start()) {
            String store = sim.storeHashes().get(0);
            List<RawHttp> open = new ArrayList<>();
            try {
                for (int i = 0; i < 6; i++) {
                    RawHttp call = RawHttp.get(sim, store, "/v2/time");
                    open.add(call);
                    assertThat(call.readHead()).startsWith("HTTP/1.1 200");
                }
                assertThat(sim.stats().maxConcurrent(store)).isEqualTo(6);
                assertThat(sim.stats().maxConcurrent(sim.storeHashes().get(0) + "x")).isZero();
            } finally {
                open.forEach(RawHttp::close);
            }
        }
    }

    @Test
    void aMillionProductsPageFilterAndSortLazily() {
        try (BigCommerceSimulator sim = BigCommerceSimulator.builder().products(1_000_000)
                .quota(1_000, Duration.ofSeconds(30)).build().start()) {
            Http http = new Http(sim, sim.storeHashes().get(0));
            JsonNode last = http.get("/v3/catalog/products?page=4000&limit=250").json();
            assertThat(last.path("meta").path("pagination").path("total").asLong()).isEqualTo(1_000_000);
            assertThat(last.path("data").get(249).path("id").asLong()).isEqualTo(1_000_000);
            assertThat(http.get("/v3/catalog/products/999999").status()).isEqualTo(200);
            assertThat(http.delete("/v3/catalog/products?id:in=1,2,3").status()).isEqualTo(204);
            JsonNode first = http.get("/v3/catalog/products?limit=1").json();
            assertThat(first.path("data").get(0).path("id").asLong()).isEqualTo(4);
            assertThat(first.path("meta").path("pagination").path("total").asLong()).isEqualTo(999_997);
            long recent = http.get("/v3/catalog/products?limit=1&date_modified:min=2023-12-01").json()
                    .path("meta").path("pagination").path("total").asLong();
            assertThat(recent).isPositive().isLessThan(999_997);
        }
    }

    @Test
    void storesTokensAndRowsDeriveFromTheSeed() {
        try (BigCommerceSimulator a = BigCommerceSimulator.builder().stores(2).seed(9).build();
             BigCommerceSimulator b = BigCommerceSimulator.builder().stores(2).seed(9).build();
             BigCommerceSimulator c = BigCommerceSimulator.builder().stores(2).seed(10).build()) {
            assertThat(a.storeHashes()).isEqualTo(b.storeHashes()).isNotEqualTo(c.storeHashes());
            assertThat(a.accessToken(a.storeHashes().get(0))).isEqualTo(b.accessToken(b.storeHashes().get(0)));
            assertThat(a.clientSecret()).isEqualTo(b.clientSecret()).isNotEqualTo(c.clientSecret());
            assertThat(a.toString()).doesNotContain(a.accessToken(a.storeHashes().get(0)), a.clientSecret());
            a.start();
            b.start();
            String body = new Http(a, a.storeHashes().get(0)).get("/v3/catalog/products/42").body();
            assertThat(new Http(b, b.storeHashes().get(0)).get("/v3/catalog/products/42").body()).isEqualTo(body);
        }
    }
}
