package io.github.bcreactive.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.github.bcreactive.BigCommerceClient;
import reactor.test.StepVerifier;

@SimulatorSettings(stores = 2, products = 30, quota = 1_000)
class SimulatorExtensionTest {

    @Test
    void injectsAStartedSimulator(BigCommerceSimulator sim) {
        assertThat(sim.storeHashes()).hasSize(2);
        assertThat(sim.baseUrl()).startsWith("http://127.0.0.1:");
    }

    @Test
    void injectsAClientForTheFirstStore(BigCommerceSimulator sim, BigCommerceClient client) {
        assertThat(client.storeHash()).isEqualTo(sim.storeHashes().get(0));
        StepVerifier.create(client.v3().get("/catalog/products/7"))
                .assertNext(body -> assertThat(body.path("data").path("id").asInt()).isEqualTo(7))
                .verifyComplete();
        assertThat(sim.stats().requests(sim.storeHashes().get(0), "GET", "/v3/catalog/products/7")).isEqualTo(1);
    }
}
