package io.github.bcreactive.ratelimit;

/** Where a request run by {@link RateLimiter#withPermit} stands; who moves it last owns the permit's release. */
final class PermitStage {

    /**
     * Waiting for the permit: a cancellation is the limiter's to handle, unless the permit is delivered anyway (the
     * delivery won the race), and then it is released on arrival.
     */
    static final int WAITING = 0;
    /** The permit was delivered and the request has not started: a cancellation releases the permit. */
    static final int GRANTED = 1;
    /** The request started: it reports its own outcome. */
    static final int STARTED = 2;
    /** Cancelled. */
    static final int CANCELLED = 3;

    private PermitStage() {
    }
}
