package io.github.bcreactive.autoconfigure.health;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.autoconfigure.BigCommerceAutoConfiguration;
import io.github.bcreactive.autoconfigure.BigCommerceProperties;
import io.github.bcreactive.autoconfigure.BigCommerceStores;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeReactiveHealthContributor;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * An Actuator health indicator per store, switched as Spring Boot's own indicators are:
 * {@code management.health.bigcommerce.enabled}, else {@code management.health.defaults.enabled} (on by default). It
 * is a composite contributor named {@code bigCommerce}, with one {@link BigCommerceHealthIndicator} per store under
 * {@code bigcommerce.stores} (by name) and one named {@code default} for the store of {@code bigcommerce.store-hash}.
 * Each indicator keeps its result for {@code bigcommerce.health.cache-time-to-live}, so probes cost at most one
 * request per store per period.
 */
@AutoConfiguration(after = BigCommerceAutoConfiguration.class)
@ConditionalOnClass(ReactiveHealthIndicator.class)
@ConditionalOnEnabledHealthIndicator("bigcommerce")
public final class BigCommerceHealthAutoConfiguration {

    /** The name of the single store's indicator. */
    public static final String DEFAULT_STORE = "default";

    /** Created by Spring Boot. */
    BigCommerceHealthAutoConfiguration() {
    }

    @Bean
    @Conditional(BigCommerceHealthConditions.AnyStore.class)
    @ConditionalOnMissingBean(name = "bigCommerceHealthContributor")
    CompositeReactiveHealthContributor bigCommerceHealthContributor(BigCommerceProperties properties,
            ObjectProvider<BigCommerceClient> client, ObjectProvider<BigCommerceStores> stores) {
        Map<String, BigCommerceClient> clients = new LinkedHashMap<>();
        client.ifAvailable(single -> clients.put(DEFAULT_STORE, single));
        stores.ifAvailable(many -> clients.putAll(many.asMap()));
        BigCommerceProperties.Health health = properties.health();
        return CompositeReactiveHealthContributor.fromMap(clients,
                store -> new BigCommerceHealthIndicator(store, health.timeout(), health.cacheTimeToLive()));
    }
}
