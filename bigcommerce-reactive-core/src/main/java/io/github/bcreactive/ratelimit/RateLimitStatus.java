package io.github.bcreactive.ratelimit;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * A store's quota as one response reported it, from the {@code X-Rate-Limit-*} headers (read case-insensitively),
 * or, for a B2B Edition response that carries none of them, from B2B Edition's own headers
 * ({@code X-Requests-Allocated: 150 times/60 s}, {@code X-Requests-Remaining}, {@code X-Request-Window-Resets-After}).
 * Each part is absent when its header was missing or not a non-negative number: BigCommerce omits them under
 * platform load, and a proxy may mangle them.
 *
 * <p>The headers are untrusted input, so every status is clamped to sane ranges when it is made (by
 * {@link #parse(Function)} or the constructor), and nothing built from it can stall a store for ever or overflow:
 * <ul>
 *   <li>{@code window} is at most {@link #MAX_WINDOW} (the documented windows are 30 s, and 60 s for B2B Edition);
 *       a zero window is absent;</li>
 *   <li>{@code resetIn} is at most the window, or {@link #MAX_WINDOW} when the window is absent: a store never waits
 *       past the window its headers promise;</li>
 *   <li>{@code quota} is at least 1 (a store reporting quota 0 still gets one request per window, to learn whether
 *       it changed);</li>
 *   <li>{@code left} is at most the quota;</li>
 *   <li>{@code retryAfter} is at most {@link #MAX_WINDOW};</li>
 *   <li>negative values are absent.</li>
 * </ul>
 *
 * @param window the length of the quota window ({@code X-Rate-Limit-Time-Window-Ms})
 * @param resetIn time until the window resets ({@code X-Rate-Limit-Time-Reset-Ms})
 * @param quota requests allowed per window ({@code X-Rate-Limit-Requests-Quota})
 * @param left requests left in this window ({@code X-Rate-Limit-Requests-Left})
 * @param retryAfter the wait a 429 asked for ({@code X-Retry-After}, in seconds)
 */
public record RateLimitStatus(
        Optional<Duration> window,
        Optional<Duration> resetIn,
        OptionalInt quota,
        OptionalInt left,
        Optional<Duration> retryAfter) {

    /** Header with the window length in milliseconds. */
    public static final String WINDOW_HEADER = "X-Rate-Limit-Time-Window-Ms";
    /** Header with the milliseconds until the window resets. */
    public static final String RESET_HEADER = "X-Rate-Limit-Time-Reset-Ms";
    /** Header with the number of requests allowed per window. */
    public static final String QUOTA_HEADER = "X-Rate-Limit-Requests-Quota";
    /** Header with the number of requests left in the window. */
    public static final String LEFT_HEADER = "X-Rate-Limit-Requests-Left";
    /** Header with the seconds a 429 asks the client to wait. */
    public static final String RETRY_AFTER_HEADER = "X-Retry-After";
    /** B2B Edition's header with the quota and its window, e.g. {@code 150 times/60 s}. */
    public static final String B2B_ALLOCATED_HEADER = "X-Requests-Allocated";
    /** B2B Edition's header with the requests left in the window, e.g. {@code 149 times}. */
    public static final String B2B_REMAINING_HEADER = "X-Requests-Remaining";
    /** B2B Edition's header with the seconds until the window resets, e.g. {@code 0.397 s}. */
    public static final String B2B_RESETS_AFTER_HEADER = "X-Request-Window-Resets-After";

    /**
     * The longest window, reset or retry-after a status keeps (5 minutes); longer values are clamped to it. It is ten
     * times BigCommerce's documented 30 s window and five times B2B Edition's minute.
     */
    public static final Duration MAX_WINDOW = Duration.ofMinutes(5);

    private static final RateLimitStatus NONE = new RateLimitStatus(
            Optional.empty(), Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), Optional.empty());

    /**
     * Checks the parts and clamps them to the ranges in the class comment.
     *
     * @throws NullPointerException when a part is {@code null} (an absent part is empty, not {@code null})
     */
    public RateLimitStatus {
        Objects.requireNonNull(window, "'window' cannot be null.");
        Objects.requireNonNull(resetIn, "'resetIn' cannot be null.");
        Objects.requireNonNull(quota, "'quota' cannot be null.");
        Objects.requireNonNull(left, "'left' cannot be null.");
        Objects.requireNonNull(retryAfter, "'retryAfter' cannot be null.");
        window = window.filter(w -> !w.isNegative() && !w.isZero()).map(w -> atMost(w, MAX_WINDOW));
        Duration longestReset = window.orElse(MAX_WINDOW);
        resetIn = resetIn.filter(r -> !r.isNegative()).map(r -> atMost(r, longestReset));
        quota = quota.isPresent() && quota.getAsInt() >= 0 ? OptionalInt.of(Math.max(1, quota.getAsInt()))
                : OptionalInt.empty();
        left = left.isPresent() && left.getAsInt() >= 0
                ? OptionalInt.of(quota.isPresent() ? Math.min(left.getAsInt(), quota.getAsInt()) : left.getAsInt())
                : OptionalInt.empty();
        retryAfter = retryAfter.filter(r -> !r.isNegative()).map(r -> atMost(r, MAX_WINDOW));
    }

    /**
     * Reads the status from response headers.
     *
     * @param header looks a header up by name (case-insensitively); returns {@code null} when it is absent
     * @return the parsed status, clamped; parts whose header is missing or malformed are empty; B2B Edition's
     *     headers are read when no {@code X-Rate-Limit-*} quota header is there
     */
    public static RateLimitStatus parse(Function<String, String> header) {
        RateLimitStatus status = new RateLimitStatus(
                millis(header.apply(WINDOW_HEADER)),
                millis(header.apply(RESET_HEADER)),
                count(header.apply(QUOTA_HEADER)),
                count(header.apply(LEFT_HEADER)),
                seconds(header.apply(RETRY_AFTER_HEADER)));
        boolean quotaHeaders = status.window.isPresent() || status.resetIn.isPresent() || status.quota.isPresent()
                || status.left.isPresent();
        return quotaHeaders ? status : B2BRateLimitHeaders.parse(header, status.retryAfter);
    }

    /**
     * The status of a response that carried no rate-limit headers.
     *
     * @return a status with every part empty
     */
    public static RateLimitStatus none() {
        return NONE;
    }

    /**
     * Whether the response carried any usable rate-limit header.
     *
     * @return {@code true} when at least one part is present
     */
    public boolean isPresent() {
        return window.isPresent() || resetIn.isPresent() || quota.isPresent() || left.isPresent()
                || retryAfter.isPresent();
    }

    /**
     * The wait a 429 with this status asks for: the longer of the reset time and {@code X-Retry-After}.
     *
     * @return the wait, or empty when neither header was usable (a 429 caused by platform load)
     */
    public Optional<Duration> throttleWait() {
        if (resetIn.isEmpty()) {
            return retryAfter;
        }
        if (retryAfter.isEmpty()) {
            return resetIn;
        }
        return Optional.of(resetIn.get().compareTo(retryAfter.get()) >= 0 ? resetIn.get() : retryAfter.get());
    }

    private static Duration atMost(Duration value, Duration max) {
        return value.compareTo(max) > 0 ? max : value;
    }

    private static Optional<Duration> millis(String value) {
        long parsed = parseNonNegative(value);
        return parsed < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(parsed));
    }

    private static Optional<Duration> seconds(String value) {
        long parsed = parseNonNegative(value);
        return parsed < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(parsed));
    }

    private static OptionalInt count(String value) {
        long parsed = parseNonNegative(value);
        return parsed < 0 || parsed > Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of((int) parsed);
    }

    /** Parses a non-negative integer, also from a decimal such as "1.5" (floored); -1 when unusable. */
    private static long parseNonNegative(String value) {
        if (value == null) {
            return -1;
        }
        String trimmed = value.trim().toLowerCase(Locale.ROOT);
        if (trimmed.isEmpty() || trimmed.length() > 18) {
            return -1;
        }
        try {
            double parsed = Double.parseDouble(trimmed);
            return parsed >= 0 && parsed < Long.MAX_VALUE && !Double.isNaN(parsed) ? (long) parsed : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
