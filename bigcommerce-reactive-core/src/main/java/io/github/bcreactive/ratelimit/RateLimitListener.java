package io.github.bcreactive.ratelimit;

/**
 * Told a store's quota state by a {@link TokenBucketRateLimiter}: after every response that carried rate-limit
 * headers, when a store falls to its {@linkplain RateLimitOptions#minRequestsRemaining() minimum requests remaining},
 * and on every 429. Metrics read it; bigcommerce-api-python calls the same moment its {@code callback_function}.
 *
 * <p>It is called on the thread that reported the response, outside the limiter's locks; it must be quick and must
 * not block. Whatever it throws (short of a JVM-fatal error such as {@code OutOfMemoryError}) is logged at WARN and
 * ignored: a failing listener never fails a call nor stops the limiter.
 *
 * <pre>{@code
 * RateLimitListener listener = state -> {
 *     if (state.event() == QuotaState.Event.THROTTLED) {
 *         throttles.increment();
 *     }
 * };
 * }</pre>
 */
@FunctionalInterface
public interface RateLimitListener {

    /**
     * Receives a store's quota state.
     *
     * @param state the store's state just after the event
     */
    void onQuotaState(QuotaState state);

    /**
     * A listener that ignores every state.
     *
     * @return a listener doing nothing
     */
    static RateLimitListener none() {
        return state -> {
        };
    }
}
