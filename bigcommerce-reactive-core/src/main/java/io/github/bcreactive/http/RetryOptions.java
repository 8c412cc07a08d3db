package io.github.bcreactive.http;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

import org.springframework.http.HttpMethod;

/**
 * How a call is retried. Transport errors and 500, 502, 503 and 504 answers are retried with exponential backoff
 * and jitter, for the methods listed (GET and HEAD by default; add PUT and DELETE when those calls are safe to
 * repeat). POST is never retried once the request may have reached the server; a connection that failed before
 * sending is retried for every method. 501 and 505 are never retried.
 *
 * <p>Separately, a 429 is waited out and retried, for every method, as long as the call stays within both bounds:
 * at most {@link #maxThrottleRetries()} 429 retries, and at most {@link #maxThrottleWait()} of 429 waits in total.
 * Each wait is the longer of {@code X-Rate-Limit-Time-Reset-Ms} and {@code X-Retry-After}, but never less than
 * {@link #MIN_THROTTLE_WAIT}; a 429 without usable headers (platform load, or a reset of 0) waits 1 s, then 2 s,
 * 4 s, ... up to 30 s, as BigCommerce asks ("gradually increase the wait time"). The call timeout
 * ({@link RequestOptions#callTimeout()}) bounds all of it.
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
 * @param maxThrottleRetries the most 429 retries one call makes (0 turns them off)
 */
public record RetryOptions(int maxRetries, Duration initialBackoff, Duration maxBackoff, Set<HttpMethod> methods,
        Duration maxThrottleWait, int maxThrottleRetries) {

    /** The shortest wait after a 429, whatever its headers ask: a reset of 1 ms must not become a request storm. */
    public static final Duration MIN_THROTTLE_WAIT = Duration.ofMillis(250);
    /** The default number of 429 retries per call. */
    public static final int DEFAULT_MAX_THROTTLE_RETRIES = 10;

    private static final RetryOptions DEFAULTS = new RetryOptions(3, Duration.ofMillis(250), Duration.ofSeconds(10),
            Set.of(HttpMethod.GET, HttpMethod.HEAD), Duration.ofMinutes(2), DEFAULT_MAX_THROTTLE_RETRIES);

    /**
     * Checks the options.
     *
     * @param maxRetries retries after the first attempt, 0 or more
     * @param initialBackoff the first wait, positive
     * @param maxBackoff the longest wait, at least the first
     * @param methods the retried methods; POST and PATCH are refused
     * @param maxThrottleWait the total 429 wait, 0 or more
     * @param maxThrottleRetries the 429 retries per call, 0 or more
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
        if (maxThrottleRetries < 0) {
            throw new IllegalArgumentException("'maxThrottleRetries' must be 0 or more, was " + maxThrottleRetries
                    + ".");
        }
    }

    /**
     * Options with the default number of 429 retries ({@value #DEFAULT_MAX_THROTTLE_RETRIES}).
     *
     * @param maxRetries retries after the first attempt, 0 or more
     * @param initialBackoff the first wait, positive
     * @param maxBackoff the longest wait, at least the first
     * @param methods the retried methods; POST and PATCH are refused
     * @param maxThrottleWait the total 429 wait, 0 or more
     */
    public RetryOptions(int maxRetries, Duration initialBackoff, Duration maxBackoff, Set<HttpMethod> methods,
            Duration maxThrottleWait) {
        this(maxRetries, initialBackoff, maxBackoff, methods, maxThrottleWait, DEFAULT_MAX_THROTTLE_RETRIES);
    }

    /**
     * The defaults: 3 retries from 250 ms up to 10 s, for GET and HEAD; up to 10 429 retries and 2 minutes of 429
     * waits per call.
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
        return new RetryOptions(maxRetries, initialBackoff, maxBackoff, methods, maxThrottleWait, maxThrottleRetries);
    }

    /**
     * A copy with other backoff bounds.
     *
     * @param initialBackoff the first wait
     * @param maxBackoff the longest wait
     * @return the new options
     */
    public RetryOptions withBackoff(Duration initialBackoff, Duration maxBackoff) {
        return new RetryOptions(maxRetries, initialBackoff, maxBackoff, methods, maxThrottleWait, maxThrottleRetries);
    }

    /**
     * A copy that retries these methods once they may have reached the server.
     *
     * @param methods idempotent methods only: GET, HEAD, PUT, DELETE, OPTIONS
     * @return the new options
     */
    public RetryOptions withMethods(HttpMethod... methods) {
        return new RetryOptions(maxRetries, initialBackoff, maxBackoff, Set.of(methods), maxThrottleWait,
                maxThrottleRetries);
    }

    /**
     * A copy with another cap on the total 429 wait of one call.
     *
     * @param maxThrottleWait the cap; past it the call fails with {@code TooManyRequestsException}
     * @return the new options
     */
    public RetryOptions withMaxThrottleWait(Duration maxThrottleWait) {
        return new RetryOptions(maxRetries, initialBackoff, maxBackoff, methods, maxThrottleWait, maxThrottleRetries);
    }

    /**
     * A copy with another cap on the number of 429 retries of one call.
     *
     * @param maxThrottleRetries the cap, 0 or more; past it the call fails with {@code TooManyRequestsException}
     * @return the new options
     */
    public RetryOptions withMaxThrottleRetries(int maxThrottleRetries) {
        return new RetryOptions(maxRetries, initialBackoff, maxBackoff, methods, maxThrottleWait, maxThrottleRetries);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, () -> "'" + name + "' cannot be null.");
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("'" + name + "' must be positive.");
        }
    }
}
