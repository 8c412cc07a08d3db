package io.github.bcreactive.samples.catalogsync;

import java.util.concurrent.TimeUnit;

import io.github.bcreactive.autoconfigure.metrics.BigCommerceMeters;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** Reads the starter's meters for one store: what the summary reports besides the sync's own counts. */
final class ClientMetrics {

    private final MeterRegistry registry;

    ClientMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** HTTP attempts sent to the store (every page, every retry). */
    long requests(String store) {
        return registry.find(BigCommerceMeters.REQUESTS).tag(BigCommerceMeters.STORE, store).timers().stream()
                .mapToLong(Timer::count).sum();
    }

    /** 429 answers from the store. */
    long throttled(String store) {
        return (long) registry.find(BigCommerceMeters.THROTTLED).tag(BigCommerceMeters.STORE, store).counters()
                .stream().mapToDouble(Counter::count).sum();
    }

    /** Retries of calls to the store. */
    long retries(String store) {
        return (long) registry.find(BigCommerceMeters.RETRIES).tag(BigCommerceMeters.STORE, store).counters()
                .stream().mapToDouble(Counter::count).sum();
    }

    /** Requests that waited for a rate-limit permit. */
    long waits(String store) {
        return registry.find(BigCommerceMeters.RATE_LIMIT_WAITS).tag(BigCommerceMeters.STORE, store).timers()
                .stream().mapToLong(Timer::count).sum();
    }

    /** Total time requests waited for rate-limit permits, in seconds. */
    double waitedSeconds(String store) {
        return registry.find(BigCommerceMeters.RATE_LIMIT_WAITS).tag(BigCommerceMeters.STORE, store).timers()
                .stream().mapToDouble(timer -> timer.totalTime(TimeUnit.SECONDS)).sum();
    }
}
