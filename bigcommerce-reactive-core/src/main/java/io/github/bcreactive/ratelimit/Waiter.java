package io.github.bcreactive.ratelimit;

import java.util.concurrent.atomic.AtomicInteger;

import reactor.core.publisher.MonoSink;

/** One subscriber of {@link TokenBucketRateLimiter#acquire(String)} waiting for its permit. */
final class Waiter {

    private static final int WAITING = 0;
    private static final int GRANTED = 1;
    private static final int CANCELLED = 2;

    private final MonoSink<Void> sink;
    private final AtomicInteger state = new AtomicInteger(WAITING);
    private volatile StoreBucket bucket;

    Waiter(MonoSink<Void> sink) {
        this.sink = sink;
    }

    /** Claims the permit for this waiter; {@code false} when it was cancelled first. */
    boolean claim() {
        return state.compareAndSet(WAITING, GRANTED);
    }

    /** Tells the subscriber it may go; only after a successful {@link #claim()}, outside any lock. */
    void signal() {
        sink.success();
    }

    /** Joins the queue of {@code bucket}. */
    void queuedIn(StoreBucket bucket) {
        this.bucket = bucket;
    }

    /** Gives the waiter's place back, unless its permit was already claimed. */
    void cancel() {
        if (state.compareAndSet(WAITING, CANCELLED)) {
            StoreBucket queue = bucket;
            if (queue != null) {
                queue.remove(this);
            }
        }
    }
}
