package io.github.bcreactive.ratelimit;

/**
 * One store's adaptive limit of requests in flight: AIMD. Times are nanoseconds of the limiter's clock. Not
 * thread-safe: {@link StoreConcurrency} guards it.
 *
 * <ul>
 *   <li><b>Growth only when used.</b> An answer grows the limit only if the store had (nearly) the whole limit in
 *       flight when it came: a limit the callers do not use is not raised, so it stays close to their demand and
 *       has little to shed when the store struggles.</li>
 *   <li><b>Slow start.</b> Until the store first shows congestion, each such answer adds one: the limit doubles per
 *       round of answers, so a healthy store reaches the callers' demand in a few rounds.</li>
 *   <li><b>Additive increase.</b> After that, each adds {@code 1 / limit}: about one more request in flight per round
 *       of answers.</li>
 *   <li><b>Multiplicative decrease.</b> A 429 or a 500, 502, 503 or 504 multiplies the limit by the backoff ratio.
 *       So does a short-run latency (smoothed over about 5 answers) above {@code latencyTolerance} times the
 *       long-run latency (smoothed over about 50): latency that is <em>rising</em>, not latency that is high. At most
 *       one decrease per short-run latency: the requests already out when the store first struggled answer about
 *       then, and their errors are the same congestion, not a new one.</li>
 *   <li><b>Why two averages rather than the lowest latency seen.</b> The latency the client measures includes its
 *       own queueing (a busy event loop, a full connection pool) and differs by endpoint; against a fixed minimum it
 *       reads as congestion for ever. The long-run average follows a store whose requests got lastingly heavier, so
 *       only a change is a signal.</li>
 * </ul>
 */
final class ConcurrencyLimit {

    private static final double SHORT_SMOOTHING = 0.2;
    private static final double LONG_SMOOTHING = 0.02;
    private static final long MIN_COOLDOWN_NANOS = 10_000_000L;

    private final AdaptiveConcurrencyOptions options;
    private double limit;
    private double baselineNanos = -1;
    private double smoothedNanos = -1;
    private long lastDecreaseAt = Long.MIN_VALUE;
    private boolean slowStart = true;

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
        baselineNanos = baselineNanos < 0 ? latency : baselineNanos + LONG_SMOOTHING * (latency - baselineNanos);
        smoothedNanos = smoothedNanos < 0 ? latency : smoothedNanos + SHORT_SMOOTHING * (latency - smoothedNanos);
        if (smoothedNanos > options.latencyTolerance() * baselineNanos) {
            decrease(now);
        } else if (inFlight + 1 >= current()) {
            limit = Math.min(options.maxLimit(), limit + (slowStart ? 1 : 1 / limit));
        }
    }

    private void decrease(long now) {
        long cooldown = Math.max(MIN_COOLDOWN_NANOS, (long) smoothedNanos);
        if (lastDecreaseAt != Long.MIN_VALUE && now - lastDecreaseAt < cooldown) {
            return;
        }
        lastDecreaseAt = now;
        slowStart = false;
        limit = Math.max(options.minLimit(), Math.floor(limit * options.backoffRatio()));
    }
}
