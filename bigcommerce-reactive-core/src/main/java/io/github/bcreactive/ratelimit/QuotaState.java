package io.github.bcreactive.ratelimit;

import java.time.Duration;
import java.util.Objects;

/**
 * A store's quota as a {@link TokenBucketRateLimiter} sees it, handed to a {@link RateLimitListener}.
 *
 * @param storeHash the store
 * @param event what happened
 * @param quota requests allowed per window, or -1 while unknown
 * @param window the window's length, or {@link Duration#ZERO} while unknown
 * @param left the requests the limiter still lets through in this window (the store's reported count less the requests
 *     in flight), or -1 while unknown
 * @param resetIn time until the window resets (for {@link Event#THROTTLED}: until the 429 hold ends), never negative
 * @param waiting requests of this process waiting for a permit to the store
 */
public record QuotaState(
        String storeHash, Event event, int quota, Duration window, int left, Duration resetIn, int waiting) {

    /** What made the limiter report the state. */
    public enum Event {
        /** A response carried rate-limit headers. */
        RESPONSE,
        /** A response left the store at or below the minimum requests remaining: its requests wait for the reset. */
        THRESHOLD,
        /** The store answered 429: its new requests are held for {@code resetIn}. */
        THROTTLED
    }

    /**
     * Checks the state.
     *
     * @throws NullPointerException when a reference is {@code null}
     */
    public QuotaState {
        Objects.requireNonNull(storeHash, "'storeHash' cannot be null.");
        Objects.requireNonNull(event, "'event' cannot be null.");
        Objects.requireNonNull(window, "'window' cannot be null.");
        Objects.requireNonNull(resetIn, "'resetIn' cannot be null.");
    }
}
