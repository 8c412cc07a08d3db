package io.github.bcreactive.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import reactor.core.publisher.Mono;

/**
 * Keys with their expiry in insertion order. With one time to live for all, insertion order is expiry order, so
 * expired keys are always at the head and each call drops them in time proportional to their number. Guarded by
 * the instance's monitor; every operation is a few map steps, never a wait.
 */
final class InMemoryWebhookDeduplicator implements WebhookDeduplicator {

    private final long ttlMillis;
    private final int capacity;
    private final Clock clock;
    private final LinkedHashMap<String, Long> expiries = new LinkedHashMap<>();

    InMemoryWebhookDeduplicator(Duration ttl, int capacity, Clock clock) {
        Objects.requireNonNull(ttl, "'ttl' cannot be null.");
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("'ttl' must be positive, was " + ttl);
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("'capacity' must be positive, was " + capacity);
        }
        this.ttlMillis = ttl.toMillis();
        this.capacity = capacity;
        this.clock = Objects.requireNonNull(clock, "'clock' cannot be null.");
    }

    @Override
    public Mono<Boolean> markSeen(String key) {
        Objects.requireNonNull(key, "'key' cannot be null.");
        return Mono.fromSupplier(() -> mark(key));
    }

    @Override
    public Mono<Void> forget(String key) {
        Objects.requireNonNull(key, "'key' cannot be null.");
        return Mono.fromRunnable(() -> {
            synchronized (this) {
                expiries.remove(key);
            }
        });
    }

    private synchronized boolean mark(String key) {
        long now = clock.millis();
        Iterator<Map.Entry<String, Long>> oldest = expiries.entrySet().iterator();
        while (oldest.hasNext() && oldest.next().getValue() <= now) {
            oldest.remove();
        }
        if (expiries.containsKey(key)) {
            return false;
        }
        if (expiries.size() >= capacity) {
            Iterator<String> eldest = expiries.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
        expiries.put(key, now + ttlMillis);
        return true;
    }

    /** The number of keys held, expired ones included until the next call drops them. */
    synchronized int size() {
        return expiries.size();
    }

    @Override
    public String toString() {
        return "InMemoryWebhookDeduplicator[ttl=" + Duration.ofMillis(ttlMillis) + ", capacity=" + capacity + "]";
    }
}
