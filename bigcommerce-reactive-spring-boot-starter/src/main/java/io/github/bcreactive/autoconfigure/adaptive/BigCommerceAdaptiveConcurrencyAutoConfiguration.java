package io.github.bcreactive.autoconfigure.adaptive;

import io.github.bcreactive.autoconfigure.BigCommerceAutoConfiguration;
import io.github.bcreactive.autoconfigure.BigCommerceConfigurationException;
import io.github.bcreactive.autoconfigure.BigCommerceRateLimiterDecorator;
import io.github.bcreactive.ratelimit.AdaptiveConcurrencyLimiter;
import io.github.bcreactive.ratelimit.AdaptiveConcurrencyOptions;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Adaptive concurrency per store, opt-in with {@code bigcommerce.rate-limit.adaptive-concurrency.enabled=true}: a
 * {@link BigCommerceRateLimiterDecorator}, applied first, that puts an {@link AdaptiveConcurrencyLimiter} in front of
 * the clients' limiter (the local token bucket, the Redis one, or the application's own), so that metering
 * decorators see the whole wait.
 */
@AutoConfiguration(before = BigCommerceAutoConfiguration.class)
@ConditionalOnBooleanProperty(BigCommerceAdaptiveConcurrencyProperties.PREFIX + ".enabled")
@EnableConfigurationProperties(BigCommerceAdaptiveConcurrencyProperties.class)
public final class BigCommerceAdaptiveConcurrencyAutoConfiguration {

    /** Created by Spring Boot. */
    BigCommerceAdaptiveConcurrencyAutoConfiguration() {
    }

    /**
     * Wraps the clients' limiter in the adaptive limit.
     *
     * @param properties the {@code bigcommerce.rate-limit.adaptive-concurrency.*} properties
     * @return the decorator
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    BigCommerceRateLimiterDecorator bigCommerceAdaptiveConcurrency(BigCommerceAdaptiveConcurrencyProperties properties) {
        AdaptiveConcurrencyOptions options;
        try {
            options = properties.toOptions();
        } catch (IllegalArgumentException e) {
            throw new BigCommerceConfigurationException(BigCommerceAdaptiveConcurrencyProperties.PREFIX,
                    "Invalid BigCommerce setting under '" + BigCommerceAdaptiveConcurrencyProperties.PREFIX + "': "
                            + e.getMessage(), e);
        }
        return limiter -> AdaptiveConcurrencyLimiter.around(limiter, options);
    }
}
