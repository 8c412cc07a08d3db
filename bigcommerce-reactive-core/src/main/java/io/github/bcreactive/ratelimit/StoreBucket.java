package io.github.bcreactive.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.scheduler.Scheduler;

/**
 * One store's waiters in arrival order and its {@link QuotaWindow}, behind one lock. Waiters whose turn has not come
 * wait for a single timer per store, scheduled only while someone waits; they are signalled outside the lock.
 * Once {@linkplain #retireIfIdle(long, long) retired} (evicted) it refuses work and the caller looks the store up
 * again.
 */
final class StoreBucket implements Waiter.Queue {

    private static final Logger LOG = LoggerFactory.getLogger(StoreBucket.class);

    private final String storeHash;
    private final RateLimitListener listener;
    private final Scheduler scheduler;
    private final QuotaWindow window;
    private final Set<Waiter> waiters = new LinkedHashSet<>();

    private Disposable wakeUp;
    private long wakeUpAt;
    private long wakeUpTicket;
    private long lastNow;
    private boolean retired;

    StoreBucket(String storeHash, RateLimitOptions options, Scheduler scheduler) {
        this.storeHash = storeHash;
        this.listener = options.listener();
        this.scheduler = scheduler;
        this.lastNow = clock();
        this.window = new QuotaWindow(options, lastNow);
    }

    String storeHash() {
        return storeHash;
    }

    /** Queues the waiter and lets through whoever may go; {@code false} when this bucket was retired. */
    boolean enqueue(Waiter waiter) {
        List<Waiter> granted;
        synchronized (this) {
            if (retired) {
                return false;
            }
            waiter.queuedIn(this);
            waiters.add(waiter);
            granted = drain(now(Long.MIN_VALUE));
        }
        signal(granted);
        return true;
    }

    /** Learns from a response; {@code false} when this bucket was retired. */
    boolean answered(RateLimitStatus status) {
        List<Waiter> granted;
        QuotaState report = null;
        synchronized (this) {
            if (retired) {
                return false;
            }
            long now = now(Long.MIN_VALUE);
            if (window.answered(now, status)) {
                QuotaState.Event event = window.atThreshold() ? QuotaState.Event.THRESHOLD : QuotaState.Event.RESPONSE;
                granted = drain(now);
                report = window.state(storeHash, event, now, waiters.size());
            } else {
                granted = drain(now);
            }
        }
        signal(granted);
        report(report);
        return true;
    }

    /** Forgets a permit whose request got no response; {@code false} when this bucket was retired. */
    boolean unanswered() {
        List<Waiter> granted;
        synchronized (this) {
            if (retired) {
                return false;
            }
            long now = now(Long.MIN_VALUE);
            window.unanswered(now);
            granted = drain(now);
        }
        signal(granted);
        return true;
    }

    /** Holds the store's new requests for {@code wait} (a 429); {@code false} when this bucket was retired. */
    boolean hold(Duration wait) {
        List<Waiter> granted;
        QuotaState report;
        synchronized (this) {
            if (retired) {
                return false;
            }
            long now = now(Long.MIN_VALUE);
            window.hold(now, wait);
            granted = drain(now);
            report = window.state(storeHash, QuotaState.Event.THROTTLED, now, waiters.size());
        }
        LOG.debug("Store {} answered 429: holding its requests for {}", storeHash, wait);
        signal(granted);
        report(report);
        return true;
    }

    /** Takes back a permit whose waiter was cancelled before it received it, and lets the next waiter use it. */
    @Override
    public void refund() {
        List<Waiter> granted;
        synchronized (this) {
            long now = now(Long.MIN_VALUE);
            window.refund(now);
            granted = retired ? List.of() : drain(now);
        }
        signal(granted);
    }

    /** Removes a cancelled waiter from the queue. */
    @Override
    public synchronized void remove(Waiter waiter) {
        waiters.remove(waiter);
        if (waiters.isEmpty()) {
            cancelWakeUp();
        }
    }

    /** Retires the bucket when nothing waits and the store was idle for {@code idleNanos}. */
    synchronized boolean retireIfIdle(long now, long idleNanos) {
        if (retired || !waiters.isEmpty() || !window.idle(Math.max(now, lastNow), idleNanos)) {
            return retired;
        }
        retired = true;
        cancelWakeUp();
        return true;
    }

    synchronized int waiting() {
        return waiters.size();
    }

    /** Lets waiters go, in order, while the window allows; then sleeps until the next permit is due. */
    private List<Waiter> drain(long now) {
        List<Waiter> granted = new ArrayList<>();
        Iterator<Waiter> queue = waiters.iterator();
        while (queue.hasNext()) {
            long permitAt = window.permitAt(now);
            if (permitAt > now) {
                scheduleWakeUp(now, permitAt);
                return granted;
            }
            Waiter next = queue.next();
            queue.remove();
            if (next.claim()) {
                window.grant(now);
                granted.add(next);
            }
        }
        cancelWakeUp();
        return granted;
    }

    private void scheduleWakeUp(long now, long at) {
        if (wakeUp != null && wakeUpAt == at) {
            return;
        }
        cancelWakeUp();
        long ticket = wakeUpTicket;
        wakeUpAt = at;
        wakeUp = scheduler.schedule(() -> wake(ticket, at), at - now, TimeUnit.NANOSECONDS);
    }

    private void cancelWakeUp() {
        wakeUpTicket++;
        if (wakeUp != null) {
            wakeUp.dispose();
            wakeUp = null;
        }
    }

    private void wake(long ticket, long at) {
        List<Waiter> granted;
        synchronized (this) {
            if (ticket != wakeUpTicket || retired) {
                return;
            }
            wakeUp = null;
            // The timer is due: the scheduler's clock may read a little earlier when it is coarser than the timer.
            granted = drain(now(at));
        }
        signal(granted);
    }

    /** The scheduler's time, never going backwards and at least {@code atLeast}. */
    private long now(long atLeast) {
        lastNow = Math.max(Math.max(lastNow, clock()), atLeast);
        return lastNow;
    }

    private long clock() {
        return scheduler.now(TimeUnit.NANOSECONDS);
    }

    private static void signal(List<Waiter> granted) {
        for (Waiter waiter : granted) {
            waiter.signal();
        }
    }

    private void report(QuotaState state) {
        if (state == null) {
            return;
        }
        Listeners.tell(listener, state, LOG);
    }
}
