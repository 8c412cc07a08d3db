package io.github.bcreactive.autoconfigure.metrics;

import io.github.bcreactive.autoconfigure.BigCommerceAutoConfiguration;
import io.github.bcreactive.autoconfigure.BigCommerceRateLimiterDecorator;
import io.github.bcreactive.autoconfigure.BigCommerceWebClientCustomizer;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Micrometer metrics of the BigCommerce clients when Micrometer and a {@link MeterRegistry} are present: a
 * {@link MetricsExchangeFilter} on the clients' own WebClient builder (requests, latency, 429s, retries) and a
 * {@link MeteredRateLimiter} around their rate limiter (waits). See {@link BigCommerceMeters} for the meters.
 */
@AutoConfiguration(before = BigCommerceAutoConfiguration.class, afterName = {
        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
public final class BigCommerceMetricsAutoConfiguration {

    /** Created by Spring Boot. */
    BigCommerceMetricsAutoConfiguration() {
    }

    @Bean
    @ConditionalOnMissingBean
    MetricsExchangeFilter bigCommerceMetricsExchangeFilter(MeterRegistry registry) {
        return new MetricsExchangeFilter(registry);
    }

    @Bean
    BigCommerceWebClientCustomizer bigCommerceMetricsWebClientCustomizer(MetricsExchangeFilter filter) {
        return builder -> builder.filter(filter);
    }

    @Bean
    BigCommerceRateLimiterDecorator bigCommerceMetricsRateLimiterDecorator(MeterRegistry registry) {
        return limiter -> new MeteredRateLimiter(limiter, registry);
    }
}
