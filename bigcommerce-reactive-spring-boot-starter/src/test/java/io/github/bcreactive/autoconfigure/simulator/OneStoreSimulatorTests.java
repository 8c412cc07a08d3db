package io.github.bcreactive.autoconfigure.simulator;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.auth.BigCommerceApp;
import io.github.bcreactive.test.BigCommerceSimulator;
import io.github.bcreactive.test.spring.AutoConfigureBigCommerceSimulator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AutoConfigureBigCommerceSimulator} in a {@code @SpringBootTest}, as an application's own test uses it: no
 * {@code @BeforeAll}, no {@code @DynamicPropertySource}; one store ({@link SeveralStoresSimulatorTests}: several).
 */
@SpringBootTest(classes = SimulatorTestApplication.class)
@AutoConfigureBigCommerceSimulator(products = 25)
class OneStoreSimulatorTests {

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
