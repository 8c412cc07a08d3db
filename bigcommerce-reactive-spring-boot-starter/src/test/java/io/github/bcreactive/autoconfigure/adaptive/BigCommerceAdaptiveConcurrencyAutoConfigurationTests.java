package io.github.bcreactive.autoconfigure.adaptive;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.BigCommerceClients;
import io.github.bcreactive.autoconfigure.BigCommerceAutoConfiguration;
import io.github.bcreactive.autoconfigure.BigCommerceConfigurationException;
import io.github.bcreactive.autoconfigure.MockApi;
import io.github.bcreactive.autoconfigure.observation.BigCommerceObservationAutoConfiguration;
import io.github.bcreactive.ratelimit.AdaptiveConcurrencyLimiter;
import io.github.bcreactive.ratelimit.TokenBucketRateLimiter;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

class BigCommerceAdaptiveConcurrencyAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class,
                    BigCommerceAdaptiveConcurrencyAutoConfiguration.class, BigCommerceAutoConfiguration.class));

    @Test
    void offByDefault() {
        runner.run(context -> assertThat(context.getBean(BigCommerceClients.class).rateLimiter())
                .isInstanceOf(TokenBucketRateLimiter.class));
    }

    @Test
    void enabledItWrapsTheQuotaLimiterAndLearnsFromTheCalls() {
        try (MockApi api = new MockApi()) {
            api.enqueue(503, "{\"status\":503,\"title\":\"Service Unavailable\"}");
            runner.withPropertyValues("bigcommerce.rate-limit.adaptive-concurrency.enabled=true",
                    "bigcommerce.rate-limit.adaptive-concurrency.initial-limit=6", "bigcommerce.api-url=" + api.url(),
                    "bigcommerce.store-hash=abc123", "bigcommerce.access-token=tok-3f9a7c1e55d04b2d",
                    "bigcommerce.retry.max-retries=0")
                    .run(context -> {
                        AdaptiveConcurrencyLimiter limiter = (AdaptiveConcurrencyLimiter) context
                                .getBean(BigCommerceClients.class).rateLimiter();
                        assertThat(limiter.limit("abc123")).isEqualTo(6);

                        context.getBean(BigCommerceClient.class).v3().get("/store")
                                .onErrorResume(error -> reactor.core.publisher.Mono.empty())
                                .block(java.time.Duration.ofSeconds(20));
                        assertThat(limiter.limit("abc123")).isEqualTo(3);
                    });
        }
    }

    @Test
    void observationsWrapTheAdaptiveLimit() {
        runner.withConfiguration(AutoConfigurations.of(BigCommerceObservationAutoConfiguration.class))
                .withBean(ObservationRegistry.class, ObservationRegistry::create)
                .withPropertyValues("bigcommerce.rate-limit.adaptive-concurrency.enabled=true")
                .run(context -> {
                    assertThat(context.getBean(BigCommerceClients.class).rateLimiter().toString())
                            .startsWith("ObservedRateLimiter[AdaptiveConcurrencyLimiter[");
                });
    }

    @Test
    void aBadLimitFailsNamingTheProperty() {
        runner.withPropertyValues("bigcommerce.rate-limit.adaptive-concurrency.enabled=true",
                "bigcommerce.rate-limit.adaptive-concurrency.min-limit=0")
                .run(context -> {
                    Throwable failure = context.getStartupFailure();
                    while (failure != null && !(failure instanceof BigCommerceConfigurationException)) {
                        failure = failure.getCause();
                    }
                    assertThat(failure).isInstanceOf(BigCommerceConfigurationException.class)
                            .hasMessageContaining("bigcommerce.rate-limit.adaptive-concurrency")
                            .hasMessageContaining("'minLimit'");
                });
    }
}
