package io.github.bcreactive.error;

import java.time.Duration;
import java.util.Optional;

import io.github.bcreactive.ratelimit.RateLimitStatus;

/**
 * 429 Too Many Requests: the store's quota is spent. The client waits and retries on its own; this exception reaches
 * the caller only once the call's total wait would pass {@code RetryOptions.maxThrottleWait()}.
 */
public final class TooManyRequestsException extends ClientRequestException {

    private static final long serialVersionUID = 1L;

    private final transient RateLimitStatus rateLimit;

    /**
     * Creates the exception for a response, parsing its rate-limit headers.
     *
     * @param response the failed response
     */
    TooManyRequestsException(FailedResponse response) {
        super(response);
        this.rateLimit = RateLimitStatus.parse(response.headers()::getFirst);
    }

    /**
     * The quota state the 429 reported.
     *
     * @return the parsed {@code X-Rate-Limit-*} headers
     */
    public RateLimitStatus rateLimit() {
        return rateLimit;
    }

    /**
     * The wait the 429 asked for: the longer of {@code X-Rate-Limit-Time-Reset-Ms} and {@code X-Retry-After}.
     *
     * @return the wait, or empty when the 429 carried neither header (platform load: back off and grow the wait)
     */
    public Optional<Duration> retryAfter() {
        return rateLimit.throttleWait();
    }
}
