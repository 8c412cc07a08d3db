package io.github.bcreactive.autoconfigure.metrics;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import io.github.bcreactive.ratelimit.RateLimitStatus;
import io.github.bcreactive.ratelimit.RateLimiter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import reactor.core.publisher.Mono;

/**
 * A {@link RateLimiter} that passes every call on and times the permits that were not free: a permit that took at
 * least {@value #WAIT_THRESHOLD_MICROS} µs is recorded in {@value BigCommerceMeters#RATE_LIMIT_WAITS} for its store
 * (a free permit completes in a few microseconds, so shorter times are scheduling noise, not waiting).
 */
public final class MeteredRateLimiter implements RateLimiter {

    /** Below this, a permit counts as given at once. */
    static final long WAIT_THRESHOLD_MICROS = 1_000;

    private final RateLimiter delegate;
    private final MeterRegistry registry;

    /**
     * Wraps a limiter.
     *
     * @param delegate the limiter that decides
     * @param registry where the waits are recorded
     */
    public MeteredRateLimiter(RateLimiter delegate, MeterRegistry registry) {
        this.delegate = Objects.requireNonNull(delegate, "'delegate' cannot be null.");
        this.registry = Objects.requireNonNull(registry, "'registry' cannot be null.");
    }

    @Override
    public Mono<Void> acquire(String storeHash) {
        return Mono.defer(() -> {
            long start = System.nanoTime();
            return delegate.acquire(storeHash).doOnSuccess(ignored -> {
                long waited = System.nanoTime() - start;
                if (waited >= TimeUnit.MICROSECONDS.toNanos(WAIT_THRESHOLD_MICROS)) {
                    Timer.builder(BigCommerceMeters.RATE_LIMIT_WAITS)
                            .description("Requests that waited for a rate-limit permit")
                            .tag(BigCommerceMeters.STORE, storeHash)
                            .register(registry)
                            .record(waited, TimeUnit.NANOSECONDS);
                }
            });
        });
    }

    @Override
    public void onResponse(String storeHash, RateLimitStatus status) {
        delegate.onResponse(storeHash, status);
    }

    @Override
    public void onThrottled(String storeHash, Duration wait) {
        delegate.onThrottled(storeHash, wait);
    }

    @Override
    public String toString() {
        return "MeteredRateLimiter[" + delegate + "]";
    }
}
