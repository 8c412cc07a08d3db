package io.github.bcreactive.autoconfigure.redis;

import java.time.Duration;

import io.github.bcreactive.redis.RedisRateLimiter;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rate limiter shared through Redis ({@code bigcommerce.rate-limit.redis.*}): every JVM of the application
 * spends each store's quota together, through the application's Spring Boot Redis connection
 * ({@code spring.data.redis.*}, Lettuce). The quota options are those of {@code bigcommerce.rate-limit.*}.
 *
 * @param enabled Whether the clients share each store's quota with the application's other JVMs through Redis.
 * @param keyPrefix Prefix of the per-store keys in Redis.
 * @param acquireTimeout How long one question to Redis may take before requests fail (or use the local limiter).
 * @param fallbackToLocal Whether requests take permits from this JVM's own limiter while Redis is unreachable,
 *     instead of failing with RateLimiterUnavailableException.
 */
@ConfigurationProperties(BigCommerceRedisProperties.PREFIX)
public record BigCommerceRedisProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue(RedisRateLimiter.DEFAULT_KEY_PREFIX) String keyPrefix,
        @DefaultValue("3s") Duration acquireTimeout,
        @DefaultValue("false") boolean fallbackToLocal) {

    /** The prefix of these properties. */
    public static final String PREFIX = "bigcommerce.rate-limit.redis";
}
