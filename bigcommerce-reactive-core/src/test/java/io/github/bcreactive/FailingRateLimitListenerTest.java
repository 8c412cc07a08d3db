package io.github.bcreactive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.bcreactive.ratelimit.RateLimitOptions;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import reactor.test.StepVerifier;

/**
 * A rate-limit listener that throws never fails the call: the limiter logs it and goes on. (JVM-fatal errors such as
 * {@code OutOfMemoryError} are the exception, as everywhere in Reactor.)
 */
class FailingRateLimitListenerTest {

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

    static Stream<Arguments> failures() {
        return Stream.<Supplier<Throwable>>of(
                        () -> new IllegalStateException("listener broke"),
                        () -> new AssertionError("listener asserted"),
                        () -> new NoSuchMethodException("listener linked badly"))
                .map(failure -> Arguments.of(failure.get().getClass().getSimpleName(), failure));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void theCallSucceedsWhateverTheListenerThrows(String name, Supplier<Throwable> failure) {
        AtomicInteger told = new AtomicInteger();
        for (int i = 0; i < 2; i++) {
            api.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                    .addHeader("X-Rate-Limit-Requests-Quota", "150").addHeader("X-Rate-Limit-Time-Window-Ms", "30000")
                    .addHeader("X-Rate-Limit-Time-Reset-Ms", "12000").addHeader("X-Rate-Limit-Requests-Left", 1)
                    .body("{\"data\":{}}").build());
        }
        try (BigCommerceClients stores = BigCommerceClients.builder()
                .clientSettings(builder -> builder.apiUrl("http://127.0.0.1:" + api.getPort()))
                .rateLimitOptions(RateLimitOptions.builder().minRequestsRemaining(0).listener(state -> {
                    told.incrementAndGet();
                    sneakyThrow(failure.get());
                }).build())
                .build()) {
            BigCommerceClient store = stores.forStore("store1", "t0k3n");

            StepVerifier.create(store.v3().get("/store")).expectNextCount(1).verifyComplete();
            StepVerifier.create(store.v3().get("/store")).expectNextCount(1).verifyComplete();
        }
        assertThat(told).hasValue(2);
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> void sneakyThrow(Throwable failure) throws E {
        throw (E) failure;
    }
}
