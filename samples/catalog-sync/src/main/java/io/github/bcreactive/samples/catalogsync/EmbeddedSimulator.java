package io.github.bcreactive.samples.catalogsync;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.bcreactive.autoconfigure.BigCommerceProperties;
import io.github.bcreactive.test.BigCommerceSimulator;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * With no store configured, starts a {@link BigCommerceSimulator} and configures its stores as
 * {@code bigcommerce.stores.sim-1..n}, pointing {@code bigcommerce.api-url} at it, before the starter reads the
 * properties. The simulator stops when the application context closes. Its data derives from the seed, so a second
 * run sees the same stores and syncs incrementally.
 */
final class EmbeddedSimulator implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String PROPERTY_SOURCE = "catalogSyncEmbeddedSimulator";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Binder binder = Binder.get(context.getEnvironment());
        BigCommerceProperties configured = binder.bindOrCreate(BigCommerceProperties.PREFIX,
                BigCommerceProperties.class);
        if (!configured.stores().isEmpty() || configured.hasSingleStore()) {
            return;
        }
        CatalogSyncProperties.Simulator settings = binder.bindOrCreate("catalog-sync", CatalogSyncProperties.class)
                .simulator();
        BigCommerceSimulator simulator = BigCommerceSimulator.builder()
                .stores(settings.stores())
                .products(settings.products())
                .seed(settings.seed())
                .quota(settings.quota(), settings.window())
                .latency(settings.latency(), Duration.ZERO)
                .build()
                .start();
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                simulator.close();
            }
        });
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("bigcommerce.api-url", simulator.baseUrl());
        int n = 1;
        for (String hash : simulator.storeHashes()) {
            properties.put("bigcommerce.stores.sim-" + n + ".store-hash", hash);
            properties.put("bigcommerce.stores.sim-" + n + ".access-token", simulator.accessToken(hash));
            n++;
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties));
        System.out.printf("No store configured: started the embedded simulator at %s with %d stores of %,d products "
                + "(quota %d per %s)%n", simulator.baseUrl(), settings.stores(), settings.products(), settings.quota(),
                settings.window());
    }
}
