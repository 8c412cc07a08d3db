package io.github.bcreactive.benchmarks;

import java.time.Duration;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.test.BigCommerceSimulator;
import io.github.bcreactive.test.Faults;

/**
 * A simulator serving one store's catalog with its quota lifted, and the clients the benchmarks compare: the
 * library's {@link BigCommerceClient} and the hand-written {@link RawPageLoop} baseline.
 */
final class CatalogFixture implements AutoCloseable {

    private final BigCommerceSimulator simulator;
    private final String store;

    private CatalogFixture(BigCommerceSimulator simulator) {
        this.simulator = simulator;
        this.store = simulator.storeHashes().get(0);
    }

    /**
     * Starts a simulator with one store of {@code products} products and no rate limit.
     *
     * @param products the catalog size
     * @return the running fixture
     */
    static CatalogFixture start(long products) {
        return new CatalogFixture(BigCommerceSimulator.builder()
                .products(products)
                .quota(Integer.MAX_VALUE, Duration.ofSeconds(30))
                .seed(42)
                .build()
                .start());
    }

    /**
     * Sets the simulator's fixed latency (no jitter) for the calls that follow.
     *
     * @param latency the latency of every store response
     */
    void latency(Duration latency) {
        simulator.faults(Faults.builder().latency(latency, Duration.ZERO).build());
    }

    /**
     * A client of the store.
     *
     * @param pageConcurrency pages of a listing in flight at once
     * @return the client
     */
    BigCommerceClient client(int pageConcurrency) {
        return simulator.clientBuilder(store)
                .pageConcurrency(pageConcurrency)
                .build();
    }

    /**
     * The raw WebClient baseline against the store.
     *
     * @return the page loop
     */
    RawPageLoop raw() {
        return new RawPageLoop(simulator.baseUrl() + "/stores/" + store + "/v3", simulator.accessToken(store));
    }

    /**
     * The simulator, for its counters.
     *
     * @return the simulator
     */
    BigCommerceSimulator simulator() {
        return simulator;
    }

    @Override
    public void close() {
        simulator.close();
    }
}
