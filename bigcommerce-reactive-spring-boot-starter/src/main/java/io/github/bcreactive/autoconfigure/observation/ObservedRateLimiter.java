package io.github.bcreactive.autoconfigure.observation;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import io.github.bcreactive.ratelimit.RateLimitStatus;
import io.github.bcreactive.ratelimit.RateLimiter;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;

/**
 * A {@link RateLimiter} that passes every call on and observes it: a permit that was not free (the limiter queued
 * it) is a {@value BigCommerceObservations#RATE_LIMIT_WAIT} observation, child of the caller's observation; whether
 * the request waited is handed to its attempt's observation; and, when per-store gauges are on, each store's
 * requests left, waiters and hold are tracked from the calls the limiter gets.
 */
final class ObservedRateLimiter implements RateLimiter {

    private final RateLimiter delegate;
    private final ObservationRegistry registry;
    private final boolean storeTag;
    private final StoreGaugeRegistrar newStore;
    private final Map<String, StoreLimiterState> stores = new ConcurrentHashMap<>();

    /** Marks a permit whose signal came: no wait observation may start after it. */
    private static final Observation DONE = Observation.NOOP;

    /**
     * Wraps a limiter.
     *
     * @param delegate the limiter that decides
     * @param registry where the waits are observed
     * @param storeTag whether the wait observations carry the store hash
     * @param newStore registers the gauges of a store seen for the first time, or {@code null} for no gauges
     */
    ObservedRateLimiter(RateLimiter delegate, ObservationRegistry registry, boolean storeTag,
            StoreGaugeRegistrar newStore) {
        this.delegate = Objects.requireNonNull(delegate, "'delegate' cannot be null.");
        this.registry = Objects.requireNonNull(registry, "'registry' cannot be null.");
        this.storeTag = storeTag;
        this.newStore = newStore;
    }

    @Override
    public Mono<Void> acquire(String storeHash) {
        return Mono.fromDirect(subscriber -> {
            StoreLimiterState state = state(storeHash);
            AtomicBoolean subscribed = new AtomicBoolean();
            AtomicReference<Observation> wait = new AtomicReference<>();
            if (state != null) {
                state.waiting();
            }
            delegate.acquire(storeHash)
                    .doOnSuccess(ignored -> PermitHandoff.offer(subscribed.get()))
                    .doAfterTerminate(PermitHandoff::clear)
                    .doOnError(failure -> {
                        Observation observation = wait.get();
                        if (observation != null && observation != DONE) {
                            observation.error(failure);
                        }
                    })
                    .doFinally(signal -> {
                        if (state != null) {
                            state.doneWaiting();
                        }
                        Observation observation = wait.getAndSet(DONE);
                        if (observation != null) {
                            observation.stop();
                        }
                    })
                    .subscribe(subscriber);
            subscribed.set(true);
            if (wait.get() == null) {
                Observation parent = subscriber instanceof CoreSubscriber<?> core
                        ? core.currentContext().getOrDefault(ObservationThreadLocalAccessor.KEY, null) : null;
                observeWait(storeHash, wait, parent);
            }
        });
    }

    /** Observes the wait of a permit that did not complete while it was subscribed to (the limiter queued it). */
    private void observeWait(String storeHash, AtomicReference<Observation> wait, Observation parent) {
        Observation observation = Observation.createNotStarted(BigCommerceObservations.RATE_LIMIT_WAIT, registry)
                .contextualName("bigcommerce rate-limit wait")
                .parentObservation(parent);
        if (storeTag) {
            observation.lowCardinalityKeyValue(BigCommerceObservations.STORE, storeHash);
        }
        observation.start();
        if (!wait.compareAndSet(null, observation)) {
            // the permit came between the check and the start: the wait is over already
            observation.stop();
        }
    }

    private StoreLimiterState state(String storeHash) {
        if (newStore == null) {
            return null;
        }
        return stores.computeIfAbsent(storeHash, store -> {
            StoreLimiterState state = new StoreLimiterState(store, System::nanoTime);
            newStore.register(state);
            return state;
        });
    }

    @Override
    public void onResponse(String storeHash, RateLimitStatus status) {
        observe(storeHash, status);
        delegate.onResponse(storeHash, status);
    }

    /** The form the transport calls: passed on whole, so an adaptive limiter underneath learns status and latency. */
    @Override
    public void onResponse(String storeHash, RateLimitStatus status, int statusCode, Duration latency) {
        observe(storeHash, status);
        delegate.onResponse(storeHash, status, statusCode, latency);
    }

    private void observe(String storeHash, RateLimitStatus status) {
        StoreLimiterState state = state(storeHash);
        if (state != null && status.left().isPresent()) {
            state.requestsLeft(status.left().getAsInt());
        }
    }

    @Override
    public void onThrottled(String storeHash, Duration wait) {
        StoreLimiterState state = state(storeHash);
        if (state != null) {
            state.heldFor(wait.toNanos());
        }
        delegate.onThrottled(storeHash, wait);
    }

    @Override
    public void onNoResponse(String storeHash) {
        delegate.onNoResponse(storeHash);
    }

    @Override
    public String toString() {
        return "ObservedRateLimiter[" + delegate + "]";
    }
}
