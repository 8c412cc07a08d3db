package io.github.bcreactive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import io.github.bcreactive.support.MockApi;
import io.github.bcreactive.support.RecordingRateLimiter;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** Many stores from one factory: one pool, one limiter, each store with its own path and token. */
class BigCommerceClientsTest {

    @Test
    void eachStoreSendsItsOwnHashAndTokenThroughTheSharedLimiter() {
        RecordingRateLimiter limiter = new RecordingRateLimiter();
        try (MockApi api = MockApi.start();
                BigCommerceClients stores = BigCommerceClients.builder()
                        .clientSettings(builder -> builder.apiUrl(api.url()).responseTimeout(Duration.ofSeconds(30)))
                        .rateLimiter(limiter)
                        .maxConnections(4)
                        .build()) {
            api.enqueue(200, "{}");
            api.enqueue(200, "{}");

            StepVerifier.create(stores.forStore("store1", "token-1").v3().get("/store")).expectNextCount(1)
                    .verifyComplete();
            StepVerifier.create(stores.forStore("store2", "token-2").v2().get("/store")).expectNextCount(1)
                    .verifyComplete();

            RecordedRequest first = api.takeRequest();
            RecordedRequest second = api.takeRequest();
            assertThat(first.getTarget()).isEqualTo("/stores/store1/v3/store");
            assertThat(first.getHeaders().get("X-Auth-Token")).isEqualTo("token-1");
            assertThat(second.getTarget()).isEqualTo("/stores/store2/v2/store");
            assertThat(second.getHeaders().get("X-Auth-Token")).isEqualTo("token-2");
            assertThat(stores.rateLimiter()).isSameAs(limiter);
            assertThat(limiter.events()).containsExactly("acquire store1", "response store1",
                    "acquire store2", "response store2");
        }
    }

    @Test
    void aBadStoreIsRefusedAndABadPoolSizeToo() {
        try (BigCommerceClients stores = BigCommerceClients.builder().build()) {
            assertThatThrownBy(() -> stores.forStore(" ", "token")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'storeHash'");
        }
        assertThatThrownBy(() -> BigCommerceClients.builder().maxConnections(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'maxConnections'");
    }
}
