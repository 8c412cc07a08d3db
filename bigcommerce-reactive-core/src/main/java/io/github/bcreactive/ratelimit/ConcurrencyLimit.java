package io.github.bcreactive.ratelimit;

/**
 * One store's adaptive limit of requests in flight: AIMD. Times are nanoseconds of the limiter's clock. Not
 * thread-safe: {@link StoreConcurrency} guards it.
 *
 * <ul>
 *   <li><b>Additive increase.</b> Each answered request that was not a congestion signal, while the store used at
 *       least half its limit, adds {@code 1 / limit}: about one more request in flight per round of answers.</li>
 *   <li><b>Multiplicative decrease.</b> A 429 or a 500, 502, 503 or 504 multiplies the limit by the backoff ratio.
 *       So does a smoothed latency above {@code latencyTolerance} times the store's no-load latency. At most one
 *       decrease per smoothed latency: the requests already out when the store first struggled answer about then,
 *       and their errors are the same congestion, not a new one.</li>
 *   <li><b>No-load latency.</b> The lowest latency seen, allowed to creep up by 1 % per answer, so a store whose
 *       requests got lastingly heavier (larger pages) is not shrunk for ever for being slower.</li>
 * </ul>
 */
final class ConcurrencyLimit {

    private static final double SMOOTHING = 0.2;
    private static final double BASELINE_DRIFT = 1.01;
    private static final long MIN_COOLDOWN_NANOS = 10_000_000L;

    private final AdaptiveConcurrencyOptions options;
    private double limit;
    private double baselineNanos = -1;
    private double smoothedNanos = -1;
    private long lastDecreaseAt = Long.MIN_VALUE;

    ConcurrencyLimit(AdaptiveConcurrencyOptions options) {
        this.options = options;
        this.limit = options.initialLimit();
    }

    /** The requests that may be in flight now. */
    int current() {
        return (int) limit;
    }

    /**
     * Learns from one answer.
     *
     * @param now the clock
     * @param statusCode the answer's HTTP status
     * @param latencyNanos how long it took
     * @param inFlight the requests in flight when it arrived, itself included
     */
    void answered(long now, int statusCode, long latencyNanos, int inFlight) {
        if (statusCode == 429 || statusCode == 500 || statusCode == 502 || statusCode == 503 || statusCode == 504) {
            decrease(now);
            return;
        }
        long latency = Math.max(1, latencyNanos);
        baselineNanos = baselineNanos < 0 ? latency : Math.min(latency, baselineNanos * BASELINE_DRIFT);
        smoothedNanos = smoothedNanos < 0 ? latency : smoothedNanos + SMOOTHING * (latency - smoothedNanos);
        if (smoothedNanos > options.latencyTolerance() * baselineNanos) {
            decrease(now);
        } else if (inFlight * 2 >= limit) {
            limit = Math.min(options.maxLimit(), limit + 1 / limit);
        }
    }

    private void decrease(long now) {
        long cooldown = Math.max(MIN_COOLDOWN_NANOS, (long) smoothedNanos);
        if (lastDecreaseAt != Long.MIN_VALUE && now - lastDecreaseAt < cooldown) {
            return;
        }
        lastDecreaseAt = now;
        limit = Math.max(options.minLimit(), Math.floor(limit * options.backoffRatio()));
    }
}
