package io.github.bcreactive.test.spring;

import java.time.Duration;
import java.util.List;

import io.github.bcreactive.test.BigCommerceSimulator;

/**
 * The values of one {@link AutoConfigureBigCommerceSimulator}: equal values share a test context (and so one
 * simulator).
 */
record SimulatorSpec(List<String> stores, long products, int quota, long windowMillis, long latencyMillis, long seed) {

    static SimulatorSpec of(AutoConfigureBigCommerceSimulator annotation) {
        return new SimulatorSpec(List.of(annotation.stores()), annotation.products(), annotation.quota(),
                annotation.windowMillis(), annotation.latencyMillis(), annotation.seed());
    }

    BigCommerceSimulator start() {
        BigCommerceSimulator.Builder builder = BigCommerceSimulator.builder()
                .stores(Math.max(1, stores.size()))
                .products(products)
                .quota(quota, Duration.ofMillis(windowMillis))
                .seed(seed);
        if (latencyMillis > 0) {
            builder.latency(Duration.ofMillis(latencyMillis), Duration.ZERO);
        }
        return builder.build().start();
    }
}
