package io.github.bcreactive.autoconfigure.observation;

import java.util.List;

import io.github.bcreactive.autoconfigure.BigCommerceAutoConfiguration;
import io.github.bcreactive.autoconfigure.BigCommerceProperties;
import io.github.bcreactive.autoconfigure.BigCommerceRateLimiterDecorator;
import io.github.bcreactive.autoconfigure.BigCommerceWebClientCustomizer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Micrometer observations of the BigCommerce clients when an {@link ObservationRegistry} bean exists (Spring Boot's
 * actuator makes one): the clients' own WebClient builder observes each attempt with the
 * {@link BigCommerceObservationConvention} ({@value BigCommerceObservations#REQUESTS}, counted once, never again in
 * {@code http.client.requests}), and their rate limiter observes the waits for permits. With
 * {@code bigcommerce.observations.store-gauges=true} and a {@link MeterRegistry}, per-store gauges of the limiter
 * are registered. See {@link BigCommerceObservations}.
 */
@AutoConfiguration(before = BigCommerceAutoConfiguration.class, afterName = {
        "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass(ObservationRegistry.class)
@ConditionalOnBean(ObservationRegistry.class)
public final class BigCommerceObservationAutoConfiguration {

    /** Created by Spring Boot. */
    BigCommerceObservationAutoConfiguration() {
    }

    @Bean
    BigCommerceWebClientCustomizer bigCommerceObservationWebClientCustomizer(ObservationRegistry registry,
            BigCommerceProperties properties) {
        BigCommerceObservationConvention convention = new BigCommerceObservationConvention(
                properties.observations().storeTag());
        BigCommerceObservationFilter filter = new BigCommerceObservationFilter();
        return builder -> builder.observationRegistry(registry).observationConvention(convention).filter(filter);
    }

    @Bean
    BigCommerceRateLimiterDecorator bigCommerceObservationRateLimiterDecorator(ObservationRegistry registry,
            BigCommerceProperties properties, ObjectProvider<StoreGaugeRegistrar> gauges) {
        StoreGaugeRegistrar storeGauges = properties.observations().storeGauges() ? gauges.getIfAvailable() : null;
        return limiter -> new ObservedRateLimiter(limiter, registry, properties.observations().storeTag(),
                storeGauges);
    }

    /** The per-store gauges, with Micrometer's meter registry. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    @ConditionalOnBean(MeterRegistry.class)
    static final class GaugesConfiguration {

        @Bean
        StoreGaugeRegistrar bigCommerceStoreGauges(MeterRegistry meters) {
            return state -> register(meters, state);
        }

        private static void register(MeterRegistry meters, StoreLimiterState state) {
            Tags tags = Tags.of(BigCommerceObservations.STORE, state.store());
            List.of(
                    Gauge.builder(BigCommerceObservations.REQUESTS_LEFT, state, StoreLimiterState::requestsLeft)
                            .description("Requests left in the store's rate-limit window, per its last response"),
                    Gauge.builder(BigCommerceObservations.WAITERS, state, StoreLimiterState::waiters)
                            .description("Requests waiting for a rate-limit permit of the store"),
                    Gauge.builder(BigCommerceObservations.HOLD, state, StoreLimiterState::holdSeconds)
                            .description("Seconds left of the store's hold after a 429").baseUnit("seconds"))
                    .forEach(gauge -> gauge.tags(tags).register(meters));
        }
    }
}
