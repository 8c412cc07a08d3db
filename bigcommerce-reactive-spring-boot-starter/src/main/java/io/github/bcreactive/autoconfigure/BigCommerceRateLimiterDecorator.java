package io.github.bcreactive.autoconfigure;

import io.github.bcreactive.ratelimit.RateLimiter;

/**
 * Wraps the rate limiter that every BigCommerce client of the application shares, e.g. to measure its waits. Beans
 * of this type are applied in order, each to the result of the one before; the observation auto-configuration
 * contributes one.
 *
 * <pre>{@code
 * @Bean
 * BigCommerceRateLimiterDecorator logged() {
 *     return limiter -> new LoggingRateLimiter(limiter);
 * }
 * }</pre>
 */
@FunctionalInterface
public interface BigCommerceRateLimiterDecorator {

    /**
     * Wraps a limiter.
     *
     * @param rateLimiter the limiter to wrap
     * @return the wrapping limiter, which must pass every call on to {@code rateLimiter}
     */
    RateLimiter decorate(RateLimiter rateLimiter);
}
