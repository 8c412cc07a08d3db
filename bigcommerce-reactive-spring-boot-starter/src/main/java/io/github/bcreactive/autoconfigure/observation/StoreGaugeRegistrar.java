package io.github.bcreactive.autoconfigure.observation;

/** Registers the gauges of a store the rate limiter meets for the first time (Micrometer types stay behind it). */
@FunctionalInterface
interface StoreGaugeRegistrar {

    /**
     * Registers the store's gauges.
     *
     * @param state what the limiter's decorator tracks of the store
     */
    void register(StoreLimiterState state);
}
