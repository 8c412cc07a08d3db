package io.github.bcreactive.http;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

import org.springframework.http.HttpMethod;

/**
 * How a call is retried. Transport errors and 500, 502, 503 and 504 answers are retried with exponential backoff
 * and jitter, for the methods listed (GET and HEAD by default; add PUT and DELETE when those calls are safe to
 * repeat). POST is never retried once the request may have reached the server; a connection that failed before
 * sending is retried for every method. 501 and 505 are never retried. Separately, a 429 is always waited out and
 * retried until the call's total 429 wait would pass {@link #maxThrottleWait()}.
 *
 * <pre>{@code
 * RetryOptions retry = RetryOptions.defaults()
 *         .withMaxRetries(5)
 *         .withMethods(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.PUT);
 * }</pre>
 *
 * @param maxRetries retries after the first attempt, for transport errors and 5xx (0 turns them off)
 * @param initialBackoff the wait before the first retry; each further retry doubles it, with jitter
 * @param maxBackoff the longest wait between two retries
 * @param methods the methods retried after they may have reached the server
 * @param maxThrottleWait the most a call waits in total across the 429s it meets
 */
public record RetryOptions(int maxRetries, Duration initialBackoff, Duration maxBackoff, Set<HttpMethod> methods,
        Duration maxThrottleWait) {

    private static final RetryOptions DEFAULTS = new RetryOptions(3, Duration.ofMillis(250), Duration.ofSeconds(10),
            Set.of(HttpMethod.GET, HttpMethod.HEAD), Duration.ofMinutes(2));

    /**
     * Checks the options.
     *
     * @param maxRetries retries after the first attempt, 0 or more
     * @param initialBackoff the first wait, positive
     * @param maxBackoff the longest wait, at least the first
     * @param methods the retried methods; POST and PATCH are refused
     * @param maxThrottleWait the total 429 wait, 0 or more
     */
    public RetryOptions {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("'maxRetries' must be 0 or more, was " + maxRetries + ".");
        }
        requirePositive(initialBackoff, "initialBackoff");
        requirePositive(maxBackoff, "maxBackoff");
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("'maxBackoff' must be at least 'initialBackoff'.");
        }
        methods = Set.copyOf(Objects.requireNonNull(methods, "'methods' cannot be null."));
        if (methods.contains(HttpMethod.POST) || methods.contains(HttpMethod.PATCH)) {
            throw new IllegalArgumentException("'methods' cannot include POST or PATCH: they are not idempotent, so "
                    + "they are retried only when the connection failed before the request was sent.");
        }
        Objects.requireNonNull(maxThrottleWait, "'maxThrottleWait' cannot be null.");
        if (maxThrottleWait.isNegative()) {
            throw new IllegalArgumentException("'maxThrottleWait' cannot be negative.");
        }
    }

    /**
     * The defaults: 3 retries from 250 ms up to 10 s, for GET and HEAD; up to 2 minutes of 429 waits.
     *
     * @return the default options
     */
    public static RetryOptions defaults() {
        return DEFAULTS;
    }

    /**
     * A copy with another number of retries.
     *
     * @param maxRetries retries after the first attempt, 0 or more
     * @return the new options
     */
    public RetryOptions withMaxRetries(int maxRetries) {
        return new RetryOptions(maxRetries, initialBackoff, maxBackoff, methods, maxThrottleWait);
    }

    /**
     * A copy with other backoff bounds.
     *
     * @param initialBackoff the first wait
     * @param maxBackoff the longest wait
     * @return the new options
     */
    public RetryOptions withBackoff(Duration initialBackoff, Duration maxBackoff) {
        return new RetryOptions(maxRetries, initialBackoff, maxBackoff, methods, maxThrottleWait);
    }

    /**
     * A copy that retries these methods once they may have reached the server.
     *
     * @param methods idempotent methods only: GET, HEAD, PUT, DELETE, OPTIONS
     * @return the new options
     */
    public RetryOptions withMethods(HttpMethod... methods) {
        return new RetryOptions(maxRetries, initialBackoff, maxBackoff, Set.of(methods), maxThrottleWait);
    }

    /**
     * A copy with another cap on the total 429 wait of one call.
     *
     * @param maxThrottleWait the cap; past it the call fails with {@code TooManyRequestsException}
     * @return the new options
     */
    public RetryOptions withMaxThrottleWait(Duration maxThrottleWait) {
        return new RetryOptions(maxRetries, initialBackoff, maxBackoff, methods, maxThrottleWait);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, () -> "'" + name + "' cannot be null.");
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("'" + name + "' must be positive.");
        }
    }
}
