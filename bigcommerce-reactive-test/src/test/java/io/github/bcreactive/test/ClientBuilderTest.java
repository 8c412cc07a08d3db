package io.github.bcreactive.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import io.github.bcreactive.BigCommerceClient;
import org.junit.jupiter.api.Test;

class ClientBuilderTest {

    @Test
    void buildsAClientOfTheStoreThatReachesIt() {
        try (BigCommerceSimulator sim = BigCommerceSimulator.builder().stores(2).products(10).build().start()) {
            String second = sim.storeHashes().get(1);
            BigCommerceClient client = sim.clientBuilder(second).build();

            assertThat(client.storeHash()).isEqualTo(second);
            assertThat(client.loginUrl()).isEqualTo(sim.baseUrl());
            assertThat(client.v3().get("/catalog/products/3").block(Duration.ofSeconds(10)).path("data").path("id")
                    .asInt()).isEqualTo(3);
            assertThat(sim.stats().requests(second)).isEqualTo(1);
            assertThat(sim.clientBuilder().build().storeHash()).isEqualTo(sim.storeHashes().get(0));
        }
    }

    @Test
    void refusesAnUnknownStoreAndAStoppedSimulator() {
        BigCommerceSimulator sim = BigCommerceSimulator.builder().build();
        assertThatThrownBy(sim::clientBuilder).isInstanceOf(IllegalStateException.class);
        try (BigCommerceSimulator started = sim.start()) {
            assertThatThrownBy(() -> started.clientBuilder("nope")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("nope");
        }
    }
}
