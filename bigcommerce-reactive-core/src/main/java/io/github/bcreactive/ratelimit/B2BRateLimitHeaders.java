package io.github.bcreactive.ratelimit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads B2B Edition's rate-limit headers, which spell numbers with units: {@code X-Requests-Allocated: 150 times/60 s}
 * (the quota and its window), {@code X-Requests-Remaining: 150 times} (left in the window) and
 * {@code X-Request-Window-Resets-After: 0.397 s} (until the window resets). A header that does not read exactly so
 * (another unit, a sign, an absurd length) is absent; {@link RateLimitStatus}'s constructor clamps the rest.
 */
final class B2BRateLimitHeaders {

    private static final int MAX_LENGTH = 64;
    private static final Pattern COUNT = Pattern.compile("(\\d{1,10})(?:\\.\\d{1,20})?\\s*(?:times?)?");
    private static final Pattern ALLOCATED = Pattern.compile(
            "(\\d{1,10})\\s*(?:times?)?\\s*/\\s*(\\d{1,10}(?:\\.\\d{1,20})?)\\s*(ms|s|sec|seconds?|min|minutes?)?");
    private static final Pattern SECONDS = Pattern.compile("(\\d{1,10}(?:\\.\\d{1,20})?)\\s*(ms|s|sec|seconds?)?");

    private B2BRateLimitHeaders() {
    }

    /**
     * The status B2B Edition's headers report.
     *
     * @param header looks a header up by name; {@code null} when absent
     * @param retryAfter the wait a 429 asked for, read by the caller
     * @return the status, clamped
     */
    static RateLimitStatus parse(Function<String, String> header, Optional<Duration> retryAfter) {
        Matcher allocated = match(ALLOCATED, header.apply(RateLimitStatus.B2B_ALLOCATED_HEADER));
        OptionalInt quota = OptionalInt.empty();
        Optional<Duration> window = Optional.empty();
        if (allocated != null) {
            quota = count(allocated.group(1));
            window = duration(allocated.group(2), allocated.group(3));
        } else {
            Matcher bare = match(COUNT, header.apply(RateLimitStatus.B2B_ALLOCATED_HEADER));
            quota = bare == null ? OptionalInt.empty() : count(bare.group(1));
        }
        Matcher remaining = match(COUNT, header.apply(RateLimitStatus.B2B_REMAINING_HEADER));
        Matcher resets = match(SECONDS, header.apply(RateLimitStatus.B2B_RESETS_AFTER_HEADER));
        return new RateLimitStatus(window,
                resets == null ? Optional.empty() : duration(resets.group(1), resets.group(2)),
                quota,
                remaining == null ? OptionalInt.empty() : count(remaining.group(1)),
                retryAfter);
    }

    private static Matcher match(Pattern pattern, String value) {
        if (value == null || value.length() > MAX_LENGTH) {
            return null;
        }
        Matcher matcher = pattern.matcher(value.trim().toLowerCase(Locale.ROOT));
        return matcher.matches() ? matcher : null;
    }

    private static OptionalInt count(String digits) {
        long value = Long.parseLong(digits);
        return value > Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of((int) value);
    }

    /** A number of seconds (or of the unit given) as a duration, rounded up to the millisecond. */
    private static Optional<Duration> duration(String number, String unit) {
        BigDecimal millis = new BigDecimal(number).multiply(BigDecimal.valueOf(unit == null ? 1000
                : unit.equals("ms") ? 1 : unit.startsWith("min") ? 60_000 : 1000));
        return Optional.of(Duration.ofMillis(millis.setScale(0, RoundingMode.CEILING).longValueExact()));
    }
}
