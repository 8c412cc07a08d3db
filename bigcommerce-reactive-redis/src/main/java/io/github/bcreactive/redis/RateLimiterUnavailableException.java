package io.github.bcreactive.redis;

import java.time.Duration;

import io.github.bcreactive.error.BigCommerceException;

/**
 * The shared rate limiter could not reach Redis: it did not answer within the
 * {@linkplain RedisRateLimiter.Builder#acquireTimeout(Duration) acquire timeout}, or the connection failed. The
 * request was not sent. Raised only when no {@linkplain RedisRateLimiter.Builder#fallback(
 * io.github.bcreactive.ratelimit.RateLimiter) fallback limiter} was chosen; the limiter asks Redis again on its own
 * once the acquire timeout has passed, so calls work again as soon as Redis is back.
 *
 * <pre>{@code
 * client.v3().get("/catalog/products/1")
 *         .onErrorResume(RateLimiterUnavailableException.class, e -> Mono.empty());
 * }</pre>
 */
public final class RateLimiterUnavailableException extends BigCommerceException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed; names no host or password
     * @param cause Redis's or Lettuce's failure, or {@code null}
     */
    public RateLimiterUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
