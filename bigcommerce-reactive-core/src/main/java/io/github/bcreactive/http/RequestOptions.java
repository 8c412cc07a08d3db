package io.github.bcreactive.http;

import java.time.Duration;
import java.util.Objects;

/**
 * Per-call settings that override the client's defaults. An unset setting keeps the client's.
 *
 * <p>Two time limits apply to every call. The <em>response timeout</em> bounds one attempt: from sending to the last
 * byte of the response; running out fails the attempt with {@code ResponseTimeoutException}, which is retried like a
 * transport error. The <em>call timeout</em> bounds the whole call: waiting for a rate-limit permit, waiting out
 * 429s, every attempt and the backoff between them; running out cancels what is in flight and fails the call with
 * {@code CallTimeoutException}.
 *
 * <pre>{@code
 * BigCommerceClient patient = client.withOptions(RequestOptions.defaults()
 *         .withTimeout(Duration.ofMinutes(2))
 *         .withCallTimeout(Duration.ofMinutes(10)));
 * patient.v3().get("/catalog/summary");
 * }</pre>
 *
 * @param timeout the response timeout of each attempt, or {@code null} to keep the client's
 * @param retry the retry options, or {@code null} to keep the client's
 * @param callTimeout the deadline of the whole call, or {@code null} to keep the client's
 */
public record RequestOptions(Duration timeout, RetryOptions retry, Duration callTimeout) {

    private static final RequestOptions NONE = new RequestOptions(null, null, null);

    /**
     * Checks the options.
     *
     * @param timeout a positive response timeout, or {@code null}
     * @param retry retry options, or {@code null}
     * @param callTimeout a positive call timeout, or {@code null}
     */
    public RequestOptions {
        requirePositiveOrNull(timeout, "timeout");
        requirePositiveOrNull(callTimeout, "callTimeout");
    }

    /**
     * Options with a response timeout and retry options, keeping the client's call timeout.
     *
     * @param timeout a positive response timeout, or {@code null}
     * @param retry retry options, or {@code null}
     */
    public RequestOptions(Duration timeout, RetryOptions retry) {
        this(timeout, retry, null);
    }

    /**
     * Options that override nothing.
     *
     * @return the empty options
     */
    public static RequestOptions defaults() {
        return NONE;
    }

    /**
     * A copy with another response timeout, the limit of each attempt.
     *
     * @param timeout the timeout, positive
     * @return the new options
     */
    public RequestOptions withTimeout(Duration timeout) {
        return new RequestOptions(Objects.requireNonNull(timeout, "'timeout' cannot be null."), retry, callTimeout);
    }

    /**
     * A copy with another call timeout, the deadline of the whole call (limiter waits, 429 waits, retries, backoff).
     *
     * @param callTimeout the deadline, positive
     * @return the new options
     */
    public RequestOptions withCallTimeout(Duration callTimeout) {
        return new RequestOptions(timeout, retry,
                Objects.requireNonNull(callTimeout, "'callTimeout' cannot be null."));
    }

    /**
     * A copy with other retry options.
     *
     * @param retry the retry options
     * @return the new options
     */
    public RequestOptions withRetry(RetryOptions retry) {
        return new RequestOptions(timeout, Objects.requireNonNull(retry, "'retry' cannot be null."), callTimeout);
    }

    /**
     * These options with the other's set values on top.
     *
     * @param override the options that win where set
     * @return the merged options
     */
    public RequestOptions overriddenBy(RequestOptions override) {
        Objects.requireNonNull(override, "'override' cannot be null.");
        return new RequestOptions(override.timeout != null ? override.timeout : timeout,
                override.retry != null ? override.retry : retry,
                override.callTimeout != null ? override.callTimeout : callTimeout);
    }

    private static void requirePositiveOrNull(Duration duration, String name) {
        if (duration != null && (duration.isNegative() || duration.isZero())) {
            throw new IllegalArgumentException("'" + name + "' must be positive.");
        }
    }
}
