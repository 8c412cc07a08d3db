package io.github.bcreactive.test;

import java.time.Duration;
import java.util.Objects;

/**
 * What goes wrong, and how slowly, on the simulated API. Every decision is derived from the
 * simulator seed and the request itself ({@code store, method, uri} and how many times that exact
 * request was made), so a run with the same seed and the same requests sees the same faults, and a
 * retried request draws again.
 *
 * <pre>{@code
 * Faults faults = Faults.builder()
 *         .latency(Duration.ofMillis(20), Duration.ofMillis(5))
 *         .serverErrors(0.05)          // 500, 502, 503 or 504 with a JSON error body
 *         .connectionResets(0.01)
 *         .otherAppsRate(2.0)          // other apps spend 2 requests/s of each store's quota
 *         .build();
 * }</pre>
 */
public final class Faults {

    private static final Faults NONE = builder().build();

    private final Duration latency;
    private final Duration jitter;
    private final double serverErrors;
    private final double htmlBadGateways;
    private final double connectionResets;
    private final double slowResponses;
    private final Duration slowResponseDelay;
    private final double truncatedJson;
    private final double malformedJson;
    private final double rateLimitsWithoutHeaders;
    private final double otherAppsRate;

    private Faults(Builder b) {
        this.latency = b.latency;
        this.jitter = b.jitter;
        this.serverErrors = b.serverErrors;
        this.htmlBadGateways = b.htmlBadGateways;
        this.connectionResets = b.connectionResets;
        this.slowResponses = b.slowResponses;
        this.slowResponseDelay = b.slowResponseDelay;
        this.truncatedJson = b.truncatedJson;
        this.malformedJson = b.malformedJson;
        this.rateLimitsWithoutHeaders = b.rateLimitsWithoutHeaders;
        this.otherAppsRate = b.otherAppsRate;
        double sum = serverErrors + htmlBadGateways + connectionResets + slowResponses + truncatedJson + malformedJson
                + rateLimitsWithoutHeaders;
        if (sum > 1.0 + 1e-9) {
            throw new IllegalArgumentException("fault fractions add up to " + sum + "; at most 1.0 is possible");
        }
    }

    /**
     * No latency and no faults.
     *
     * @return the empty fault set
     */
    public static Faults none() {
        return NONE;
    }

    /**
     * A builder starting from no faults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from these settings.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.latency = latency;
        b.jitter = jitter;
        b.serverErrors = serverErrors;
        b.htmlBadGateways = htmlBadGateways;
        b.connectionResets = connectionResets;
        b.slowResponses = slowResponses;
        b.slowResponseDelay = slowResponseDelay;
        b.truncatedJson = truncatedJson;
        b.malformedJson = malformedJson;
        b.rateLimitsWithoutHeaders = rateLimitsWithoutHeaders;
        b.otherAppsRate = otherAppsRate;
        return b;
    }

    /** @return the fixed latency added to every store API response */
    public Duration latency() {
        return latency;
    }

    /** @return the largest extra latency, drawn per request */
    public Duration jitter() {
        return jitter;
    }

    /** @return the fraction of store API calls answered 500, 502, 503 or 504 with a JSON body */
    public double serverErrors() {
        return serverErrors;
    }

    /** @return the fraction answered 502 with an HTML body, as a load balancer does */
    public double htmlBadGateways() {
        return htmlBadGateways;
    }

    /** @return the fraction whose connection is reset (TCP RST) instead of answered */
    public double connectionResets() {
        return connectionResets;
    }

    /** @return the fraction answered only after {@link #slowResponseDelay()} */
    public double slowResponses() {
        return slowResponses;
    }

    /** @return how long slow responses wait */
    public Duration slowResponseDelay() {
        return slowResponseDelay;
    }

    /** @return the fraction whose JSON body is cut in half (with a matching Content-Length) */
    public double truncatedJson() {
        return truncatedJson;
    }

    /** @return the fraction whose body is not JSON at all */
    public double malformedJson() {
        return malformedJson;
    }

    /** @return the fraction answered 429 without any rate-limit header (platform load) */
    public double rateLimitsWithoutHeaders() {
        return rateLimitsWithoutHeaders;
    }

    /** @return requests per second that other apps spend from each store's quota */
    public double otherAppsRate() {
        return otherAppsRate;
    }

    /** @return {@code true} when any per-request draw is needed (a fault fraction or jitter) */
    boolean drawsPerRequest() {
        return !jitter.isZero() || serverErrors + htmlBadGateways + connectionResets + slowResponses + truncatedJson
                + malformedJson + rateLimitsWithoutHeaders > 0;
    }

    @Override
    public String toString() {
        return "Faults[latency=" + latency + ", jitter=" + jitter + ", serverErrors=" + serverErrors
                + ", htmlBadGateways=" + htmlBadGateways + ", connectionResets=" + connectionResets
                + ", slowResponses=" + slowResponses + " (" + slowResponseDelay + "), truncatedJson=" + truncatedJson
                + ", malformedJson=" + malformedJson + ", rateLimitsWithoutHeaders=" + rateLimitsWithoutHeaders
                + ", otherAppsRate=" + otherAppsRate + "]";
    }

    /** Builds {@link Faults}; every fraction is in {@code [0, 1]} and together they are at most 1. */
    public static final class Builder {

        private Duration latency = Duration.ZERO;
        private Duration jitter = Duration.ZERO;
        private double serverErrors;
        private double htmlBadGateways;
        private double connectionResets;
        private double slowResponses;
        private Duration slowResponseDelay = Duration.ofSeconds(30);
        private double truncatedJson;
        private double malformedJson;
        private double rateLimitsWithoutHeaders;
        private double otherAppsRate;

        private Builder() {
        }

        /**
         * Fixed latency plus a per-request jitter in {@code [0, jitter]}.
         *
         * @param fixed the fixed part
         * @param jitter the largest extra part
         * @return this builder
         */
        public Builder latency(Duration fixed, Duration jitter) {
            this.latency = nonNegative(fixed, "latency");
            this.jitter = nonNegative(jitter, "jitter");
            return this;
        }

        /**
         * Answers this fraction of calls 500, 502, 503 or 504 with a JSON error body.
         *
         * @param fraction in {@code [0, 1]}
         * @return this builder
         */
        public Builder serverErrors(double fraction) {
            this.serverErrors = fraction(fraction, "serverErrors");
            return this;
        }

        /**
         * Answers this fraction of calls 502 with an HTML body.
         *
         * @param fraction in {@code [0, 1]}
         * @return this builder
         */
        public Builder htmlBadGateways(double fraction) {
            this.htmlBadGateways = fraction(fraction, "htmlBadGateways");
            return this;
        }

        /**
         * Resets the connection of this fraction of calls.
         *
         * @param fraction in {@code [0, 1]}
         * @return this builder
         */
        public Builder connectionResets(double fraction) {
            this.connectionResets = fraction(fraction, "connectionResets");
            return this;
        }

        /**
         * Delays this fraction of calls by {@code delay}, to exceed a client's timeout.
         *
         * @param fraction in {@code [0, 1]}
         * @param delay how long to wait before answering
         * @return this builder
         */
        public Builder slowResponses(double fraction, Duration delay) {
            this.slowResponses = fraction(fraction, "slowResponses");
            this.slowResponseDelay = nonNegative(delay, "slowResponseDelay");
            return this;
        }

        /**
         * Cuts the JSON body of this fraction of calls in half.
         *
         * @param fraction in {@code [0, 1]}
         * @return this builder
         */
        public Builder truncatedJson(double fraction) {
            this.truncatedJson = fraction(fraction, "truncatedJson");
            return this;
        }

        /**
         * Replaces the body of this fraction of calls with text that is not JSON.
         *
         * @param fraction in {@code [0, 1]}
         * @return this builder
         */
        public Builder malformedJson(double fraction) {
            this.malformedJson = fraction(fraction, "malformedJson");
            return this;
        }

        /**
         * Answers this fraction of calls 429 without rate-limit headers, as BigCommerce does under platform load.
         *
         * @param fraction in {@code [0, 1]}
         * @return this builder
         */
        public Builder rateLimitsWithoutHeaders(double fraction) {
            this.rateLimitsWithoutHeaders = fraction(fraction, "rateLimitsWithoutHeaders");
            return this;
        }

        /**
         * Lets "other apps" spend each store's quota at this rate, from the start of each window.
         *
         * @param requestsPerSecond zero or more
         * @return this builder
         */
        public Builder otherAppsRate(double requestsPerSecond) {
            if (!(requestsPerSecond >= 0) || Double.isInfinite(requestsPerSecond)) {
                throw new IllegalArgumentException("'otherAppsRate' must be a finite number >= 0, was "
                        + requestsPerSecond);
            }
            this.otherAppsRate = requestsPerSecond;
            return this;
        }

        /**
         * Builds the fault set.
         *
         * @return the faults
         * @throws IllegalArgumentException when the fractions add up to more than 1
         */
        public Faults build() {
            return new Faults(this);
        }

        private static double fraction(double value, String name) {
            if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException("'" + name + "' must be in [0, 1], was " + value);
            }
            return value;
        }

        private static Duration nonNegative(Duration value, String name) {
            Objects.requireNonNull(value, "'" + name + "' cannot be null.");
            if (value.isNegative()) {
                throw new IllegalArgumentException("'" + name + "' cannot be negative, was " + value);
            }
            return value;
        }
    }
}
