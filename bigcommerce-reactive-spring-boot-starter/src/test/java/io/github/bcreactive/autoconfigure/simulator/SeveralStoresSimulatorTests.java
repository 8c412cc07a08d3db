package io.github.bcreactive.autoconfigure.simulator;

import io.github.bcreactive.autoconfigure.BigCommerceStores;
import io.github.bcreactive.test.BigCommerceSimulator;
import io.github.bcreactive.test.spring.AutoConfigureBigCommerceSimulator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link AutoConfigureBigCommerceSimulator} with several named stores, each one of the simulator's stores. */
@SpringBootTest(classes = SimulatorTestApplication.class)
@AutoConfigureBigCommerceSimulator(stores = {"eu", "us"}, products = 5)
class SeveralStoresSimulatorTests {

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
