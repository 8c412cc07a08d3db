package io.github.bcreactive.http;

import java.time.Duration;
import java.util.Objects;

/**
 * Per-call settings that override the client's defaults. An unset setting keeps the client's.
 *
 * <pre>{@code
 * BigCommerceClient patient = client.withOptions(RequestOptions.defaults().withTimeout(Duration.ofMinutes(2)));
 * patient.v3().get("/catalog/summary");
 * }</pre>
 *
 * @param timeout the response timeout, or {@code null} to keep the client's
 * @param retry the retry options, or {@code null} to keep the client's
 */
public record RequestOptions(Duration timeout, RetryOptions retry) {

    private static final RequestOptions NONE = new RequestOptions(null, null);

    /**
     * Checks the options.
     *
     * @param timeout a positive timeout, or {@code null}
     * @param retry retry options, or {@code null}
     */
    public RequestOptions {
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new IllegalArgumentException("'timeout' must be positive.");
        }
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
     * A copy with another response timeout.
     *
     * @param timeout the timeout, positive
     * @return the new options
     */
    public RequestOptions withTimeout(Duration timeout) {
        return new RequestOptions(Objects.requireNonNull(timeout, "'timeout' cannot be null."), retry);
    }

    /**
     * A copy with other retry options.
     *
     * @param retry the retry options
     * @return the new options
     */
    public RequestOptions withRetry(RetryOptions retry) {
        return new RequestOptions(timeout, Objects.requireNonNull(retry, "'retry' cannot be null."));
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
                override.retry != null ? override.retry : retry);
    }
}
