package io.github.bcreactive.test;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many requests each simulated store serves at once, as a store's backend has a capacity besides its quota.
 * Below it, a call's latency grows with the load (it doubles at full capacity); a call arriving when the store is full
 * is refused, alternately with a 503 and with a 429 without rate-limit headers (what BigCommerce answers under
 * platform load). Unlimited unless set; it can change while the simulator runs, e.g. a store whose capacity drops.
 */
final class StoreCapacity {

    /** No limit. */
    static final int UNLIMITED = Integer.MAX_VALUE;

    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final AtomicLong refusals = new AtomicLong();
    private volatile int capacity = UNLIMITED;

    void set(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("'capacity' must be 1 or more, was " + capacity);
        }
        this.capacity = capacity;
    }

    int get() {
        return capacity;
    }

    /**
     * Lets a call in, or refuses it.
     *
     * @return 0 when admitted (then {@link #exit(String)} must follow), else the status to refuse it with
     */
    int enter(String storeHash) {
        int limit = capacity;
        AtomicInteger count = inFlight.computeIfAbsent(storeHash, hash -> new AtomicInteger());
        int now = count.incrementAndGet();
        if (limit == UNLIMITED || now <= limit) {
            return 0;
        }
        count.decrementAndGet();
        return refusals.incrementAndGet() % 2 == 0 ? 429 : 503;
    }

    void exit(String storeHash) {
        inFlight.get(storeHash).decrementAndGet();
    }

    /** The latency of an admitted call: the base latency, grown with the store's load (double at full capacity). */
    long latency(String storeHash, long baseMillis) {
        int limit = capacity;
        if (limit == UNLIMITED || baseMillis == 0) {
            return baseMillis;
        }
        int load = inFlight.get(storeHash).get();
        return baseMillis + baseMillis * Math.min(load, limit) / limit;
    }
}
