package io.github.bcreactive.autoconfigure.redis;

import io.github.bcreactive.autoconfigure.BigCommerceAutoConfiguration;
import io.github.bcreactive.autoconfigure.BigCommerceConfigurationException;
import io.github.bcreactive.autoconfigure.BigCommerceProperties;
import io.github.bcreactive.ratelimit.RateLimiter;
import io.github.bcreactive.ratelimit.TokenBucketRateLimiter;
import io.github.bcreactive.redis.RedisRateLimiter;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.codec.StringCodec;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * The {@link RedisRateLimiter} as the clients' shared limiter, with {@code bigcommerce.rate-limit.redis.enabled=true}:
 * it opens its own connection on the Lettuce client of the application's Spring Boot Redis connection factory
 * ({@code spring-boot-starter-data-redis}, configured by {@code spring.data.redis.*}), and spends each store's quota
 * with the options of {@code bigcommerce.rate-limit.*}. It needs {@code bigcommerce-reactive-redis} and Spring Data
 * Redis with Lettuce on the classpath (it stays off without them), a standalone or Sentinel Redis, and backs off
 * when the application defines its own {@link RateLimiter}. The decorators of {@link BigCommerceAutoConfiguration}
 * (metrics) wrap it as they wrap the local one.
 */
@AutoConfiguration(before = BigCommerceAutoConfiguration.class,
        afterName = "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration")
@ConditionalOnClass({RedisRateLimiter.class, LettuceConnectionFactory.class, RedisClient.class})
@ConditionalOnBooleanProperty(BigCommerceRedisProperties.PREFIX + ".enabled")
@EnableConfigurationProperties({BigCommerceProperties.class, BigCommerceRedisProperties.class})
public final class BigCommerceRedisRateLimiterAutoConfiguration {

    private static final String ENABLED = BigCommerceRedisProperties.PREFIX + ".enabled";

    /** Created by Spring Boot. */
    BigCommerceRedisRateLimiterAutoConfiguration() {
    }

    /**
     * The limiter's own connection on the application's Redis client, closed with the context.
     *
     * @param connectionFactory Spring Boot's Lettuce connection factory
     * @return the connection
     */
    @Bean
    @ConditionalOnMissingBean(RateLimiter.class)
    RedisLimiterConnection bigCommerceRedisLimiterConnection(ObjectProvider<LettuceConnectionFactory> connectionFactory) {
        LettuceConnectionFactory factory = connectionFactory.getIfAvailable();
        if (factory == null) {
            throw new BigCommerceConfigurationException(ENABLED, "The property '" + ENABLED + "' needs Spring Boot's "
                    + "Lettuce Redis connection (spring-boot-starter-data-redis, spring.data.redis.*); none is "
                    + "defined.", null);
        }
        AbstractRedisClient client = factory.getRequiredNativeClient();
        if (!(client instanceof RedisClient standalone)) {
            throw new BigCommerceConfigurationException(ENABLED, "The property '" + ENABLED + "' needs a standalone "
                    + "or Sentinel Redis; a Redis Cluster is not supported by the shared rate limiter.", null);
        }
        return new RedisLimiterConnection(standalone.connect(StringCodec.UTF8));
    }

    /**
     * The rate limiter shared by every client of the application and by its other JVMs.
     *
     * @param connection the limiter's connection
     * @param properties the {@code bigcommerce.*} properties, for the quota options
     * @param redis the {@code bigcommerce.rate-limit.redis.*} properties
     * @return the limiter
     */
    @Bean
    @ConditionalOnMissingBean(RateLimiter.class)
    RedisRateLimiter bigCommerceRedisRateLimiter(RedisLimiterConnection connection, BigCommerceProperties properties,
            BigCommerceRedisProperties redis) {
        RateLimiter configured;
        try {
            configured = properties.rateLimit().toRateLimiter();
        } catch (IllegalArgumentException e) {
            throw new BigCommerceConfigurationException("bigcommerce.rate-limit", "Invalid BigCommerce setting under "
                    + "'bigcommerce.rate-limit': " + e.getMessage(), e);
        }
        if (!(configured instanceof TokenBucketRateLimiter local)) {
            throw new BigCommerceConfigurationException(ENABLED, "The property '" + ENABLED + "' needs the rate "
                    + "limiter on: 'bigcommerce.rate-limit.enabled' is false.", null);
        }
        RedisRateLimiter.Builder limiter = RedisRateLimiter.builder(connection.connection())
                .options(local.options())
                .keyPrefix(redis.keyPrefix());
        try {
            limiter.acquireTimeout(redis.acquireTimeout());
        } catch (IllegalArgumentException e) {
            String property = BigCommerceRedisProperties.PREFIX + ".acquire-timeout";
            throw new BigCommerceConfigurationException(property, "Invalid BigCommerce setting '" + property + "': "
                    + e.getMessage(), e);
        }
        if (redis.fallbackToLocal()) {
            limiter.fallback(local);
        }
        return limiter.build();
    }
}
