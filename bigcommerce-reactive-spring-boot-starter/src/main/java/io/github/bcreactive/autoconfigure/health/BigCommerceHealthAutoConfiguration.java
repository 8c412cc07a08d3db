package io.github.bcreactive.autoconfigure.health;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.autoconfigure.BigCommerceAutoConfiguration;
import io.github.bcreactive.autoconfigure.BigCommerceProperties;
import io.github.bcreactive.autoconfigure.BigCommerceStores;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.contributor.CompositeReactiveHealthContributor;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * An Actuator health indicator per store, opt-in with {@code bigcommerce.health.enabled=true}: a composite
 * contributor named {@code bigCommerce}, with one {@link BigCommerceHealthIndicator} per store under
 * {@code bigcommerce.stores} (by name) and one named {@code default} for the store of {@code bigcommerce.store-hash}.
 */
@AutoConfiguration(after = BigCommerceAutoConfiguration.class)
@ConditionalOnClass(ReactiveHealthIndicator.class)
@ConditionalOnBooleanProperty("bigcommerce.health.enabled")
public final class BigCommerceHealthAutoConfiguration {

    /** The name of the single store's indicator. */
    public static final String DEFAULT_STORE = "default";

    /** Created by Spring Boot. */
    BigCommerceHealthAutoConfiguration() {
    }

    @Bean
    @Conditional(OnAnyStore.class)
    @ConditionalOnMissingBean(name = "bigCommerceHealthContributor")
    CompositeReactiveHealthContributor bigCommerceHealthContributor(BigCommerceProperties properties,
            ObjectProvider<BigCommerceClient> client, ObjectProvider<BigCommerceStores> stores) {
        Map<String, BigCommerceClient> clients = new LinkedHashMap<>();
        client.ifAvailable(single -> clients.put(DEFAULT_STORE, single));
        stores.ifAvailable(many -> clients.putAll(many.asMap()));
        return CompositeReactiveHealthContributor.fromMap(clients,
                store -> new BigCommerceHealthIndicator(store, properties.health().timeout()));
    }

    /** Matches when the single store's client or the stores' registry is a bean. */
    static final class OnAnyStore extends AnyNestedCondition {

        OnAnyStore() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnBean(BigCommerceClient.class)
        static final class SingleStore {
        }

        @ConditionalOnBean(BigCommerceStores.class)
        static final class ManyStores {
        }
    }
}
