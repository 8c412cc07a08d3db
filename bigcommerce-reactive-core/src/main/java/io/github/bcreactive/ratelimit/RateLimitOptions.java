package io.github.bcreactive.ratelimit;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link TokenBucketRateLimiter} spends each store's quota.
 *
 * <pre>{@code
 * RateLimitOptions options = RateLimitOptions.builder()
 *     .minRequestsRemaining(3)          // leave 3 requests of every window to other apps
 *     .waitUntilReset(true)             // spend the window at once, then wait for its reset
 *     .listener(state -> log.info("{}", state))
 *     .build();
 * }</pre>
 *
 * @param minRequestsRemaining requests of each window the limiter leaves unused; when a store reports this many left
 *     or fewer, its requests wait for the window's reset (bigcommerce-api-python's {@code min_requests_remaining})
 * @param waitUntilReset {@code true} sends a window's requests as soon as they are asked for and then waits for the
 *     reset; {@code false} (the default) spreads the requests left evenly over the time left in the window
 * @param initialPermits requests let into a store whose window the limiter does not know yet (before its first
 *     rate-limit headers, or after the store sat idle for a whole window); the others wait for those headers
 * @param permitTimeout how long a permit whose request never reported back (neither
 *     {@link RateLimiter#onResponse} nor {@link RateLimiter#onNoResponse}) still counts as in flight
 * @param idleEviction how long a store with nothing waiting, nothing in flight and no 429 hold is remembered; after
 *     that it is forgotten and starts again as a store never seen
 * @param listener told the store's quota state after every response with rate-limit headers and every 429
 */
public record RateLimitOptions(
        int minRequestsRemaining,
        boolean waitUntilReset,
        int initialPermits,
        Duration permitTimeout,
        Duration idleEviction,
        RateLimitListener listener) {

    private static final RateLimitOptions DEFAULTS = builder().build();

    /**
     * Checks the options.
     *
     * @throws IllegalArgumentException when a count is out of range or a duration is not positive
     * @throws NullPointerException when a duration or the listener is {@code null}
     */
    public RateLimitOptions {
        if (minRequestsRemaining < 0) {
            throw new IllegalArgumentException("'minRequestsRemaining' must be 0 or more, was " + minRequestsRemaining);
        }
        if (initialPermits < 1) {
            throw new IllegalArgumentException("'initialPermits' must be 1 or more, was " + initialPermits);
        }
        requirePositive(permitTimeout, "permitTimeout");
        requirePositive(idleEviction, "idleEviction");
        Objects.requireNonNull(listener, "'listener' cannot be null.");
    }

    /**
     * The defaults: no reserve, spread requests over the window, 4 requests before a store's first headers, permits
     * forgotten after 60 s without an answer, stores forgotten after 5 minutes idle, no listener.
     *
     * @return the default options
     */
    public static RateLimitOptions defaults() {
        return DEFAULTS;
    }

    /**
     * A builder starting from the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from these options.
     *
     * @return a new builder holding these options
     */
    public Builder toBuilder() {
        return new Builder()
                .minRequestsRemaining(minRequestsRemaining)
                .waitUntilReset(waitUntilReset)
                .initialPermits(initialPermits)
                .permitTimeout(permitTimeout)
                .idleEviction(idleEviction)
                .listener(listener);
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, "'" + name + "' cannot be null.");
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("'" + name + "' must be positive, was " + value);
        }
    }

    /** Builds {@link RateLimitOptions}; every setting starts at its default. */
    public static final class Builder {
        private int minRequestsRemaining;
        private boolean waitUntilReset;
        private int initialPermits = 4;
        private Duration permitTimeout = Duration.ofSeconds(60);
        private Duration idleEviction = Duration.ofMinutes(5);
        private RateLimitListener listener = RateLimitListener.none();

        private Builder() {
        }

        /**
         * Sets the requests of each window left unused (default 0).
         *
         * @param minRequestsRemaining 0 or more
         * @return this builder
         */
        public Builder minRequestsRemaining(int minRequestsRemaining) {
            this.minRequestsRemaining = minRequestsRemaining;
            return this;
        }

        /**
         * Chooses to spend a window at once and then wait for its reset, instead of spreading (default {@code false}).
         *
         * @param waitUntilReset {@code true} to wait until the reset once the window is spent
         * @return this builder
         */
        public Builder waitUntilReset(boolean waitUntilReset) {
            this.waitUntilReset = waitUntilReset;
            return this;
        }

        /**
         * Sets the requests let into a store before its window is known (default 4).
         *
         * @param initialPermits 1 or more
         * @return this builder
         */
        public Builder initialPermits(int initialPermits) {
            this.initialPermits = initialPermits;
            return this;
        }

        /**
         * Sets how long an unanswered permit counts as in flight (default 60 s).
         *
         * @param permitTimeout a positive duration
         * @return this builder
         */
        public Builder permitTimeout(Duration permitTimeout) {
            this.permitTimeout = permitTimeout;
            return this;
        }

        /**
         * Sets how long an idle store is remembered (default 5 minutes).
         *
         * @param idleEviction a positive duration
         * @return this builder
         */
        public Builder idleEviction(Duration idleEviction) {
            this.idleEviction = idleEviction;
            return this;
        }

        /**
         * Sets the listener told each store's quota state (default none).
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder listener(RateLimitListener listener) {
            this.listener = listener;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         * @throws IllegalArgumentException naming the first setting out of range
         */
        public RateLimitOptions build() {
            return new RateLimitOptions(minRequestsRemaining, waitUntilReset, initialPermits, permitTimeout,
                    idleEviction, listener);
        }
    }
}
