package io.github.bcreactive.autoconfigure.observation;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * What the limiter's decorator sees of one store, for the opt-in gauges: requests left as the last response said,
 * requests waiting for a permit, and when the hold after a 429 ends. Read from the limiter's calls, not its internals.
 */
final class StoreLimiterState {

    private final String store;
    private final LongSupplier nanoClock;
    private final AtomicLong requestsLeft = new AtomicLong(-1);
    private final AtomicInteger waiters = new AtomicInteger();
    private final AtomicLong holdUntilNanos = new AtomicLong(Long.MIN_VALUE);

    StoreLimiterState(String store, LongSupplier nanoClock) {
        this.store = store;
        this.nanoClock = nanoClock;
    }

    String store() {
        return store;
    }

    /** Requests left in the window, or NaN before the first response with rate-limit headers. */
    double requestsLeft() {
        long left = requestsLeft.get();
        return left < 0 ? Double.NaN : left;
    }

    double waiters() {
        return waiters.get();
    }

    /** Seconds left of the hold after a 429, 0 when not held. */
    double holdSeconds() {
        long until = holdUntilNanos.get();
        if (until == Long.MIN_VALUE) {
            return 0;
        }
        long left = until - nanoClock.getAsLong();
        return left <= 0 ? 0 : left / 1e9;
    }

    void requestsLeft(int left) {
        requestsLeft.set(left);
    }

    void waiting() {
        waiters.incrementAndGet();
    }

    void doneWaiting() {
        waiters.decrementAndGet();
    }

    void heldFor(long nanos) {
        holdUntilNanos.set(nanoClock.getAsLong() + nanos);
    }
}
