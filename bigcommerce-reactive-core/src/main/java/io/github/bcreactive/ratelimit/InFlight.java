package io.github.bcreactive.ratelimit;

/**
 * Counts a store's permits whose request has not reported back, in two generations so that permits never answered
 * (a transport that did not report a cancellation) stop counting after one to two {@code timeoutNanos}. Answers
 * release the older generation first. Not thread-safe: {@link StoreBucket} guards it.
 */
final class InFlight {

    private final long timeoutNanos;
    private long generationStart;
    private int current;
    private int previous;

    InFlight(long timeoutNanos, long now) {
        this.timeoutNanos = timeoutNanos;
        this.generationStart = now;
    }

    void add() {
        current++;
    }

    void release() {
        if (previous > 0) {
            previous--;
        } else if (current > 0) {
            current--;
        }
    }

    int count() {
        return current + previous;
    }

    /** When the next generation starts, dropping permits older than the timeout. */
    long nextRollAt() {
        return generationStart + timeoutNanos;
    }

    void roll(long now) {
        long elapsed = now - generationStart;
        if (elapsed < timeoutNanos) {
            return;
        }
        long generations = elapsed / timeoutNanos;
        previous = generations == 1 ? current : 0;
        current = 0;
        generationStart += generations * timeoutNanos;
    }
}
