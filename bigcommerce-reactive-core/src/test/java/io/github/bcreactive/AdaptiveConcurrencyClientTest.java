package io.github.bcreactive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.bcreactive.http.RetryOptions;
import io.github.bcreactive.ratelimit.AdaptiveConcurrencyLimiter;
import io.github.bcreactive.ratelimit.AdaptiveConcurrencyOptions;
import io.github.bcreactive.ratelimit.TokenBucketRateLimiter;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import reactor.test.StepVerifier;

/** The transport tells the limiter each answer's status, so an adaptive limit learns from real calls. */
class AdaptiveConcurrencyClientTest {

    private MockWebServer api;

    @BeforeEach
    void start() throws IOException {
        api = new MockWebServer();
        api.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aStoreAnswering503HalvesItsLimitAcrossTheProcess() {
        api.enqueue(new MockResponse.Builder().code(503).addHeader("Content-Type", "application/json")
                .body("{\"status\":503,\"title\":\"Service Unavailable\"}").build());
        api.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body("{\"data\":{}}").build());
        AdaptiveConcurrencyLimiter limiter = AdaptiveConcurrencyLimiter.around(TokenBucketRateLimiter.create(),
                AdaptiveConcurrencyOptions.builder().initialLimit(8).build());
        try (BigCommerceClients stores = BigCommerceClients.builder()
                .clientSettings(builder -> builder.apiUrl("http://127.0.0.1:" + api.getPort())
                        .retry(new RetryOptions(2, Duration.ofMillis(1), Duration.ofMillis(1),
                                RetryOptions.defaults().methods(), RetryOptions.defaults().maxThrottleWait())))
                .rateLimiter(limiter)
                .build()) {

            StepVerifier.create(stores.forStore("store1", "t0k3n").v3().get("/store")).expectNextCount(1)
                    .verifyComplete();
        }
        assertThat(limiter.limit("store1")).isEqualTo(4);
        assertThat(limiter.limit("store2")).isEqualTo(8);
    }
}
