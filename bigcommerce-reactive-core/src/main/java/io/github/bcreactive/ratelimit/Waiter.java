package io.github.bcreactive.ratelimit;

import java.util.concurrent.atomic.AtomicInteger;

import reactor.core.publisher.MonoSink;

/**
 * One subscriber of a limiter's {@code acquire} waiting for its permit, and who owns that permit.
 *
 * <p>The permit belongs to the limiter until the subscriber has it. A waiter is granted under its queue's lock
 * ({@link #claim()}) and told outside it ({@link #signal()}); a cancellation can land in between. The sink decides
 * which of the two wins: its {@code onCancel} runs only when the cancellation beat the success. So a cancellation
 * that finds the waiter already granted means the subscriber never got the permit, and it is given back to the queue
 * ({@link Queue#refund()}); one that finds it still waiting only leaves the queue.
 */
final class Waiter {

    /** Where a waiter waits: the queue it leaves when cancelled, and takes a refund for a permit it never used. */
    interface Queue {

        /** Removes a waiter cancelled before its turn. */
        void remove(Waiter waiter);

        /** Takes back a permit granted to a waiter whose subscriber cancelled before receiving it. */
        void refund();
    }

    private static final int WAITING = 0;
    private static final int GRANTED = 1;
    private static final int CANCELLED = 2;

    private final MonoSink<Void> sink;
    private final AtomicInteger state = new AtomicInteger(WAITING);
    private volatile Queue queue;

    Waiter(MonoSink<Void> sink) {
        this.sink = sink;
        sink.onCancel(this::cancel);
    }

    /** Claims the permit for this waiter; {@code false} when it was cancelled first. */
    boolean claim() {
        return state.compareAndSet(WAITING, GRANTED);
    }

    /** Tells the subscriber it may go; only after a successful {@link #claim()}, outside any lock. */
    void signal() {
        sink.success();
    }

    /** Joins {@code queue}. */
    void queuedIn(Queue queue) {
        this.queue = queue;
    }

    /** The subscriber cancelled before it received its permit: leaves the queue, or gives the permit back. */
    private void cancel() {
        int previous = state.getAndSet(CANCELLED);
        Queue owner = queue;
        if (owner == null) {
            return;
        }
        if (previous == WAITING) {
            owner.remove(this);
        } else if (previous == GRANTED) {
            owner.refund();
        }
    }
}
