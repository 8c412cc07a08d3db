package io.github.bcreactive.benchmarks;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bcreactive.ratelimit.QuotaState;
import io.github.bcreactive.ratelimit.RateLimitListener;

/**
 * Counts each store's quota windows from what the limiter reports: a new window begins when the reported reset moves
 * more than half a window later. Lets a benchmark run for exactly N of a store's windows, however late each one opened
 * (the store opens a window with the first request after the previous one ended).
 */
final class StoreWindows implements RateLimitListener {

    private final long halfWindowNanos;
    private final Map<String, Counter> stores = new ConcurrentHashMap<>();

    StoreWindows(Duration window) {
        this.halfWindowNanos = window.toNanos() / 2;
    }

    @Override
    public void onQuotaState(QuotaState state) {
        if (state.event() != QuotaState.Event.THROTTLED) {
            stores.computeIfAbsent(state.storeHash(), hash -> new Counter())
                    .seen(System.nanoTime() + state.resetIn().toNanos(), halfWindowNanos);
        }
    }

    /** Whether the store is still within its first {@code count} windows. */
    boolean within(String storeHash, int count) {
        Counter counter = stores.get(storeHash);
        return counter == null || counter.windows() <= count;
    }

    /** One store's windows; its own lock, taken once per response. */
    private static final class Counter {
        private long resetAt = Long.MIN_VALUE;
        private int windows;

        synchronized void seen(long reset, long halfWindowNanos) {
            if (resetAt == Long.MIN_VALUE || reset > resetAt + halfWindowNanos) {
                resetAt = reset;
                windows++;
            }
        }

        synchronized int windows() {
            return windows;
        }
    }
}
