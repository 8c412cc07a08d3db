package io.github.bcreactive.ratelimit;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

import reactor.core.publisher.Mono;

/**
 * Decides when a request to a store may be sent, from what the store's {@code X-Rate-Limit-*} headers report.
 *
 * <p>The transport calls the three methods in this order for every attempt of every request:
 * {@link #acquire(String)} (through {@link #withPermit(String, Supplier)}) before sending,
 * {@link #onResponse(String, RateLimitStatus, int, Duration)} with the headers, status and latency of
 * whatever came back, and {@link #onThrottled(String, Duration)} when the store answered 429; when no response came at all (transport error,
 * timeout, cancellation) it calls {@link #onNoResponse(String)} instead of {@code onResponse}. One limiter is
 * meant to be shared by every client of a process (see {@code BigCommerceClients}), keyed by store hash.
 *
 * <p>Implementations never block a thread: waiting is a delayed signal.
 *
 * <pre>{@code
 * RateLimiter limiter = RateLimiter.unlimited();
 * limiter.withPermit("abc123", () -> sendTheRequest());
 * }</pre>
 */
public interface RateLimiter {

    /**
     * Completes when one request to the store may be sent. Nothing waits until the returned {@code Mono} is
     * subscribed, and cancelling it before it completes gives the waiter's place back (and the permit, when it was
     * granted but not yet delivered). Prefer {@link #withPermit(String, Supplier)}, which also covers a cancellation
     * after the delivery.
     *
     * @param storeHash the store the request is for
     * @return a {@code Mono} that completes empty when the request may go
     */
    Mono<Void> acquire(String storeHash);

    /**
     * Runs {@code request} once a permit to the store is granted, so that a cancellation at any moment never loses
     * the permit. {@link #acquire(String)} gives a permit back when the cancellation beats its delivery; this closes
     * the other window, between the delivery and the start of the request: a permit delivered to a request that was
     * cancelled before it started (or while the permit was being delivered) is reported with
     * {@link #onNoResponse(String)}. Once started, the request reports
     * its own outcome ({@code onResponse} or {@code onNoResponse}), as the transport does.
     *
     * <pre>{@code
     * Mono<Product> product = limiter.withPermit("abc123", () -> fetchProduct());
     * }</pre>
     *
     * @param storeHash the store the request is for
     * @param request makes the request; called at most once, only after the permit was granted
     * @param <T> what the request emits
     * @return the request, run under a permit
     */
    default <T> Mono<T> withPermit(String storeHash, Supplier<? extends Mono<T>> request) {
        Objects.requireNonNull(storeHash, "'storeHash' cannot be null.");
        Objects.requireNonNull(request, "'request' cannot be null.");
        return Handover.then(acquire(storeHash), request, () -> onNoResponse(storeHash));
    }

    /**
     * Records the quota state a response reported (any status, including 429).
     *
     * @param storeHash the store that answered
     * @param status the parsed {@code X-Rate-Limit-*} headers
     */
    void onResponse(String storeHash, RateLimitStatus status);

    /**
     * Records a response with what an adaptive limiter learns from it besides the quota: its HTTP status and how long
     * it took. The transport calls this form; by default it is {@link #onResponse(String, RateLimitStatus)}, so
     * limiters that only follow the quota need not implement it. A limiter that wraps another must pass it on.
     *
     * @param storeHash the store that answered
     * @param status the parsed {@code X-Rate-Limit-*} headers
     * @param statusCode the response's HTTP status
     * @param latency the time from sending the request to the response's headers
     */
    default void onResponse(String storeHash, RateLimitStatus status, int statusCode, Duration latency) {
        onResponse(storeHash, status);
    }

    /**
     * Records that the store answered 429 and that its new requests should be held for {@code wait}.
     *
     * @param storeHash the store that answered
     * @param wait how long the store asked to wait before the next request
     */
    void onThrottled(String storeHash, Duration wait);

    /**
     * Records that a request which acquired a permit ended without any response (a transport error, a timeout or a
     * cancellation), so the limiter stops counting it as in flight. Limiters that do not count requests in flight
     * ignore it; those that do also forget unanswered permits on their own after a while.
     *
     * @param storeHash the store the request was for
     */
    default void onNoResponse(String storeHash) {
    }

    /**
     * A limiter that lets every request through at once and ignores what stores report.
     *
     * @return a limiter that never waits
     */
    static RateLimiter unlimited() {
        return UnlimitedRateLimiter.INSTANCE;
    }
}
