package io.github.bcreactive.autoconfigure.observation;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.BigCommerceClients;
import io.github.bcreactive.autoconfigure.BigCommerceAutoConfiguration;
import io.github.bcreactive.autoconfigure.MockApi;
import io.github.bcreactive.ratelimit.RateLimitStatus;
import io.github.bcreactive.ratelimit.RateLimiter;
import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.boot.webclient.autoconfigure.WebClientObservationAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clients' observations with a real {@link ObservationRegistry} ({@link TestObservationRegistry}, which also
 * checks every observation is started and stopped once) and Spring Boot's own WebClient observation configured: one
 * observation per attempt, none in {@code http.client.requests}, the template and the library's key-values.
 */
class BigCommerceObservationAutoConfigurationTests {

    private static final String REQUESTS = BigCommerceObservations.REQUESTS;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class,
                    WebClientAutoConfiguration.class, WebClientObservationAutoConfiguration.class,
                    BigCommerceAutoConfiguration.class, BigCommerceObservationAutoConfiguration.class))
            .withUserConfiguration(Registries.class)
            .withPropertyValues("bigcommerce.store-hash=abc123", "bigcommerce.access-token=t",
                    "bigcommerce.retry.initial-backoff=1ms", "bigcommerce.retry.max-backoff=1ms");

    @Test
    void oneObservationPerAttemptWithTheRetryCauseAndNoneInHttpClientRequests() {
        try (MockApi api = new MockApi()) {
            api.enqueue(503, "{\"status\":503,\"title\":\"Unavailable\"}")
                    .enqueue(429, "{\"status\":429,\"title\":\"Too many\"}", RateLimitStatus.RESET_HEADER, "1",
                            RateLimitStatus.LEFT_HEADER, "0")
                    .enqueue(200, "{\"id\":77}");
            runner.withPropertyValues("bigcommerce.api-url=" + api.url()).run(context -> {
                BigCommerceClient client = context.getBean(BigCommerceClient.class);
                StepVerifier.create(client.v3().get("/catalog/products/77")).expectNextCount(1).verifyComplete();

                TestObservationRegistry registry = context.getBean(TestObservationRegistry.class);
                TestObservationRegistryAssert.assertThat(registry)
                        .hasNumberOfObservationsWithNameEqualTo(REQUESTS, 3)
                        .hasNumberOfObservationsWithNameEqualTo("http.client.requests", 0);
                List<Observation.Context> attempts = context.getBean(Recorded.class).named(REQUESTS);
                assertThat(attempts).extracting(c -> value(c, "uri")).containsOnly(
                        "/stores/{store_hash}/v3/catalog/products/{product_id}");
                assertThat(attempts).extracting(c -> value(c, BigCommerceObservations.ATTEMPT))
                        .containsExactly("1", "2", "3");
                assertThat(attempts).extracting(c -> value(c, "status")).containsExactly("503", "429", "200");
                assertThat(attempts).extracting(c -> value(c, BigCommerceObservations.RETRY_CAUSE))
                        .containsExactly("none", "503", "429");
                assertThat(attempts).extracting(c -> value(c, BigCommerceObservations.RATE_LIMIT_WAITED))
                        .containsOnly("false");
                assertThat(attempts).allSatisfy(c -> assertThat(value(c, BigCommerceObservations.STORE)).isNull());
            });
        }
    }

    @Test
    void attemptsAreChildrenOfTheCallersObservationSoTracesCarryThem() {
        try (MockApi api = new MockApi()) {
            api.enqueue(200, "{\"time\":1}");
            runner.withPropertyValues("bigcommerce.api-url=" + api.url()).run(context -> {
                TestObservationRegistry registry = context.getBean(TestObservationRegistry.class);
                Observation parent = Observation.start("sync.job", registry);
                StepVerifier.create(context.getBean(BigCommerceClient.class).v2().get("/time")
                        .contextWrite(ctx -> ctx.put(ObservationThreadLocalAccessor.KEY, parent)))
                        .expectNextCount(1).verifyComplete();
                parent.stop();
                Observation.Context attempt = context.getBean(Recorded.class).named(REQUESTS).get(0);
                assertThat(attempt.getParentObservation()).isSameAs(parent);
                assertThat(attempt.getContextualName()).isEqualTo("bigcommerce get");
            });
        }
    }

    @Test
    void aQueuedPermitIsItsOwnObservationAndMarksTheAttempt() {
        try (MockApi api = new MockApi()) {
            api.enqueue(200, "{\"time\":1}");
            runner.withUserConfiguration(SlowLimiter.class)
                    .withPropertyValues("bigcommerce.api-url=" + api.url(), "bigcommerce.observations.store-tag=true")
                    .run(context -> {
                        StepVerifier.create(context.getBean(BigCommerceClient.class).v2().get("/time"))
                                .expectNextCount(1).verifyComplete();
                        Recorded recorded = context.getBean(Recorded.class);
                        assertThat(recorded.named(BigCommerceObservations.RATE_LIMIT_WAIT)).singleElement()
                                .satisfies(wait -> assertThat(value(wait, BigCommerceObservations.STORE))
                                        .isEqualTo("abc123"));
                        Observation.Context attempt = recorded.named(REQUESTS).get(0);
                        assertThat(value(attempt, BigCommerceObservations.RATE_LIMIT_WAITED)).isEqualTo("true");
                        assertThat(value(attempt, BigCommerceObservations.STORE)).isEqualTo("abc123");
                    });
        }
    }

    @Test
    void optInStoreGaugesFollowTheLimitersCalls() {
        runner.withPropertyValues("bigcommerce.observations.store-gauges=true").run(context -> {
            RateLimiter limiter = context.getBean(BigCommerceClients.class).rateLimiter();
            StepVerifier.create(limiter.acquire("abc123")).verifyComplete();
            limiter.onResponse("abc123", RateLimitStatus.parse(name -> name.equals(RateLimitStatus.LEFT_HEADER)
                    ? "42" : null));
            limiter.onThrottled("abc123", Duration.ofMinutes(10));
            MeterRegistry meters = context.getBean(MeterRegistry.class);
            assertThat(meters.get(BigCommerceObservations.REQUESTS_LEFT).tag(BigCommerceObservations.STORE, "abc123")
                    .gauge().value()).isEqualTo(42);
            assertThat(meters.get(BigCommerceObservations.WAITERS).gauge().value()).isZero();
            assertThat(meters.get(BigCommerceObservations.HOLD).gauge().value()).isBetween(500.0, 600.0);
        });
    }

    @Test
    void gaugesAreOffByDefault() {
        runner.run(context -> {
            RateLimiter limiter = context.getBean(BigCommerceClients.class).rateLimiter();
            StepVerifier.create(limiter.acquire("abc123")).verifyComplete();
            assertThat(context.getBean(MeterRegistry.class).find(BigCommerceObservations.WAITERS).gauge()).isNull();
        });
    }

    @Test
    void withoutMicrometerObservationNothingIsObserved() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(BigCommerceAutoConfiguration.class,
                        BigCommerceObservationAutoConfiguration.class))
                .withClassLoader(new FilteredClassLoader(ObservationRegistry.class))
                .run(context -> assertThat(context).hasNotFailed()
                        .doesNotHaveBean("bigCommerceObservationWebClientCustomizer"));
    }

    private static String value(Observation.Context context, String key) {
        KeyValue value = context.getLowCardinalityKeyValue(key);
        return value == null ? null : value.getValue();
    }

    @Configuration(proxyBeanMethods = false)
    static class Registries {

        @Bean
        Recorded recorded() {
            return new Recorded();
        }

        /** Spring Boot's ObservationAutoConfiguration registers the handler beans, {@link Recorded} among them. */
        @Bean
        TestObservationRegistry observationRegistry() {
            return TestObservationRegistry.create();
        }

        @Bean
        SimpleMeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }

    /** Every stopped observation's context, in order. */
    static final class Recorded implements ObservationHandler<Observation.Context> {

        private final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();

        @Override
        public boolean supportsContext(Observation.Context context) {
            return true;
        }

        @Override
        public void onStop(Observation.Context context) {
            stopped.add(context);
        }

        List<Observation.Context> named(String name) {
            return stopped.stream().filter(context -> name.equals(context.getName())).toList();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class SlowLimiter {

        @Bean
        RateLimiter slowLimiter() {
            return new RateLimiter() {
                @Override
                public Mono<Void> acquire(String storeHash) {
                    return Mono.delay(Duration.ofMillis(20)).then();
                }

                @Override
                public void onResponse(String storeHash, RateLimitStatus status) {
                }

                @Override
                public void onThrottled(String storeHash, Duration wait) {
                }

                @Override
                public void onNoResponse(String storeHash) {
                }
            };
        }
    }
}
