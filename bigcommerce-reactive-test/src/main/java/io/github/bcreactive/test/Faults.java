package io.github.bcreactive.test;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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
 *
 * Besides the ordinary failures, the hostile server behaviours a client must survive are fault modes too: garbage or
 * extreme rate-limit headers ({@link Builder#hostileRateLimitHeaders}), 429s asking for a 1 ms wait
 * ({@link Builder#rateLimitsWithShortReset}), empty or blank 200 bodies ({@link Builder#emptyBodies}), listings that
 * report only {@code meta.cursor_pagination} ({@link Builder#cursorPaginationOnly}), a {@code 1xx} status and then
 * nothing ({@link Builder#informationalOnly}), malformed chunked encoding ({@link Builder#brokenChunkedBodies}) and
 * bodies that never end ({@link Builder#endlessBodies}).
 *
 * <p>The fractions of the faults that replace an answer (every one but latency, {@code otherAppsRate},
 * {@code hostileRateLimitHeaders} and {@code cursorPaginationOnly}) add up to at most 1: one draw per call picks at
 * most one of them. Hostile rate-limit headers are drawn separately and can land on any answer that carries
 * rate-limit headers.
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
    private final double hostileRateLimitHeaders;
    private final List<HostileRateLimitHeaders> hostileRateLimitHeaderKinds;
    private final double rateLimitsWithShortReset;
    private final Duration shortReset;
    private final double emptyBodies;
    private final boolean cursorPaginationOnly;
    private final double informationalOnly;
    private final double brokenChunkedBodies;
    private final double endlessBodies;

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
        this.hostileRateLimitHeaders = b.hostileRateLimitHeaders;
        this.hostileRateLimitHeaderKinds = List.copyOf(b.hostileRateLimitHeaderKinds);
        this.rateLimitsWithShortReset = b.rateLimitsWithShortReset;
        this.shortReset = b.shortReset;
        this.emptyBodies = b.emptyBodies;
        this.cursorPaginationOnly = b.cursorPaginationOnly;
        this.informationalOnly = b.informationalOnly;
        this.brokenChunkedBodies = b.brokenChunkedBodies;
        this.endlessBodies = b.endlessBodies;
        double sum = replacingFractions();
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
        b.hostileRateLimitHeaders = hostileRateLimitHeaders;
        b.hostileRateLimitHeaderKinds = EnumSet.copyOf(hostileRateLimitHeaderKinds);
        b.rateLimitsWithShortReset = rateLimitsWithShortReset;
        b.shortReset = shortReset;
        b.emptyBodies = emptyBodies;
        b.cursorPaginationOnly = cursorPaginationOnly;
        b.informationalOnly = informationalOnly;
        b.brokenChunkedBodies = brokenChunkedBodies;
        b.endlessBodies = endlessBodies;
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

    /** @return the fraction of answers whose rate-limit headers are replaced by hostile values */
    public double hostileRateLimitHeaders() {
        return hostileRateLimitHeaders;
    }

    /** @return the kinds of hostile rate-limit headers drawn from, in declaration order */
    public List<HostileRateLimitHeaders> hostileRateLimitHeaderKinds() {
        return hostileRateLimitHeaderKinds;
    }

    /** @return the fraction answered 429 whose headers ask for a wait of only {@link #shortReset()} */
    public double rateLimitsWithShortReset() {
        return rateLimitsWithShortReset;
    }

    /** @return the {@code X-Rate-Limit-Time-Reset-Ms} of those 429s */
    public Duration shortReset() {
        return shortReset;
    }

    /** @return the fraction of 200 answers sent with an empty or blank body instead of their JSON */
    public double emptyBodies() {
        return emptyBodies;
    }

    /** @return whether v3 listings report only {@code meta.cursor_pagination}, never {@code meta.pagination} */
    public boolean cursorPaginationOnly() {
        return cursorPaginationOnly;
    }

    /** @return the fraction answered with a {@code 1xx} status line and nothing after it */
    public double informationalOnly() {
        return informationalOnly;
    }

    /** @return the fraction whose chunked body has a chunk-size line that is not hexadecimal */
    public double brokenChunkedBodies() {
        return brokenChunkedBodies;
    }

    /** @return the fraction whose body starts as the real one and then never ends */
    public double endlessBodies() {
        return endlessBodies;
    }

    /** @return {@code true} when any per-request draw is needed (a fault fraction or jitter) */
    boolean drawsPerRequest() {
        return !jitter.isZero() || replacingFractions() > 0 || hostileRateLimitHeaders > 0;
    }

    private double replacingFractions() {
        return serverErrors + htmlBadGateways + connectionResets + slowResponses + truncatedJson + malformedJson
                + rateLimitsWithoutHeaders + rateLimitsWithShortReset + emptyBodies + informationalOnly
                + brokenChunkedBodies + endlessBodies;
    }

    @Override
    public String toString() {
        return "Faults[latency=" + latency + ", jitter=" + jitter + ", serverErrors=" + serverErrors
                + ", htmlBadGateways=" + htmlBadGateways + ", connectionResets=" + connectionResets
                + ", slowResponses=" + slowResponses + " (" + slowResponseDelay + "), truncatedJson=" + truncatedJson
                + ", malformedJson=" + malformedJson + ", rateLimitsWithoutHeaders=" + rateLimitsWithoutHeaders
                + ", otherAppsRate=" + otherAppsRate + ", hostileRateLimitHeaders=" + hostileRateLimitHeaders + " "
                + hostileRateLimitHeaderKinds + ", rateLimitsWithShortReset=" + rateLimitsWithShortReset + " ("
                + shortReset + "), emptyBodies=" + emptyBodies + ", cursorPaginationOnly=" + cursorPaginationOnly
                + ", informationalOnly=" + informationalOnly + ", brokenChunkedBodies=" + brokenChunkedBodies
                + ", endlessBodies=" + endlessBodies + "]";
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
        private double hostileRateLimitHeaders;
        private Set<HostileRateLimitHeaders> hostileRateLimitHeaderKinds = EnumSet.allOf(HostileRateLimitHeaders.class);
        private double rateLimitsWithShortReset;
        private Duration shortReset = Duration.ofMillis(1);
        private double emptyBodies;
        private boolean cursorPaginationOnly;
        private double informationalOnly;
        private double brokenChunkedBodies;
        private double endlessBodies;

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
         * Replaces the four {@code X-Rate-Limit-*} headers of this fraction of answers (200s and the quota's 429s
         * alike) with hostile values, each drawn from {@code kinds} (all kinds when none is given). The status and body
         * stay as they were. This draw is separate from the faults that replace an answer.
         *
         * @param fraction in {@code [0, 1]}
         * @param kinds the kinds to draw from; none means all of {@link HostileRateLimitHeaders}
         * @return this builder
         */
        public Builder hostileRateLimitHeaders(double fraction, HostileRateLimitHeaders... kinds) {
            Objects.requireNonNull(kinds, "'kinds' cannot be null.");
            this.hostileRateLimitHeaders = fraction(fraction, "hostileRateLimitHeaders");
            this.hostileRateLimitHeaderKinds = kinds.length == 0 ? EnumSet.allOf(HostileRateLimitHeaders.class)
                    : EnumSet.copyOf(Arrays.asList(kinds));
            return this;
        }

        /**
         * Answers this fraction of calls 429 with rate-limit headers whose {@code X-Rate-Limit-Time-Reset-Ms} is
         * {@code reset} (and {@code Requests-Left} 0, no {@code X-Retry-After}), as a proxy that counts in its own tiny
         * windows does. A client that waits only what such headers ask turns one call into thousands of requests.
         *
         * @param fraction in {@code [0, 1]}
         * @param reset the reset the headers report, e.g. 1 ms; 0 or more
         * @return this builder
         */
        public Builder rateLimitsWithShortReset(double fraction, Duration reset) {
            this.rateLimitsWithShortReset = fraction(fraction, "rateLimitsWithShortReset");
            this.shortReset = nonNegative(reset, "shortReset");
            return this;
        }

        /**
         * Sends this fraction of 200 answers with an empty body ({@code Content-Length: 0}) or a blank one (a few
         * spaces and a line break), keeping the status and headers. Other statuses are left alone.
         *
         * @param fraction in {@code [0, 1]}
         * @return this builder
         */
        public Builder emptyBodies(double fraction) {
            this.emptyBodies = fraction(fraction, "emptyBodies");
            return this;
        }

        /**
         * Makes v3 listings report only {@code meta.cursor_pagination} ({@code count}, {@code per_page},
         * {@code start_cursor}, {@code end_cursor}, {@code links}), as {@code /customers} and channel listings were
         * seen to: {@code meta.pagination} is removed from every page that already carries a cursor block (customers,
         * and products asked with {@code after}), and from every page that holds the whole listing, whose cursor block
         * is derived from its ids and has no {@code links.next}. Pages of other endpoints with more to follow keep
         * {@code meta.pagination}, since those endpoints do not page by cursor.
         *
         * @param enabled whether listings report cursors only
         * @return this builder
         */
        public Builder cursorPaginationOnly(boolean enabled) {
            this.cursorPaginationOnly = enabled;
            return this;
        }

        /**
         * Answers this fraction of calls with an informational status line ({@code 100 Continue},
         * {@code 102 Processing} or {@code 103 Early Hints}, drawn per call) and its blank line, written as raw bytes,
         * and then closes the connection without a final response.
         *
         * @param fraction in {@code [0, 1]}
         * @return this builder
         */
        public Builder informationalOnly(double fraction) {
            this.informationalOnly = fraction(fraction, "informationalOnly");
            return this;
        }

        /**
         * Answers this fraction of calls with the real status and headers and {@code Transfer-Encoding: chunked}, a
         * valid first chunk holding the first half of the body, then a chunk-size line that is not hexadecimal
         * ({@code zz}), then closes the connection. Written as raw bytes.
         *
         * @param fraction in {@code [0, 1]}
         * @return this builder
         */
        public Builder brokenChunkedBodies(double fraction) {
            this.brokenChunkedBodies = fraction(fraction, "brokenChunkedBodies");
            return this;
        }

        /**
         * Answers this fraction of calls with the real status and headers, then a chunked body that starts as the
         * real one (its first half) and never ends: 512 spaces every 20 ms until the client closes the connection.
         * Data keeps arriving, so a timeout between reads never fires; only a bound on the whole call or on the body
         * size ends it.
         *
         * @param fraction in {@code [0, 1]}
         * @return this builder
         */
        public Builder endlessBodies(double fraction) {
            this.endlessBodies = fraction(fraction, "endlessBodies");
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
