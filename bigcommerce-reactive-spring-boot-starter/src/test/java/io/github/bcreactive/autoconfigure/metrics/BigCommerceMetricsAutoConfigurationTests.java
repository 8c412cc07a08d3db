package io.github.bcreactive.autoconfigure.metrics;

import java.time.Duration;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.BigCommerceClients;
import io.github.bcreactive.autoconfigure.BigCommerceAutoConfiguration;
import io.github.bcreactive.autoconfigure.MockApi;
import io.github.bcreactive.ratelimit.RateLimitStatus;
import io.github.bcreactive.ratelimit.RateLimiter;
import io.github.bcreactive.ratelimit.TokenBucketRateLimiter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

class BigCommerceMetricsAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(BigCommerceAutoConfiguration.class,
                    BigCommerceMetricsAutoConfiguration.class));

    @Test
    void withARegistryTheClientsAreMetered() {
        runner.withUserConfiguration(Registry.class).run(context -> {
            assertThat(context).hasSingleBean(MetricsExchangeFilter.class);
            assertThat(context.getBean(BigCommerceClients.class).rateLimiter()).isInstanceOf(MeteredRateLimiter.class);
        });
    }

    @Test
    void withoutARegistryNothingIsMetered() {
        runner.run(context -> {
            assertThat(context).doesNotHaveBean(MetricsExchangeFilter.class);
            assertThat(context.getBean(BigCommerceClients.class).rateLimiter())
                    .isInstanceOf(TokenBucketRateLimiter.class);
        });
    }

    @Test
    void withoutMicrometerNothingIsMetered() {
        runner.withClassLoader(new FilteredClassLoader(MeterRegistry.class)).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(MetricsExchangeFilter.class);
            assertThat(context.getBean(BigCommerceClients.class).rateLimiter())
                    .isInstanceOf(TokenBucketRateLimiter.class);
        });
    }

    @Test
    void anApplicationFilterReplacesOurs() {
        runner.withUserConfiguration(Registry.class, OwnFilter.class).run(context -> {
            assertThat(context.getBean(MetricsExchangeFilter.class)).isSameAs(OwnFilter.FILTER);
        });
    }

    @Test
    void requestsThrottlesAndRetriesAreCountedByStoreMethodAndStatus() {
        try (MockApi api = new MockApi()) {
            api.enqueue(429, "{\"status\":429,\"title\":\"Too many requests\"}",
                            RateLimitStatus.RESET_HEADER, "1", RateLimitStatus.LEFT_HEADER, "0")
                    .enqueue(200, "{\"time\":1}")
                    .enqueue(503, "{\"status\":503,\"title\":\"Unavailable\"}")
                    .enqueue(200, "{\"time\":2}");
            runner.withUserConfiguration(Registry.class)
                    .withPropertyValues("bigcommerce.store-hash=abc123", "bigcommerce.access-token=t",
                            "bigcommerce.api-url=" + api.url(), "bigcommerce.retry.initial-backoff=1ms",
                            "bigcommerce.retry.max-backoff=1ms")
                    .run(context -> {
                        BigCommerceClient client = context.getBean(BigCommerceClient.class);
                        assertThat(client.v2().get("/time").block().path("time").asInt()).isEqualTo(1);
                        assertThat(client.v2().get("/time").block().path("time").asInt()).isEqualTo(2);

                        MeterRegistry registry = context.getBean(MeterRegistry.class);
                        assertThat(requests(registry, "429")).isEqualTo(1);
                        assertThat(requests(registry, "503")).isEqualTo(1);
                        assertThat(requests(registry, "200")).isEqualTo(2);
                        assertThat(registry.get(BigCommerceMeters.THROTTLED).tag("store", "abc123").counter().count())
                                .isEqualTo(1);
                        assertThat(registry.get(BigCommerceMeters.RETRIES).tags("store", "abc123", "method", "GET")
                                .counter().count()).isEqualTo(2);
                    });
        }
    }

    @Test
    void aRefusedAttemptIsRecordedOnceWithItsStatus() {
        try (MockApi api = new MockApi()) {
            api.enqueue(401, "{\"status\":401,\"title\":\"Unauthorized\"}");
            runner.withUserConfiguration(Registry.class)
                    .withPropertyValues("bigcommerce.store-hash=abc123", "bigcommerce.access-token=t",
                            "bigcommerce.api-url=" + api.url())
                    .run(context -> {
                        BigCommerceClient client = context.getBean(BigCommerceClient.class);
                        assertThat(client.v2().get("/time").onErrorResume(e -> Mono.empty()).block()).isNull();
                        MeterRegistry registry = context.getBean(MeterRegistry.class);
                        assertThat(requests(registry, "401")).isEqualTo(1);
                        assertThat(registry.find(BigCommerceMeters.REQUESTS).timers()).hasSize(1);
                    });
        }
    }

    @Test
    void transportFailuresAreRecordedAsIoErrors() {
        MockApi api = new MockApi();
        String url = api.url();
        api.close();
        runner.withUserConfiguration(Registry.class)
                .withPropertyValues("bigcommerce.store-hash=abc123", "bigcommerce.access-token=t",
                        "bigcommerce.api-url=" + url, "bigcommerce.retry.max-retries=0")
                .run(context -> {
                    BigCommerceClient client = context.getBean(BigCommerceClient.class);
                    assertThat(client.v2().get("/time").onErrorResume(e -> Mono.empty()).block()).isNull();
                    assertThat(requests(context.getBean(MeterRegistry.class), "IO_ERROR")).isEqualTo(1);
                });
    }

    @Test
    void permitsThatWaitAreRecordedAndFreeOnesAreNot() {
        runner.withUserConfiguration(Registry.class, SlowLimiter.class).run(context -> {
            RateLimiter limiter = context.getBean(BigCommerceClients.class).rateLimiter();
            limiter.acquire("slow").block();
            limiter.acquire("slow").block();
            limiter.acquire("free").block();
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            Timer waits = registry.get(BigCommerceMeters.RATE_LIMIT_WAITS).tag("store", "slow").timer();
            assertThat(waits.count()).isEqualTo(2);
            assertThat(registry.find(BigCommerceMeters.RATE_LIMIT_WAITS).tag("store", "free").timer()).isNull();
        });
    }

    private static long requests(MeterRegistry registry, String status) {
        return registry.get(BigCommerceMeters.REQUESTS)
                .tags("store", "abc123", "method", "GET", "status", status).timer().count();
    }

    @Configuration(proxyBeanMethods = false)
    static class Registry {
        @Bean
        SimpleMeterRegistry registry() {
            return new SimpleMeterRegistry();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnFilter {
        static final MetricsExchangeFilter FILTER = new MetricsExchangeFilter(new SimpleMeterRegistry());

        @Bean
        MetricsExchangeFilter ownFilter() {
            return FILTER;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class SlowLimiter {
        @Bean
        RateLimiter slowForOneStore() {
            return new RateLimiter() {
                @Override
                public Mono<Void> acquire(String storeHash) {
                    return storeHash.equals("slow") ? Mono.delay(Duration.ofMillis(20)).then() : Mono.empty();
                }

                @Override
                public void onResponse(String storeHash, RateLimitStatus status) {
                }

                @Override
                public void onThrottled(String storeHash, Duration wait) {
                }
            };
        }
    }
}
