package io.github.bcreactive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.bcreactive.http.RetryOptions;
import io.github.bcreactive.ratelimit.QuotaState;
import io.github.bcreactive.ratelimit.RateLimitOptions;
import io.github.bcreactive.ratelimit.RateLimiter;
import io.github.bcreactive.ratelimit.TokenBucketRateLimiter;
import io.github.bcreactive.support.RecordingRateLimiter;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import reactor.test.StepVerifier;

/** The multi-store factory hands one limiter to every store's client, and the transport reports to it. */
class BigCommerceClientsRateLimitTest {

    private static final String TOKEN = "t0k3n";

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

    private static String url(int port) {
        return "http://127.0.0.1:" + port;
    }

    private static MockResponse quota(int left) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .addHeader("X-Rate-Limit-Requests-Quota", "150").addHeader("X-Rate-Limit-Time-Window-Ms", "30000")
                .addHeader("X-Rate-Limit-Time-Reset-Ms", "12000").addHeader("X-Rate-Limit-Requests-Left", left)
                .body("{\"data\":{}}").build();
    }

    @Test
    void everyStoresClientSharesTheDefaultTokenBucketLimiter() {
        List<QuotaState> reported = new CopyOnWriteArrayList<>();
        api.enqueue(quota(149));
        api.enqueue(quota(42));
        try (BigCommerceClients stores = BigCommerceClients.builder()
                .clientSettings(builder -> builder.apiUrl(url(api.getPort())))
                .rateLimitOptions(RateLimitOptions.builder().listener(reported::add).build())
                .build()) {

            StepVerifier.create(stores.forStore("store1", TOKEN).v3().get("/store")).expectNextCount(1)
                    .verifyComplete();
            StepVerifier.create(stores.forStore("store2", TOKEN).v3().get("/store")).expectNextCount(1)
                    .verifyComplete();

            assertThat(stores.rateLimiter()).isInstanceOf(TokenBucketRateLimiter.class);
        }
        assertThat(reported).extracting(QuotaState::storeHash).containsExactly("store1", "store2");
        assertThat(reported).extracting(QuotaState::left).containsExactly(149, 42);
        assertThat(reported).allSatisfy(state -> assertThat(state.quota()).isEqualTo(150));
    }

    @Test
    void aGivenLimiterReplacesTheDefaultOne() {
        RecordingRateLimiter recording = new RecordingRateLimiter();
        api.enqueue(quota(100));
        try (BigCommerceClients stores = BigCommerceClients.builder()
                .clientSettings(builder -> builder.apiUrl(url(api.getPort())))
                .rateLimiter(recording)
                .build()) {

            StepVerifier.create(stores.forStore("store1", TOKEN).v3().get("/store")).expectNextCount(1)
                    .verifyComplete();
        }
        assertThat(recording.events()).containsExactly("acquire store1", "response store1 left=100");
    }

    @Test
    void aRequestThatGotNoResponseIsReportedAsSuch() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        RecordingRateLimiter recording = new RecordingRateLimiter();
        try (BigCommerceClients stores = BigCommerceClients.builder()
                .clientSettings(builder -> builder.apiUrl(url(closedPort))
                        .retry(RetryOptions.defaults().withMaxRetries(0)))
                .rateLimiter(recording)
                .build()) {

            StepVerifier.create(stores.forStore("store1", TOKEN).v3().get("/store")).expectError().verify();
        }
        assertThat(recording.events()).containsExactly("acquire store1", "no response store1");
    }

    @Test
    void optionsAreForTheDefaultLimiterOnly() {
        BigCommerceClients.Builder builder = BigCommerceClients.builder()
                .rateLimiter(RateLimiter.unlimited())
                .rateLimitOptions(RateLimitOptions.defaults());

        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rateLimitOptions");
    }
}
