package io.github.bcreactive.ratelimit;

import java.time.Duration;

/**
 * One store's quota as the limiter follows it: the rules deciding when the next permit may go. Times are nanoseconds
 * of the limiter's scheduler clock. Not thread-safe: {@link StoreBucket} guards it.
 *
 * <p>Two phases. While the store's window is unknown (before its first rate-limit headers, or after it sat idle for
 * a whole window) at most {@code initialPermits} requests are in flight. Once a response told the quota, the
 * requests left and the reset, the window is tracked, and the requests left for this process are
 * <em>the lowest count the store reported in this window, less the permits granted since that the store may not have
 * counted yet</em>. Those are taken to be the permits still in flight that were granted since the last refill: the
 * store counts a request when it arrives, requests arrive about in the order they were granted, so the lowest count
 * includes every answered request and the older ones still out, and misses at most the ones still out. Lower counts
 * (other apps spend the same quota) lower it; a higher count from an answer that was overtaken never raises it.
 *
 * <p>At the reset the bucket refills: the count becomes the quota less everything in flight, and the next reset is
 * projected one window on, until the new window's first answer replaces both. A response whose reset lies half a
 * window or more before the tracked one answers a request of a window that already ended and is ignored; one whose
 * reset lies half a window or more after it means the store already moved on, and is adopted. The reset a response
 * reports, once turned into an instant ({@code now + resetIn}), is never earlier than the store's true reset (the
 * store computed it before the response travelled), so within a window the earliest is kept; the projection may be
 * early, when the store opens its next window with the first request after the reset (as BigCommerce describes it).
 */
final class QuotaWindow {

    private final RateLimitOptions options;
    private final InFlight inFlight;

    private boolean tracking;
    private int quota = -1;
    private long windowNanos = -1;
    private long resetAt;
    private boolean resetProjected;
    private long grantedSinceRefill;
    private int lowestReported;
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
        if (tracking) {
            nextSpreadAt = now + (resetAt - now) / usable();
        }
        inFlight.add();
        grantedSinceRefill++;
        lastActivityAt = now;
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
        // a count above the quota learnt earlier cannot be true: never trust more than the quota
        int reported = quota > 0 ? Math.min(status.left().getAsInt(), quota) : status.left().getAsInt();
        if (status.resetIn().isEmpty() || quota < 0 || windowNanos <= 0) {
            if (tracking) {
                lowestReported = Math.min(lowestReported, reported);
            }
            return tracking;
        }
        long reportedResetAt = now + status.resetIn().get().toNanos();
        long tolerance = windowNanos / 2;
        if (!tracking || reportedResetAt > resetAt + tolerance) {
            // the first window seen, or the store moved on without us: any permit still out may be uncounted
            tracking = true;
            resetAt = reportedResetAt;
            resetProjected = false;
            lowestReported = reported;
            grantedSinceRefill = inFlight.count();
            nextSpreadAt = now;
        } else if (reportedResetAt >= resetAt - tolerance) {
            resetAt = resetProjected ? reportedResetAt : Math.min(resetAt, reportedResetAt);
            lowestReported = resetProjected ? reported : Math.min(lowestReported, reported);
            resetProjected = false;
        }
        return true;
    }

    /** Takes back a permit granted to a waiter that never used it: it spent nothing, so the next may go at once. */
    void refund(long now) {
        roll(now);
        inFlight.release();
        grantedSinceRefill = Math.max(0, grantedSinceRefill - 1);
        nextSpreadAt = Math.min(nextSpreadAt, now);
    }

    /** Forgets one permit whose request ended without a response. */
    void unanswered(long now) {
        roll(now);
        inFlight.release();
        lastActivityAt = now;
    }

    /** Holds new permits until {@code now + wait} (a 429), the wait clamped to {@link RateLimitStatus#MAX_WINDOW}. */
    void hold(long now, Duration wait) {
        long nanos = wait.compareTo(RateLimitStatus.MAX_WINDOW) > 0 ? RateLimitStatus.MAX_WINDOW.toNanos()
                : Math.max(0, wait.toNanos());
        heldUntil = Math.max(heldUntil, now + nanos);
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
                tracking ? left() : -1, Duration.ofNanos(tracking || event == QuotaState.Event.THROTTLED
                        ? Math.max(0, until - now) : 0), waiting);
    }

    /** The requests this process may still send in the window (see the class comment). */
    private int left() {
        long uncounted = resetProjected ? inFlight.count() : Math.min(inFlight.count(), grantedSinceRefill);
        return (int) Math.max(0, lowestReported - uncounted);
    }

    /**
     * The requests left less the reserve; the reserve never takes a whole quota, so that a store whose quota is at or
     * below {@link RateLimitOptions#minRequestsRemaining()} still gets one request per window instead of none ever.
     */
    private int usable() {
        int reserve = quota > 0 ? Math.min(options.minRequestsRemaining(), quota - 1) : options.minRequestsRemaining();
        return left() - reserve;
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
        lowestReported = quota;
        grantedSinceRefill = 0;
        nextSpreadAt = now;
    }
}
