package io.github.bcreactive.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RateLimitTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));

    private BigCommerceSimulator simulator(int quota, Faults faults, boolean retryAfter) {
        return BigCommerceSimulator.builder().products(10).quota(quota, Duration.ofSeconds(30)).faults(faults)
                .retryAfterHeader(retryAfter).clock(clock).build().start();
    }

    @Test
    void everyResponseCarriesTheFourHeadersAndTheSpentQuotaGets429() {
        try (BigCommerceSimulator sim = simulator(3, Faults.none(), true)) {
            Http http = new Http(sim, sim.storeHashes().get(0));
            for (int left = 2; left >= 0; left--) {
                Http.Reply ok = http.get("/v3/catalog/products/1");
                assertThat(ok.status()).isEqualTo(200);
                assertThat(ok.header("X-Rate-Limit-Time-Window-Ms")).isEqualTo("30000");
                assertThat(ok.header("X-Rate-Limit-Time-Reset-Ms")).isEqualTo("30000");
                assertThat(ok.header("X-Rate-Limit-Requests-Quota")).isEqualTo("3");
                assertThat(ok.header("X-Rate-Limit-Requests-Left")).isEqualTo(Integer.toString(left));
            }
            clock.advance(Duration.ofSeconds(10));
            Http.Reply limited = http.get("/v2/time");
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.header("X-Rate-Limit-Requests-Left")).isEqualTo("0");
            assertThat(limited.header("X-Rate-Limit-Time-Reset-Ms")).isEqualTo("20000");
            assertThat(limited.header("X-Retry-After")).isEqualTo("20");
            assertThat(limited.json().get(0).path("status").asInt()).isEqualTo(429);
            assertThat(sim.stats().rateLimited()).isEqualTo(1);

            clock.advance(Duration.ofSeconds(20));
            Http.Reply fresh = http.get("/v3/catalog/products/1");
            assertThat(fresh.status()).isEqualTo(200);
            assertThat(fresh.header("X-Rate-Limit-Requests-Left")).isEqualTo("2");
        }
    }

    @Test
    void storesHaveTheirOwnWindows() {
        try (BigCommerceSimulator sim = BigCommerceSimulator.builder().stores(2).products(1).quota(1, Duration.ofSeconds(30))
                .clock(clock).build().start()) {
            Http first = new Http(sim, sim.storeHashes().get(0));
            Http second = new Http(sim, sim.storeHashes().get(1));
            assertThat(first.get("/v2/time").status()).isEqualTo(200);
            assertThat(first.get("/v2/time").status()).isEqualTo(429);
            assertThat(second.get("/v2/time").status()).isEqualTo(200);
        }
    }

    @Test
    void retryAfterHeaderIsOptional() {
        try (BigCommerceSimulator sim = simulator(1, Faults.none(), false)) {
            Http http = new Http(sim, sim.storeHashes().get(0));
            http.get("/v2/time");
            Http.Reply limited = http.get("/v2/time");
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.header("X-Retry-After")).isNull();
            assertThat(limited.header("X-Rate-Limit-Time-Reset-Ms")).isNotNull();
        }
    }

    @Test
    void otherAppsSpendTheSharedQuotaOverTheWindow() {
        try (BigCommerceSimulator sim = simulator(10, Faults.builder().otherAppsRate(1.0).build(), true)) {
            Http http = new Http(sim, sim.storeHashes().get(0));
            assertThat(http.get("/v2/time").header("X-Rate-Limit-Requests-Left")).isEqualTo("9");
            clock.advance(Duration.ofSeconds(5));
            assertThat(http.get("/v2/time").header("X-Rate-Limit-Requests-Left")).isEqualTo("3");
            clock.advance(Duration.ofSeconds(5));
            assertThat(http.get("/v2/time").status()).isEqualTo(429);
        }
    }

    @Test
    void platformLoad429HasNoRateLimitHeaders() {
        try (BigCommerceSimulator sim = simulator(100, Faults.builder().rateLimitsWithoutHeaders(1.0).build(), true)) {
            Http.Reply reply = new Http(sim, sim.storeHashes().get(0)).get("/v3/catalog/products");
            assertThat(reply.status()).isEqualTo(429);
            assertThat(reply.response().headers().map().keySet()).noneMatch(h -> h.toLowerCase().startsWith("x-rate-limit"));
            assertThat(reply.header("X-Retry-After")).isNull();
            assertThat(sim.stats().rateLimited()).isEqualTo(1);
        }
    }
}
