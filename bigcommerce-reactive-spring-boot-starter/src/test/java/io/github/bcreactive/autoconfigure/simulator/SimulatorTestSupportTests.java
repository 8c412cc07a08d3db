package io.github.bcreactive.autoconfigure.simulator;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.auth.BigCommerceApp;
import io.github.bcreactive.autoconfigure.BigCommerceStores;
import io.github.bcreactive.test.BigCommerceSimulator;
import io.github.bcreactive.test.spring.AutoConfigureBigCommerceSimulator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AutoConfigureBigCommerceSimulator} in a {@code @SpringBootTest}, as an application's own test uses it: no
 * {@code @BeforeAll}, no {@code @DynamicPropertySource}; one store, then several.
 */
class SimulatorTestSupportTests {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Application {
    }

    @Nested
    @SpringBootTest(classes = Application.class)
    @AutoConfigureBigCommerceSimulator(products = 25)
    class OneStore {

        @Autowired
        BigCommerceClient client;

        @Autowired
        BigCommerceSimulator simulator;

        @Autowired
        BigCommerceApp app;

        @Test
        void theStartersClientTalksToTheSimulator() {
            StepVerifier.create(client.catalog().products().iterAll().count()).expectNext(25L).verifyComplete();
            assertThat(client.storeHash()).isEqualTo(simulator.storeHashes().get(0));
            assertThat(simulator.stats().requests()).isPositive();
            assertThat(app).isNotNull();
        }
    }

    @Nested
    @SpringBootTest(classes = Application.class)
    @AutoConfigureBigCommerceSimulator(stores = {"eu", "us"}, products = 5)
    class SeveralStores {

        @Autowired
        BigCommerceStores stores;

        @Autowired
        BigCommerceSimulator simulator;

        @Test
        void eachNamedStoreIsOneOfTheSimulatorsStores() {
            assertThat(stores.names()).containsExactly("eu", "us");
            assertThat(stores.get("us").storeHash()).isEqualTo(simulator.storeHashes().get(1));
            StepVerifier.create(stores.get("eu").v3().getMany("/catalog/products").count()).expectNext(5L)
                    .verifyComplete();
        }
    }
}
