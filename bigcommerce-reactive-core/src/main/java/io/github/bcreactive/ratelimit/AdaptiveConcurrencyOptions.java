package io.github.bcreactive.ratelimit;

import java.time.Duration;
import java.util.Objects;

/**
 * How an {@link AdaptiveConcurrencyLimiter} sizes each store's requests in flight.
 *
 * <pre>{@code
 * AdaptiveConcurrencyOptions options = AdaptiveConcurrencyOptions.builder()
 *     .initialLimit(8)        // requests in flight per store to start with
 *     .maxLimit(32)           // never more, however well the store answers
 *     .build();
 * }</pre>
 *
 * @param initialLimit requests in flight per store before anything was learnt
 * @param minLimit the fewest requests in flight a store is ever shrunk to
 * @param maxLimit the most requests in flight a store ever grows to
 * @param backoffRatio the factor the limit is multiplied by on a 429 or a 500, 502, 503 or 504 (in {@code (0, 1)})
 * @param latencyTolerance how many times its long-run latency (averaged over about 50 answers) a store's short-run
 *     latency (about 5 answers) may reach before the limit shrinks (greater than 1)
 * @param permitTimeout how long a request that never reported back still counts as in flight
 */
public record AdaptiveConcurrencyOptions(
        int initialLimit,
        int minLimit,
        int maxLimit,
        double backoffRatio,
        double latencyTolerance,
        Duration permitTimeout) {

    private static final AdaptiveConcurrencyOptions DEFAULTS = builder().build();

    /**
     * Checks the options.
     *
     * @throws IllegalArgumentException naming the first setting out of range
     * @throws NullPointerException when {@code permitTimeout} is {@code null}
     */
    public AdaptiveConcurrencyOptions {
        if (minLimit < 1) {
            throw new IllegalArgumentException("'minLimit' must be 1 or more, was " + minLimit);
        }
        if (maxLimit < minLimit) {
            throw new IllegalArgumentException("'maxLimit' must be at least 'minLimit' (" + minLimit + "), was "
                    + maxLimit);
        }
        if (initialLimit < minLimit || initialLimit > maxLimit) {
            throw new IllegalArgumentException("'initialLimit' must be within [" + minLimit + ", " + maxLimit
                    + "], was " + initialLimit);
        }
        if (!(backoffRatio > 0 && backoffRatio < 1)) {
            throw new IllegalArgumentException("'backoffRatio' must be in (0, 1), was " + backoffRatio);
        }
        if (!(latencyTolerance > 1) || Double.isInfinite(latencyTolerance)) {
            throw new IllegalArgumentException("'latencyTolerance' must be a finite number above 1, was "
                    + latencyTolerance);
        }
        Objects.requireNonNull(permitTimeout, "'permitTimeout' cannot be null.");
        if (permitTimeout.isNegative() || permitTimeout.isZero()) {
            throw new IllegalArgumentException("'permitTimeout' must be positive, was " + permitTimeout);
        }
    }

    /**
     * The defaults: 8 requests in flight to start, between 1 and 64, halved on a 429 or 5xx, shrunk when the short-run
     * latency passes twice the long-run latency, permits forgotten after 60 s without an answer.
     *
     * @return the default options
     */
    public static AdaptiveConcurrencyOptions defaults() {
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

    /** Builds {@link AdaptiveConcurrencyOptions}; every setting starts at its default. */
    public static final class Builder {
        private int initialLimit = 8;
        private int minLimit = 1;
        private int maxLimit = 64;
        private double backoffRatio = 0.5;
        private double latencyTolerance = 2.0;
        private Duration permitTimeout = Duration.ofSeconds(60);

        private Builder() {
        }

        /**
         * Sets the requests in flight per store to start with (default 8).
         *
         * @param initialLimit within [minLimit, maxLimit]
         * @return this builder
         */
        public Builder initialLimit(int initialLimit) {
            this.initialLimit = initialLimit;
            return this;
        }

        /**
         * Sets the fewest requests in flight a store is shrunk to (default 1).
         *
         * @param minLimit 1 or more
         * @return this builder
         */
        public Builder minLimit(int minLimit) {
            this.minLimit = minLimit;
            return this;
        }

        /**
         * Sets the most requests in flight a store grows to (default 64).
         *
         * @param maxLimit at least minLimit
         * @return this builder
         */
        public Builder maxLimit(int maxLimit) {
            this.maxLimit = maxLimit;
            return this;
        }

        /**
         * Sets the factor applied to the limit on a 429 or 5xx (default 0.5).
         *
         * @param backoffRatio in (0, 1)
         * @return this builder
         */
        public Builder backoffRatio(double backoffRatio) {
            this.backoffRatio = backoffRatio;
            return this;
        }

        /**
         * Sets how many times its long-run latency a store's short-run latency may reach before the limit shrinks
         * (default 2).
         *
         * @param latencyTolerance above 1
         * @return this builder
         */
        public Builder latencyTolerance(double latencyTolerance) {
            this.latencyTolerance = latencyTolerance;
            return this;
        }

        /**
         * Sets how long an unanswered request counts as in flight (default 60 s).
         *
         * @param permitTimeout positive
         * @return this builder
         */
        public Builder permitTimeout(Duration permitTimeout) {
            this.permitTimeout = permitTimeout;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         * @throws IllegalArgumentException naming the first setting out of range
         */
        public AdaptiveConcurrencyOptions build() {
            return new AdaptiveConcurrencyOptions(initialLimit, minLimit, maxLimit, backoffRatio, latencyTolerance,
                    permitTimeout);
        }
    }
}
