package io.github.bcreactive.autoconfigure.metrics;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.bcreactive.ratelimit.RateLimitStatus;
import io.github.bcreactive.ratelimit.RateLimiter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import reactor.core.publisher.Mono;

/**
 * A {@link RateLimiter} that passes every call on and times the permits that were not free: a permit that did not
 * complete while it was being subscribed to (the limiter had to queue it) is recorded, with the time it took, in
 * {@value BigCommerceMeters#RATE_LIMIT_WAITS} for its store.
 */
public final class MeteredRateLimiter implements RateLimiter {

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
        return Mono.fromDirect(subscriber -> {
            long start = System.nanoTime();
            AtomicBoolean subscribed = new AtomicBoolean();
            delegate.acquire(storeHash).doOnSuccess(ignored -> {
                if (subscribed.get()) {
                    Timer.builder(BigCommerceMeters.RATE_LIMIT_WAITS)
                            .description("Requests that waited for a rate-limit permit")
                            .tag(BigCommerceMeters.STORE, storeHash)
                            .register(registry)
                            .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                }
            }).subscribe(subscriber);
            subscribed.set(true);
        });
    }

    @Override
    public void onResponse(String storeHash, RateLimitStatus status) {
        delegate.onResponse(storeHash, status);
    }

    @Override
    public void onResponse(String storeHash, RateLimitStatus status, int statusCode, Duration latency) {
        delegate.onResponse(storeHash, status, statusCode, latency);
    }

    @Override
    public void onThrottled(String storeHash, Duration wait) {
        delegate.onThrottled(storeHash, wait);
    }

    @Override
    public void onNoResponse(String storeHash) {
        delegate.onNoResponse(storeHash);
    }

    @Override
    public String toString() {
        return "MeteredRateLimiter[" + delegate + "]";
    }
}
