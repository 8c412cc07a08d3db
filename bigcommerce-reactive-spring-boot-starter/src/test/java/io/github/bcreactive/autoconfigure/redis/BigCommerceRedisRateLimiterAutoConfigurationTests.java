package io.github.bcreactive.autoconfigure.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.BigCommerceClients;
import io.github.bcreactive.autoconfigure.BigCommerceAutoConfiguration;
import io.github.bcreactive.autoconfigure.BigCommerceConfigurationException;
import io.github.bcreactive.autoconfigure.MockApi;
import io.github.bcreactive.ratelimit.RateLimitStatus;
import io.github.bcreactive.ratelimit.RateLimiter;
import io.github.bcreactive.ratelimit.TokenBucketRateLimiter;
import io.github.bcreactive.redis.LocalRedis;
import io.github.bcreactive.redis.RedisRateLimiter;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * {@code bigcommerce.rate-limit.redis.enabled=true} against a real {@code redis-server} (the system one, or the one
 * shipped in embedded-redis), reached through Spring Boot's own Redis auto-configuration.
 */
class BigCommerceRedisRateLimiterAutoConfigurationTests {

    private static final String TOKEN = "tok-3f9a7c1e55d04b2d";
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private static LocalRedis redis;

    private final String prefix = "test:" + UUID.randomUUID() + ":";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class, DataRedisAutoConfiguration.class,
                    BigCommerceRedisRateLimiterAutoConfiguration.class, BigCommerceAutoConfiguration.class));

    @BeforeAll
    static void startRedis() throws Exception {
        redis = LocalRedis.start();
    }

    @AfterAll
    static void stopRedis() throws Exception {
        if (redis != null) {
            redis.close();
        }
    }

    private ApplicationContextRunner withRedis(String... properties) {
        return runner.withPropertyValues("spring.data.redis.host=127.0.0.1",
                "spring.data.redis.port=" + redis.port(),
                "bigcommerce.rate-limit.redis.key-prefix=" + prefix).withPropertyValues(properties);
    }

    @Test
    void offByDefault() {
        withRedis().run(context -> {
            assertThat(context).doesNotHaveBean(RedisRateLimiter.class);
            assertThat(context.getBean(BigCommerceClients.class).rateLimiter())
                    .isInstanceOf(TokenBucketRateLimiter.class);
        });
    }

    @Test
    void enabledTheClientsShareTheStoresQuotaThroughBootsRedis() {
        try (MockApi api = new MockApi()) {
            api.enqueue(200, "{\"data\":{}}", RateLimitStatus.QUOTA_HEADER, "150",
                    RateLimitStatus.WINDOW_HEADER, "30000", RateLimitStatus.RESET_HEADER, "20000",
                    RateLimitStatus.LEFT_HEADER, "120");
            withRedis("bigcommerce.rate-limit.redis.enabled=true", "bigcommerce.api-url=" + api.url(),
                    "bigcommerce.store-hash=abc123", "bigcommerce.access-token=" + TOKEN).run(context -> {
                        assertThat(context).hasSingleBean(RedisRateLimiter.class);
                        assertThat(context.getBean(BigCommerceClients.class).rateLimiter())
                                .isSameAs(context.getBean(RedisRateLimiter.class));

                        assertThat(context.getBean(BigCommerceClient.class).v3().get("/store").block(PATIENCE))
                                .isNotNull();
                        // another request's permit through the limiter's connection comes after the report
                        context.getBean(RedisRateLimiter.class).acquire("barrier").block(PATIENCE);
                    });
        }
        try (StatefulRedisConnection<String, String> connection = redis.connect()) {
            assertThat(connection.sync().hgetall(prefix + "abc123"))
                    .containsEntry("tracking", "1").containsEntry("quota", "150");
        }
    }

    @Test
    void takesTheQuotaOptionsAndTheRedisSettingsFromTheProperties() {
        withRedis("bigcommerce.rate-limit.redis.enabled=true", "bigcommerce.rate-limit.redis.acquire-timeout=750ms",
                "bigcommerce.rate-limit.redis.fallback-to-local=true", "bigcommerce.rate-limit.initial-permits=2")
                .run(context -> {
                    BigCommerceRedisProperties properties = context.getBean(BigCommerceRedisProperties.class);
                    assertThat(properties.acquireTimeout()).isEqualTo(Duration.ofMillis(750));
                    assertThat(properties.fallbackToLocal()).isTrue();
                    RedisRateLimiter limiter = context.getBean(RedisRateLimiter.class);
                    limiter.acquire("s1").then(limiter.acquire("s1")).block(PATIENCE);
                });
        try (StatefulRedisConnection<String, String> connection = redis.connect()) {
            // both permits are in flight in Redis, under the configured prefix
            assertThat(connection.sync().hgetall(prefix + "s1")).containsEntry("cur", "2");
        }
    }

    @Test
    void backsOffForTheApplicationsOwnLimiter() {
        withRedis("bigcommerce.rate-limit.redis.enabled=true")
                .withBean(RateLimiter.class, RateLimiter::unlimited)
                .run(context -> {
                    assertThat(context).doesNotHaveBean(RedisRateLimiter.class);
                    assertThat(context.getBean(BigCommerceClients.class).rateLimiter())
                            .isSameAs(RateLimiter.unlimited());
                });
    }

    @Test
    void staysOffWithoutSpringDataRedis() {
        withRedis("bigcommerce.rate-limit.redis.enabled=true")
                .withClassLoader(new FilteredClassLoader(LettuceConnectionFactory.class))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(RedisRateLimiter.class);
                });
    }

    @Test
    void failsNamingThePropertyWhenTheLimiterIsOff() {
        withRedis("bigcommerce.rate-limit.redis.enabled=true", "bigcommerce.rate-limit.enabled=false")
                .run(context -> assertThat(context).getFailure()
                        .rootCause().isInstanceOf(BigCommerceConfigurationException.class)
                        .hasMessageContaining("bigcommerce.rate-limit.redis.enabled"));
    }

    @Test
    void failsNamingThePropertyWithoutBootsRedisConnection() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class,
                        BigCommerceRedisRateLimiterAutoConfiguration.class, BigCommerceAutoConfiguration.class))
                .withPropertyValues("bigcommerce.rate-limit.redis.enabled=true")
                .run(context -> assertThat(context).getFailure()
                        .rootCause().isInstanceOf(BigCommerceConfigurationException.class)
                        .hasMessageContaining("bigcommerce.rate-limit.redis.enabled")
                        .hasMessageContaining("spring.data.redis"));
    }
}
