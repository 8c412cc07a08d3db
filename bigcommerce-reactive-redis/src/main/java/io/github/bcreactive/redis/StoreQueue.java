package io.github.bcreactive.redis;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import reactor.core.scheduler.Scheduler;

/**
 * This JVM's requests waiting for one store, in arrival order. Only the head asks Redis for a permit, one question at
 * a time: when Redis answers "wait", the next question goes after that wait (at most {@link #MAX_WAIT} later, so that
 * what other JVMs learn is seen), on a timer of the scheduler, or as soon as this JVM reports a response of the store.
 * When the queue empties the polling stops and the queue retires: it leaves the limiter's map and refuses new waiters.
 * When Redis fails or does not answer in time, every waiter fails with {@link RateLimiterUnavailableException}.
 */
final class StoreQueue {

    /** The longest this JVM waits before asking Redis again. */
    static final Duration MAX_WAIT = Duration.ofSeconds(1);

    private static final Logger LOG = LoggerFactory.getLogger(StoreQueue.class);

    private final String storeHash;
    private final QuotaScript script;
    private final Scheduler scheduler;
    private final ConcurrentMap<String, StoreQueue> owner;
    private final Runnable onUnavailable;
    private final Set<Waiter> waiters = new LinkedHashSet<>();

    private boolean polling;
    private boolean retired;
    private Disposable delay;

    StoreQueue(String storeHash, QuotaScript script, Scheduler scheduler, ConcurrentMap<String, StoreQueue> owner,
            Runnable onUnavailable) {
        this.storeHash = storeHash;
        this.script = script;
        this.scheduler = scheduler;
        this.owner = owner;
        this.onUnavailable = onUnavailable;
    }

    /** Queues a subscriber of {@code acquire}; {@code false} when this queue retired and a new one is needed. */
    boolean enqueue(MonoSink<Void> sink) {
        Waiter waiter = new Waiter(sink);
        boolean start;
        synchronized (this) {
            if (retired) {
                return false;
            }
            waiters.add(waiter);
            start = !polling;
            polling = true;
        }
        sink.onCancel(() -> leave(waiter));
        if (start) {
            ask();
        }
        return true;
    }

    synchronized int waiting() {
        return waiters.size();
    }

    /** Asks Redis for a permit; the question is never cancelled, so that a permit it takes is never lost. */
    private void ask() {
        script.acquire(storeHash)
                .publishOn(scheduler)
                .subscribe(answer -> answered(answer.code()), this::failed);
    }

    private void answered(long waitMs) {
        if (waitMs > 0) {
            synchronized (this) {
                if (!stopIfEmpty()) {
                    Duration wait = Duration.ofMillis(Math.min(waitMs, MAX_WAIT.toMillis()));
                    delay = Mono.delay(wait, scheduler).subscribe(tick -> ask());
                }
            }
            return;
        }
        Waiter next = claimHead();
        if (next == null) {
            script.refund(storeHash).subscribe(answer -> { }, this::logFailure);
            continuePolling();
            return;
        }
        // the queue retires before the permit is delivered, so a caller served last finds the store no longer waiting
        boolean stopped;
        synchronized (this) {
            stopped = stopIfEmpty();
        }
        next.sink.success();
        if (!stopped) {
            ask();
        }
    }

    /**
     * Redis failed or did not answer in time: every waiter of the queue fails at once (each would wait as long for
     * the same Redis), and the limiter is told, so that new requests do not wait for it either for a while.
     */
    private void failed(Throwable error) {
        onUnavailable.run();
        for (Waiter waiter = claimHead(); waiter != null; waiter = claimHead()) {
            waiter.sink.error(error);
        }
        continuePolling();
    }

    private void continuePolling() {
        boolean stopped;
        synchronized (this) {
            stopped = stopIfEmpty();
        }
        if (!stopped) {
            ask();
        }
    }

    /** Asks again now instead of at the end of the current wait: this JVM just reported something of the store. */
    void nudge() {
        synchronized (this) {
            if (delay == null || delay.isDisposed()) {
                return;
            }
            delay.dispose();
            delay = null;
        }
        ask();
    }

    /** Takes the first waiter still waiting out of the queue. */
    private synchronized Waiter claimHead() {
        Iterator<Waiter> queue = waiters.iterator();
        while (queue.hasNext()) {
            Waiter waiter = queue.next();
            queue.remove();
            if (waiter.claimed.compareAndSet(false, true)) {
                return waiter;
            }
        }
        return null;
    }

    private void leave(Waiter waiter) {
        if (!waiter.claimed.compareAndSet(false, true)) {
            return;
        }
        synchronized (this) {
            waiters.remove(waiter);
            // Only a timer between two questions is stopped: a question already sent is left to answer.
            if (waiters.isEmpty() && delay != null && !delay.isDisposed()) {
                delay.dispose();
                stopIfEmpty();
            }
        }
    }

    /** Stops polling and retires when nobody waits; must hold the lock. */
    private boolean stopIfEmpty() {
        if (!waiters.isEmpty()) {
            return false;
        }
        polling = false;
        retired = true;
        delay = null;
        owner.remove(storeHash, this);
        return true;
    }

    private void logFailure(Throwable error) {
        LOG.warn("Could not give back an unused permit of store {}", storeHash, error);
    }

    /** A subscriber of {@code acquire}; {@code claimed} once granted, failed or cancelled. */
    private static final class Waiter {
        private final MonoSink<Void> sink;
        private final AtomicBoolean claimed = new AtomicBoolean();

        private Waiter(MonoSink<Void> sink) {
            this.sink = sink;
        }
    }
}
