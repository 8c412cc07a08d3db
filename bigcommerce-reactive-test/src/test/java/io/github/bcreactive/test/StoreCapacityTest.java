package io.github.bcreactive.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** A store's capacity: calls beyond it are refused as under platform load, and it can drop while running. */
class StoreCapacityTest {

    @Test
    void callsBeyondTheCapacityAreRefusedWith503Or429WithoutQuotaHeaders() throws Exception {
        // every call is held for a second, so the four overlap: two are served, two refused
        try (BigCommerceSimulator sim = BigCommerceSimulator.builder().products(5).capacity(2)
                .latency(Duration.ofSeconds(1), Duration.ZERO).build().start()) {
            String store = sim.storeHashes().get(0);
            Http http = new Http(sim, store);

            List<HttpResponse<String>> replies = sendAtOnce(http, 4);

            assertThat(replies).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 200, 429, 503);
            HttpResponse<String> throttled = replies.stream().filter(reply -> reply.statusCode() == 429)
                    .findFirst().orElseThrow();
            assertThat(throttled.headers().firstValue("X-Rate-Limit-Requests-Left")).isEmpty();
            assertThat(sim.stats().rateLimited(store)).isEqualTo(1);

            sim.capacity(Integer.MAX_VALUE);
            assertThat(sendAtOnce(http, 4)).extracting(HttpResponse::statusCode).containsOnly(200);
        }
    }

    @Test
    void refusesABadCapacity() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> BigCommerceSimulator.builder().capacity(0))
                .withMessageContaining("'capacity'");
    }

    private static List<HttpResponse<String>> sendAtOnce(Http http, int count) {
        List<CompletableFuture<HttpResponse<String>>> calls = IntStream.range(0, count)
                .mapToObj(i -> Http.client().sendAsync(http.request("GET", "/v3/catalog/products/1", null,
                        Duration.ofSeconds(20)), HttpResponse.BodyHandlers.ofString()))
                .toList();
        return calls.stream().map(CompletableFuture::join).toList();
    }
}
