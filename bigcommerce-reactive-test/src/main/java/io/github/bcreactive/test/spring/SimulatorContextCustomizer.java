package io.github.bcreactive.test.spring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.bcreactive.test.BigCommerceSimulator;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Starts the simulator as the test's application context is prepared, registers it as a bean that stops with the
 * context, and puts the {@code bigcommerce.*} properties pointing at it first in the environment.
 */
final class SimulatorContextCustomizer implements ContextCustomizer {

    /** The name of the property source with the simulator's properties. */
    static final String PROPERTY_SOURCE = "bigCommerceSimulator";
    /** The name of the simulator's bean. */
    static final String BEAN = "bigCommerceSimulator";

    private final SimulatorSpec spec;

    SimulatorContextCustomizer(SimulatorSpec spec) {
        this.spec = spec;
    }

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
        BigCommerceSimulator simulator = spec.start();
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource(PROPERTY_SOURCE, properties(simulator, spec.stores())));
        if (context.getBeanFactory() instanceof DefaultListableBeanFactory beans) {
            beans.registerSingleton(BEAN, simulator);
            beans.registerDisposableBean(BEAN + ".close", simulator::close);
        } else {
            context.getBeanFactory().registerSingleton(BEAN, simulator);
            context.addApplicationListener(event -> {
                if (event instanceof org.springframework.context.event.ContextClosedEvent) {
                    simulator.close();
                }
            });
        }
    }

    /** The starter's properties for the simulator: one store, or the named stores. */
    static Map<String, Object> properties(BigCommerceSimulator simulator, List<String> names) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("bigcommerce.api-url", simulator.baseUrl());
        properties.put("bigcommerce.login-url", simulator.baseUrl());
        properties.put("bigcommerce.b2b.url", simulator.baseUrl());
        properties.put("bigcommerce.client-id", simulator.clientId());
        properties.put("bigcommerce.client-secret", simulator.clientSecret());
        List<String> hashes = simulator.storeHashes();
        if (names.isEmpty()) {
            properties.put("bigcommerce.store-hash", hashes.get(0));
            properties.put("bigcommerce.access-token", simulator.accessToken(hashes.get(0)));
        } else {
            for (int i = 0; i < names.size(); i++) {
                String prefix = "bigcommerce.stores." + names.get(i) + ".";
                properties.put(prefix + "store-hash", hashes.get(i));
                properties.put(prefix + "access-token", simulator.accessToken(hashes.get(i)));
            }
        }
        return properties;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SimulatorContextCustomizer customizer && customizer.spec.equals(spec);
    }

    @Override
    public int hashCode() {
        return spec.hashCode();
    }
}
