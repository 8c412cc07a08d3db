package io.github.bcreactive.ratelimit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import reactor.core.scheduler.Scheduler;

/**
 * One store's requests in flight under its {@link ConcurrencyLimit}, and its waiters in arrival order, behind one
 * lock. A slot is taken when a waiter is granted and given back by the request's answer (or its loss, or a refund).
 * Waiters are signalled outside the lock; no timer is needed, since only answers free slots (and unanswered slots
 * expire after the permit timeout, checked whenever the store is touched).
 */
final class StoreConcurrency implements Waiter.Queue {

    private final ConcurrencyLimit limit;
    private final InFlight inFlight;
    private final Scheduler scheduler;
    private final Set<Waiter> waiters = new LinkedHashSet<>();

    StoreConcurrency(AdaptiveConcurrencyOptions options, Scheduler scheduler) {
        this.limit = new ConcurrencyLimit(options);
        this.scheduler = scheduler;
        this.inFlight = new InFlight(options.permitTimeout().toNanos(), now());
    }

    void enqueue(Waiter waiter) {
        List<Waiter> granted;
        synchronized (this) {
            waiter.queuedIn(this);
            waiters.add(waiter);
            granted = drain();
        }
        signal(granted);
    }

    /** A request answered: its slot is free, and the limit learns from the answer. */
    void answered(int statusCode, long latencyNanos) {
        List<Waiter> granted;
        synchronized (this) {
            long now = now();
            inFlight.roll(now);
            int atAnswer = inFlight.count();
            inFlight.release();
            limit.answered(now, statusCode, latencyNanos, atAnswer);
            granted = drain();
        }
        signal(granted);
    }

    /** A request ended without an answer, or never used its slot: the slot is free, and nothing is learnt. */
    @Override
    public void refund() {
        List<Waiter> granted;
        synchronized (this) {
            inFlight.roll(now());
            inFlight.release();
            granted = drain();
        }
        signal(granted);
    }

    @Override
    public synchronized void remove(Waiter waiter) {
        waiters.remove(waiter);
    }

    synchronized int limit() {
        return limit.current();
    }

    synchronized int inFlight() {
        inFlight.roll(now());
        return inFlight.count();
    }

    synchronized int waiting() {
        return waiters.size();
    }

    private List<Waiter> drain() {
        inFlight.roll(now());
        List<Waiter> granted = new ArrayList<>();
        Iterator<Waiter> queue = waiters.iterator();
        while (queue.hasNext() && inFlight.count() < limit.current()) {
            Waiter next = queue.next();
            queue.remove();
            if (next.claim()) {
                inFlight.add();
                granted.add(next);
            }
        }
        return granted;
    }

    private long now() {
        return scheduler.now(TimeUnit.NANOSECONDS);
    }

    private static void signal(List<Waiter> granted) {
        for (Waiter waiter : granted) {
            waiter.signal();
        }
    }
}
