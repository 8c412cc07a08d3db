package io.github.bcreactive.autoconfigure;

import java.time.Duration;
import java.util.Set;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.BigCommerceClients;
import io.github.bcreactive.http.HttpPolicy;
import io.github.bcreactive.http.RetryOptions;
import io.github.bcreactive.ratelimit.RateLimiter;
import io.github.bcreactive.ratelimit.TokenBucketRateLimiter;
import io.github.bcreactive.ratelimit.RateLimitStatus;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import static io.github.bcreactive.autoconfigure.StartupFailures.allMessages;
import static io.github.bcreactive.autoconfigure.StartupFailures.configurationFailure;
import static org.assertj.core.api.Assertions.assertThat;

class BigCommerceAutoConfigurationTests {

    private static final String TOKEN = "tok-3f9a7c1e55d04b2d";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class,
                    BigCommerceAutoConfiguration.class));

    @Test
    void withoutPropertiesOnlyTheFactoryIsDefined() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(BigCommerceClients.class);
            assertThat(context).doesNotHaveBean(BigCommerceClient.class);
            assertThat(context.getBean(BigCommerceStores.class).names()).isEmpty();
            assertThat(context.getBean(BigCommerceClients.class).rateLimiter())
                    .isInstanceOf(TokenBucketRateLimiter.class);
        });
    }

    @Test
    void oneStoreGivesAClient() {
        runner.withPropertyValues("bigcommerce.store-hash=abc123", "bigcommerce.access-token=" + TOKEN)
                .run(context -> {
                    assertThat(context).hasSingleBean(BigCommerceClient.class);
                    assertThat(context.getBean(BigCommerceClient.class).storeHash()).isEqualTo("abc123");
                    assertThat(context.getBean(BigCommerceStores.class).names()).isEmpty();
                });
    }

    @Test
    void manyStoresGiveARegistryByNameInTheOrderConfigured() {
        runner.withPropertyValues("bigcommerce.stores.us.store-hash=us1", "bigcommerce.stores.us.access-token=a",
                "bigcommerce.stores.eu.store-hash=eu1", "bigcommerce.stores.eu.access-token=b",
                "bigcommerce.stores.au.store-hash=au1", "bigcommerce.stores.au.access-token=c")
                .run(context -> {
                    BigCommerceStores stores = context.getBean(BigCommerceStores.class);
                    assertThat(stores.names()).containsExactly("us", "eu", "au");
                    assertThat(stores.get("eu").storeHash()).isEqualTo("eu1");
                    assertThat(context).doesNotHaveBean(BigCommerceClient.class);
                });
    }

    @Test
    void unknownStoreNameIsAClearError() {
        runner.withPropertyValues("bigcommerce.stores.eu.store-hash=eu1", "bigcommerce.stores.eu.access-token=b")
                .run(context -> {
                    BigCommerceStores stores = context.getBean(BigCommerceStores.class);
                    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                            .isThrownBy(() -> stores.get("us"))
                            .withMessageContaining("'us'").withMessageContaining("[eu]");
                });
    }

    @Test
    void oneStoreAndManyStoresCanBeConfiguredTogether() {
        runner.withPropertyValues("bigcommerce.store-hash=abc123", "bigcommerce.access-token=" + TOKEN,
                "bigcommerce.stores.eu.store-hash=eu1", "bigcommerce.stores.eu.access-token=b")
                .run(context -> {
                    assertThat(context).hasSingleBean(BigCommerceClient.class);
                    assertThat(context.getBean(BigCommerceStores.class).names()).containsExactly("eu");
                });
    }

    @Test
    void applicationBeansWin() {
        runner.withPropertyValues("bigcommerce.store-hash=abc123", "bigcommerce.access-token=" + TOKEN,
                "bigcommerce.stores.eu.store-hash=eu1", "bigcommerce.stores.eu.access-token=b")
                .withUserConfiguration(OwnBeans.class)
                .run(context -> {
                    assertThat(context.getBean(BigCommerceClients.class)).isSameAs(OwnBeans.CLIENTS);
                    assertThat(context.getBean(BigCommerceClient.class).storeHash()).isEqualTo("own");
                    assertThat(context.getBean(BigCommerceStores.class).names()).isEmpty();
                });
    }

    @Test
    void missingAccessTokenFailsStartupNamingTheProperty() {
        runner.withPropertyValues("bigcommerce.store-hash=abc123").run(context -> {
            BigCommerceConfigurationException failure = configurationFailure(context.getStartupFailure());
            assertThat(failure.property()).isEqualTo("bigcommerce.access-token");
            assertThat(failure).hasMessage("The property 'bigcommerce.access-token' is required when "
                    + "'bigcommerce.store-hash' is set.");
        });
    }

    @Test
    void missingStoreHashFailsStartupWithoutShowingTheToken() {
        runner.withPropertyValues("bigcommerce.access-token=" + TOKEN).run(context -> {
            Throwable startup = context.getStartupFailure();
            BigCommerceConfigurationException failure = configurationFailure(startup);
            assertThat(failure.property()).isEqualTo("bigcommerce.store-hash");
            FailureAnalysis analysis = new BigCommerceConfigurationFailureAnalyzer().analyze(startup);
            assertThat(analysis.getDescription()).contains("'bigcommerce.store-hash' is required");
            assertThat(analysis.getAction()).contains("'bigcommerce.store-hash'").contains("BIGCOMMERCE_STOREHASH");
            assertThat(allMessages(startup) + analysis.getDescription() + analysis.getAction()).doesNotContain(TOKEN);
        });
    }

    @Test
    void missingPropertyOfANamedStoreIsNamedWithTheStore() {
        runner.withPropertyValues("bigcommerce.stores.eu.store-hash=eu1").run(context -> {
            assertThat(configurationFailure(context.getStartupFailure()).property())
                    .isEqualTo("bigcommerce.stores.eu.access-token");
        });
    }

    @Test
    void malformedUrlFailsStartupNamingTheProperty() {
        runner.withPropertyValues("bigcommerce.store-hash=abc123", "bigcommerce.access-token=" + TOKEN,
                "bigcommerce.api-url=ftp://nowhere").run(context -> {
                    Throwable startup = context.getStartupFailure();
                    assertThat(allMessages(startup)).contains("'bigcommerce.api-url' must be an absolute http")
                            .doesNotContain(TOKEN);
                });
    }

    @Test
    void propertyDefaultsAreTheClientDefaults() {
        runner.run(context -> {
            BigCommerceProperties properties = context.getBean(BigCommerceProperties.class);
            assertThat(properties.retry().toOptions()).isEqualTo(RetryOptions.defaults());
            assertThat(properties.apiUrl()).isEqualTo(BigCommerceClient.Builder.DEFAULT_API_URL);
            assertThat(properties.loginUrl()).isEqualTo(BigCommerceClient.Builder.DEFAULT_LOGIN_URL);
            assertThat(properties.pageConcurrency()).isEqualTo(BigCommerceClient.Builder.DEFAULT_PAGE_CONCURRENCY);
            assertThat(properties.health().cacheTimeToLive()).isEqualTo(Duration.ofSeconds(30));
        });
    }

    @Test
    void retryAndTimeoutPropertiesBind() {
        runner.withPropertyValues("bigcommerce.retry.max-retries=5", "bigcommerce.retry.methods=get,head,put",
                "bigcommerce.retry.max-throttle-wait=30s", "bigcommerce.timeouts.response=5s").run(context -> {
                    BigCommerceProperties properties = context.getBean(BigCommerceProperties.class);
                    RetryOptions retry = properties.retry().toOptions();
                    assertThat(retry.maxRetries()).isEqualTo(5);
                    assertThat(retry.methods()).isEqualTo(Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.PUT));
                    assertThat(retry.maxThrottleWait()).isEqualTo(Duration.ofSeconds(30));
                    assertThat(properties.timeouts().response()).isEqualTo(Duration.ofSeconds(5));
                });
    }

    @Test
    void toStringNeverShowsSecrets() {
        runner.withPropertyValues("bigcommerce.store-hash=abc123", "bigcommerce.access-token=" + TOKEN,
                "bigcommerce.client-id=app", "bigcommerce.client-secret=very-secret-value",
                "bigcommerce.stores.eu.store-hash=eu1",
                "bigcommerce.stores.eu.access-token=eu-token-value").run(context -> {
                    String text = context.getBean(BigCommerceProperties.class).toString();
                    assertThat(text).contains("abc123", "eu1").doesNotContain(TOKEN, "very-secret-value",
                            "eu-token-value");
                });
    }

    @Test
    void clientsCallTheConfiguredHostWithTheTokenAndClientId() {
        try (MockApi api = new MockApi()) {
            api.enqueue(200, "{\"time\":1700000000}");
            runner.withPropertyValues("bigcommerce.store-hash=abc123", "bigcommerce.access-token=" + TOKEN,
                    "bigcommerce.client-id=my-client", "bigcommerce.api-url=" + api.url()).run(context -> {
                        JsonNode time = context.getBean(BigCommerceClient.class).v2().get("/time").block();
                        assertThat(time.path("time").asLong()).isEqualTo(1_700_000_000L);
                        RecordedRequest request = api.take();
                        assertThat(request.getUrl().encodedPath()).isEqualTo("/stores/abc123/v2/time");
                        assertThat(request.getHeaders().get("X-Auth-Token")).isEqualTo(TOKEN);
                        assertThat(request.getHeaders().get("X-Auth-Client")).isEqualTo("my-client");
                    });
        }
    }

    @Test
    void customizersApplyToTheBigCommerceClientsOnly() {
        try (MockApi api = new MockApi()) {
            api.enqueue(200, "{}").enqueue(200, "{}");
            runner.withPropertyValues("bigcommerce.store-hash=abc123", "bigcommerce.access-token=" + TOKEN,
                    "bigcommerce.api-url=" + api.url()).withUserConfiguration(Customizers.class).run(context -> {
                        context.getBean(BigCommerceClient.class).v3().get("/catalog/summary").block();
                        assertThat(api.take().getHeaders().values("X-Customized")).containsExactly("first", "second");

                        WebClient other = context.getBean(WebClient.Builder.class).build();
                        other.get().uri(api.url() + "/other").retrieve().toBodilessEntity().block();
                        assertThat(api.take().getHeaders().get("X-Customized")).isNull();
                    });
        }
    }

    @Test
    void httpPolicyBeansJoinEveryClientsPipelineInTheirOrder() {
        try (MockApi api = new MockApi()) {
            api.enqueue(503, "{}").enqueue(200, "{}");
            runner.withPropertyValues("bigcommerce.store-hash=abc123", "bigcommerce.access-token=" + TOKEN,
                    "bigcommerce.api-url=" + api.url(), "bigcommerce.retry.initial-backoff=1ms")
                    .withUserConfiguration(Policies.class).run(context -> {
                        context.getBean(BigCommerceClient.class).v3().get("/catalog/summary").block();
                        // the policies run on every attempt, after the retry step, in @Order
                        assertThat(api.take().getHeaders().values("X-Step")).containsExactly("first", "second");
                        RecordedRequest retried = api.take();
                        assertThat(retried.getHeaders().values("X-Step")).containsExactly("first", "second");
                        assertThat(retried.getHeaders().get("X-Attempt")).isEqualTo("2");
                    });
        }
    }

    @Test
    void theCallTimeoutPropertyBinds() {
        runner.withPropertyValues("bigcommerce.timeouts.call=90s").run(context ->
                assertThat(context.getBean(BigCommerceProperties.class).timeouts().call())
                        .isEqualTo(Duration.ofSeconds(90)));
    }

    @Configuration(proxyBeanMethods = false)
    static class Policies {

        @Bean
        @Order(2)
        HttpPolicy second() {
            return (request, next) -> {
                request.headers().add("X-Step", "second");
                return next.proceed();
            };
        }

        @Bean
        @Order(1)
        HttpPolicy first() {
            return (request, next) -> {
                request.headers().add("X-Step", "first");
                request.headers().set("X-Attempt", String.valueOf(request.attempt()));
                return next.proceed();
            };
        }
    }

    @Test
    void worksWithoutSpringBootsWebClientBuilder() {
        try (MockApi api = new MockApi()) {
            api.enqueue(200, "{}");
            new ApplicationContextRunner()
                    .withConfiguration(AutoConfigurations.of(BigCommerceAutoConfiguration.class))
                    .withPropertyValues("bigcommerce.store-hash=abc123", "bigcommerce.access-token=" + TOKEN,
                            "bigcommerce.api-url=" + api.url())
                    .withUserConfiguration(Customizers.class)
                    .run(context -> {
                        assertThat(context).doesNotHaveBean(WebClient.Builder.class);
                        context.getBean(BigCommerceClient.class).v3().get("/catalog/summary").block();
                        assertThat(api.take().getHeaders().values("X-Customized")).containsExactly("first", "second");
                    });
        }
    }

    @Test
    void rateLimitPropertiesShapeTheSharedTokenBucket() {
        runner.withPropertyValues("bigcommerce.rate-limit.min-requests-remaining=5",
                "bigcommerce.rate-limit.wait-until-reset=true", "bigcommerce.rate-limit.initial-permits=2")
                .run(context -> {
                    BigCommerceProperties.RateLimit rateLimit = context.getBean(BigCommerceProperties.class)
                            .rateLimit();
                    assertThat(rateLimit.minRequestsRemaining()).isEqualTo(5);
                    assertThat(rateLimit.waitUntilReset()).isTrue();
                    assertThat(rateLimit.initialPermits()).isEqualTo(2);
                    assertThat(context.getBean(BigCommerceClients.class).rateLimiter())
                            .isInstanceOf(TokenBucketRateLimiter.class);
                });
    }

    @Test
    void aDisabledRateLimitLetsRequestsGoAtOnce() {
        runner.withPropertyValues("bigcommerce.rate-limit.enabled=false").run(context ->
                assertThat(context.getBean(BigCommerceClients.class).rateLimiter()).isSameAs(RateLimiter.unlimited()));
    }

    @Test
    void anInvalidRateLimitSettingFailsStartupNamingTheProperty() {
        runner.withPropertyValues("bigcommerce.rate-limit.initial-permits=0").run(context ->
                assertThat(allMessages(context.getStartupFailure()))
                        .contains("'bigcommerce.rate-limit.initial-permits' must be 1 or more"));
    }

    @Test
    void theApplicationsRateLimiterIsSharedWrappedByTheDecoratorsInOrder() {
        runner.withUserConfiguration(Limiters.class).run(context -> {
            RateLimiter shared = context.getBean(BigCommerceClients.class).rateLimiter();
            assertThat(shared).isInstanceOf(Named.class);
            assertThat(shared.toString()).isEqualTo("outer(inner(app))");
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnBeans {

        static final BigCommerceClients CLIENTS = BigCommerceClients.builder().build();

        @Bean
        BigCommerceClients ownClients() {
            return CLIENTS;
        }

        @Bean
        BigCommerceClient ownClient() {
            return BigCommerceClient.builder().storeHash("own").accessToken("t").build();
        }

        @Bean
        BigCommerceStores ownStores() {
            return new BigCommerceStores(java.util.Map.of());
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Customizers {

        @Bean
        @Order(2)
        BigCommerceWebClientCustomizer second() {
            return builder -> builder.filter(header("second"));
        }

        @Bean
        @Order(1)
        BigCommerceWebClientCustomizer first() {
            return builder -> builder.filter(header("first"));
        }
    }

    private static ExchangeFilterFunction header(String value) {
        return (request, next) -> next.exchange(ClientRequest.from(request).header("X-Customized", value).build());
    }

    @Configuration(proxyBeanMethods = false)
    static class Limiters {

        @Bean
        RateLimiter appLimiter() {
            return new Named("app", RateLimiter.unlimited());
        }

        @Bean
        @Order(2)
        BigCommerceRateLimiterDecorator outer() {
            return limiter -> new Named("outer(" + limiter + ")", limiter);
        }

        @Bean
        @Order(1)
        BigCommerceRateLimiterDecorator inner() {
            return limiter -> new Named("inner(" + limiter + ")", limiter);
        }
    }

    /** A limiter that passes calls on and names itself. */
    record Named(String name, RateLimiter delegate) implements RateLimiter {

        @Override
        public Mono<Void> acquire(String storeHash) {
            return delegate.acquire(storeHash);
        }

        @Override
        public void onResponse(String storeHash, RateLimitStatus status) {
            delegate.onResponse(storeHash, status);
        }

        @Override
        public void onThrottled(String storeHash, Duration wait) {
            delegate.onThrottled(storeHash, wait);
        }

        @Override
        public String toString() {
            return name;
        }
    }

}
