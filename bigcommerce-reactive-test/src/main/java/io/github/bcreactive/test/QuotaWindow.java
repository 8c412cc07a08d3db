package io.github.bcreactive.test;

/**
 * One store's fixed rate-limit window, as BigCommerce documents it: a quota of requests per window
 * shared by every app on the store. A window opens with the first call after the previous one ended.
 */
final class QuotaWindow {

    /**
     * The outcome of one call.
     *
     * @param allowed whether the call may proceed
     * @param quota the window's quota
     * @param left requests left in the window after this call
     * @param windowMillis the window length
     * @param resetMillis time until the window resets
     */
    record Outcome(boolean allowed, int quota, int left, long windowMillis, long resetMillis) {
    }

    private final int quota;
    private final long windowMillis;
    private long windowStart = Long.MIN_VALUE;
    private int used;

    QuotaWindow(int quota, long windowMillis) {
        this.quota = quota;
        this.windowMillis = windowMillis;
    }

    synchronized Outcome acquire(long nowMillis, double otherAppsRate) {
        if (windowStart == Long.MIN_VALUE || nowMillis >= windowStart + windowMillis || nowMillis < windowStart) {
            windowStart = nowMillis;
            used = 0;
        }
        long elapsed = nowMillis - windowStart;
        int others = (int) Math.min(quota, Math.floor(otherAppsRate * elapsed / 1000.0));
        int left = quota - used - others;
        long reset = windowStart + windowMillis - nowMillis;
        if (left <= 0) {
            return new Outcome(false, quota, 0, windowMillis, reset);
        }
        used++;
        return new Outcome(true, quota, left - 1, windowMillis, reset);
    }

    synchronized void reset() {
        windowStart = Long.MIN_VALUE;
        used = 0;
    }
}
