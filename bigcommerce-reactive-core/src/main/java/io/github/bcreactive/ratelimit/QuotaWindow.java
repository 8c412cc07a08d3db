package io.github.bcreactive.ratelimit;

import java.time.Duration;

/**
 * One store's quota as the limiter follows it: the rules deciding when the next permit may go. Times are nanoseconds
 * of the limiter's scheduler clock. Not thread-safe: {@link StoreBucket} guards it.
 *
 * <p>Two phases. While the store's window is unknown (before its first rate-limit headers, or after it sat idle for
 * a whole window) at most {@code initialPermits} requests are in flight. Once a response told the quota, the
 * requests left and the reset, the window is tracked: {@code left} counts down with each permit, is lowered (never
 * raised) when the store reports fewer left than that (other apps share the quota), and is refilled to the quota at
 * the reset. A response whose reset lies half a window or more before the tracked one answers a request of a window
 * that already ended and is ignored; one whose reset lies half a window or more after it means the store already
 * moved on, and is adopted.
 *
 * <p>The reset a response reports, once turned into an instant ({@code now + resetIn}), is never earlier than the
 * store's true reset: the store computed it before the response travelled. So within a window the earliest of them is
 * kept. At a refill the next reset is only projected one window on, which is early when the store starts its next
 * window with the first request after the reset (as BigCommerce describes it); the first answer of the new window
 * therefore replaces the projection, whichever way it moves it. That answer also replaces the count the refill
 * guessed (the quota less the requests in flight, which may have been counted in the old window).
 */
final class QuotaWindow {

    private final RateLimitOptions options;
    private final InFlight inFlight;

    private boolean tracking;
    private int quota = -1;
    private long windowNanos = -1;
    private long resetAt;
    private boolean resetProjected;
    private int left = -1;
    private long nextSpreadAt;
    private long heldUntil;
    private long lastActivityAt;

    QuotaWindow(RateLimitOptions options, long now) {
        this.options = options;
        this.inFlight = new InFlight(options.permitTimeout().toNanos(), now);
        this.heldUntil = now;
        this.lastActivityAt = now;
    }

    /**
     * The earliest time the next permit may go.
     *
     * @return {@code now} when a permit may go at once, else a later time at which to look again
     */
    long permitAt(long now) {
        roll(now);
        if (now < heldUntil) {
            return heldUntil;
        }
        if (!tracking) {
            return inFlight.count() < options.initialPermits() ? now : inFlight.nextRollAt();
        }
        if (usable() <= 0) {
            return resetAt;
        }
        return options.waitUntilReset() ? now : Math.max(now, nextSpreadAt);
    }

    /** Spends one permit; only after {@link #permitAt(long)} returned {@code now}. */
    void grant(long now) {
        inFlight.add();
        lastActivityAt = now;
        if (tracking) {
            int usable = usable();
            left--;
            nextSpreadAt = now + (resetAt - now) / usable;
        }
    }

    /**
     * Learns from a response.
     *
     * @return {@code true} when the response told the requests left and the window is tracked
     */
    boolean answered(long now, RateLimitStatus status) {
        roll(now);
        inFlight.release();
        lastActivityAt = now;
        status.quota().ifPresent(q -> quota = q);
        status.window().filter(w -> !w.isZero()).ifPresent(w -> windowNanos = w.toNanos());
        if (status.left().isEmpty()) {
            return false;
        }
        int reportedLeft = Math.max(0, status.left().getAsInt() - inFlight.count());
        if (status.resetIn().isEmpty() || quota < 0 || windowNanos <= 0) {
            if (tracking) {
                left = Math.min(left, reportedLeft);
            }
            return tracking;
        }
        long reportedResetAt = now + status.resetIn().get().toNanos();
        long tolerance = windowNanos / 2;
        if (!tracking || reportedResetAt > resetAt + tolerance) {
            tracking = true;
            resetAt = reportedResetAt;
            resetProjected = false;
            left = reportedLeft;
            nextSpreadAt = now;
        } else if (reportedResetAt >= resetAt - tolerance) {
            resetAt = resetProjected ? reportedResetAt : Math.min(resetAt, reportedResetAt);
            left = resetProjected ? reportedLeft : Math.min(left, reportedLeft);
            resetProjected = false;
        }
        return true;
    }

    /** Forgets one permit whose request ended without a response. */
    void unanswered(long now) {
        roll(now);
        inFlight.release();
        lastActivityAt = now;
    }

    /** Holds new permits until {@code now + wait} (a 429). */
    void hold(long now, Duration wait) {
        heldUntil = Math.max(heldUntil, now + wait.toNanos());
        lastActivityAt = now;
    }

    /** Whether the store has had nothing in flight and no activity or hold for {@code idleNanos}. */
    boolean idle(long now, long idleNanos) {
        roll(now);
        return inFlight.count() == 0 && heldUntil <= now && now - lastActivityAt >= idleNanos;
    }

    /** Whether permits now wait for the reset because the store is at its minimum requests remaining. */
    boolean atThreshold() {
        return tracking && usable() <= 0;
    }

    QuotaState state(String storeHash, QuotaState.Event event, long now, int waiting) {
        long until = event == QuotaState.Event.THROTTLED ? heldUntil : resetAt;
        return new QuotaState(storeHash, event, quota, windowNanos > 0 ? Duration.ofNanos(windowNanos) : Duration.ZERO,
                tracking ? left : -1, Duration.ofNanos(tracking || event == QuotaState.Event.THROTTLED
                        ? Math.max(0, until - now) : 0), waiting);
    }

    private int usable() {
        return left - options.minRequestsRemaining();
    }

    /** Moves time on: forgets permits unanswered for too long, and refills a tracked window at its reset. */
    private void roll(long now) {
        inFlight.roll(now);
        if (!tracking || now < resetAt) {
            return;
        }
        if (now - resetAt >= windowNanos) {
            // A whole window went by unseen: where the store's windows now start is unknown.
            tracking = false;
            return;
        }
        resetAt += windowNanos;
        resetProjected = true;
        left = Math.max(0, quota - inFlight.count());
        nextSpreadAt = now;
    }
}
