package io.github.bcreactive.ratelimit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

import reactor.core.publisher.Mono;

/**
 * The concurrency limits BigCommerce states per endpoint ({@code /catalog/trees/{tree_id}/categories}: one request
 * at a time; {@code /catalog/categories}: 40; customers: 3), kept per store and endpoint for every client that shares
 * this limiter. A request takes a slot of its store's endpoint before it is sent and gives it back when it ends
 * (answered, failed or cancelled); the others wait in arrival order.
 *
 * <p>Nobody blocks: a waiter is a {@code Mono} completed when a slot frees. A waiter cancelled before its turn leaves
 * the queue; a slot granted to a waiter cancelled before it received it goes back at once (see {@link Handover}), so
 * a cancelled or timed-out call never keeps a slot. An endpoint of a store with nothing in flight and nobody waiting
 * is forgotten, so the memory held follows the requests in flight, not the stores ever seen.
 *
 * <pre>{@code
 * EndpointLimiter limiter = EndpointLimiter.create();
 * Mono<RawResponse> one = limiter.withSlot("abc123", "V3 GET /catalog/trees/{tree_id}/categories", 1,
 *         () -> sendTheRequest());
 * }</pre>
 */
public final class EndpointLimiter {

    private final ConcurrentMap<String, Slots> endpoints = new ConcurrentHashMap<>();

    private EndpointLimiter() {
    }

    /**
     * A limiter with no request in flight.
     *
     * @return a new limiter; share one per process (as {@code BigCommerceClients} does) so that every client of a
     *     store counts against the same slots
     */
    public static EndpointLimiter create() {
        return new EndpointLimiter();
    }

    /**
     * Runs {@code request} once the store's endpoint has a free slot, and frees the slot when it ends.
     *
     * @param storeKey the store
     * @param endpoint the endpoint's name, the same for every request it limits (e.g. its method and path template)
     * @param limit the most requests of the endpoint in flight at once, per store; positive
     * @param request makes the request; called at most once, only once the slot is held
     * @param <T> what the request emits
     * @return the request, run under a slot; nothing waits until subscription
     */
    public <T> Mono<T> withSlot(String storeKey, String endpoint, int limit, Supplier<? extends Mono<T>> request) {
        Objects.requireNonNull(storeKey, "'storeKey' cannot be null.");
        Objects.requireNonNull(endpoint, "'endpoint' cannot be null.");
        Objects.requireNonNull(request, "'request' cannot be null.");
        if (limit < 1) {
            throw new IllegalArgumentException("'limit' must be positive, was " + limit + ".");
        }
        String key = storeKey + " " + endpoint;
        return Mono.defer(() -> {
            Slots slots = endpoints.compute(key, (k, existing) -> (existing == null ? new Slots(k, limit) : existing)
                    .joined());
            Mono<Void> slot = Mono.create(sink -> slots.enqueue(new Waiter(sink)));
            return Handover.then(slot, () -> Mono.defer(request).doFinally(signal -> slots.refund()),
                    slots::refund);
        });
    }

    /** The requests of a store's endpoint holding a slot (for tests). */
    int inFlight(String storeKey, String endpoint) {
        Slots slots = endpoints.get(storeKey + " " + endpoint);
        return slots == null ? 0 : slots.inFlight();
    }

    /** How many endpoints of any store are remembered (for tests: none once everything ended). */
    int remembered() {
        return endpoints.size();
    }

    @Override
    public String toString() {
        return "EndpointLimiter[" + endpoints.size() + " endpoints in use]";
    }

    /**
     * One store's endpoint: its requests in flight and its waiters in arrival order, behind one lock. Each request
     * that joined leaves exactly once: as a waiter cancelled before its turn ({@link #remove}), or by giving its slot
     * back ({@link #refund}); the last to leave forgets the endpoint.
     */
    private final class Slots implements Waiter.Queue {

        private final String key;
        private final int limit;
        private final Set<Waiter> waiters = new LinkedHashSet<>();
        private int members;
        private int inFlight;

        Slots(String key, int limit) {
            this.key = key;
            this.limit = limit;
        }

        /** Counts one more request; called inside the map's {@code compute}, so it never joins a forgotten one. */
        Slots joined() {
            synchronized (this) {
                members++;
            }
            return this;
        }

        void enqueue(Waiter waiter) {
            List<Waiter> granted = new ArrayList<>();
            int gone;
            synchronized (this) {
                waiter.queuedIn(this);
                waiters.add(waiter);
                gone = drain(granted);
            }
            settle(granted, gone);
        }

        @Override
        public void remove(Waiter waiter) {
            boolean removed;
            synchronized (this) {
                removed = waiters.remove(waiter);
            }
            if (removed) {
                left();
            }
        }

        @Override
        public void refund() {
            List<Waiter> granted = new ArrayList<>();
            int gone;
            synchronized (this) {
                inFlight--;
                gone = drain(granted);
            }
            settle(granted, gone + 1);
        }

        synchronized int inFlight() {
            return inFlight;
        }

        /**
         * Grants free slots to the first waiters. A waiter found cancelled is dropped here, and counted as gone: it
         * was cancelled before it joined the queue, or its own removal has not run yet (and will find it gone).
         *
         * @return how many cancelled waiters were dropped
         */
        private int drain(List<Waiter> granted) {
            int gone = 0;
            Iterator<Waiter> queue = waiters.iterator();
            while (queue.hasNext() && inFlight < limit) {
                Waiter next = queue.next();
                queue.remove();
                if (next.claim()) {
                    inFlight++;
                    granted.add(next);
                } else {
                    gone++;
                }
            }
            return gone;
        }

        /** Outside the lock: tells the granted waiters, and counts those that left. */
        private void settle(List<Waiter> granted, int gone) {
            granted.forEach(Waiter::signal);
            for (int i = 0; i < gone; i++) {
                left();
            }
        }

        private void left() {
            endpoints.computeIfPresent(key, (k, slots) -> {
                synchronized (slots) {
                    return --slots.members == 0 ? null : slots;
                }
            });
        }
    }
}
