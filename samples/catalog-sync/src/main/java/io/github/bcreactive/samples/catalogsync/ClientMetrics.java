package io.github.bcreactive.samples.catalogsync;

import java.util.concurrent.TimeUnit;

import io.github.bcreactive.autoconfigure.observation.BigCommerceObservations;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Reads the timers of the starter's observations for one store (the demo sets
 * {@code bigcommerce.observations.store-tag=true}): what the summary reports besides the sync's own counts.
 */
final class ClientMetrics {

    private final MeterRegistry registry;

    ClientMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** HTTP attempts sent to the store (every page, every retry). */
    long requests(String store) {
        return count(registry.find(BigCommerceObservations.REQUESTS).tag(BigCommerceObservations.STORE, store)
                .timers());
    }

    /** 429 answers from the store. */
    long throttled(String store) {
        return count(registry.find(BigCommerceObservations.REQUESTS).tag(BigCommerceObservations.STORE, store)
                .tag("status", "429").timers());
    }

    /** Retries of calls to the store: the attempts after the first. */
    long retries(String store) {
        return requests(store) - count(registry.find(BigCommerceObservations.REQUESTS)
                .tag(BigCommerceObservations.STORE, store).tag(BigCommerceObservations.ATTEMPT, "1").timers());
    }

    /** Requests that waited for a rate-limit permit. */
    long waits(String store) {
        return count(registry.find(BigCommerceObservations.RATE_LIMIT_WAIT).tag(BigCommerceObservations.STORE, store)
                .timers());
    }

    /** Total time requests waited for rate-limit permits, in seconds. */
    double waitedSeconds(String store) {
        return registry.find(BigCommerceObservations.RATE_LIMIT_WAIT).tag(BigCommerceObservations.STORE, store)
                .timers().stream().mapToDouble(timer -> timer.totalTime(TimeUnit.SECONDS)).sum();
    }

    private static long count(java.util.Collection<Timer> timers) {
        return timers.stream().mapToLong(Timer::count).sum();
    }
}
