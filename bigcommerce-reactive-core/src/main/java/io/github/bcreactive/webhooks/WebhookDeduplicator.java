package io.github.bcreactive.webhooks;

import java.time.Clock;
import java.time.Duration;

import reactor.core.publisher.Mono;

/**
 * Remembers which events were received, so that a redelivery is dropped. The default keeps keys in memory for a
 * while ({@link #inMemory(Duration, int)}); several instances of an app share one through Redis
 * ({@code io.github.bcreactive.redis.RedisWebhookDeduplicator}).
 *
 * <pre>{@code
 * WebhookDeduplicator seen = WebhookDeduplicator.inMemory(Duration.ofHours(49), 100_000);
 * }</pre>
 */
public interface WebhookDeduplicator {

    /** BigCommerce retries a callback for 48 hours; an hour more covers a slow last attempt. */
    Duration DEFAULT_TTL = Duration.ofHours(49);

    /** The default number of keys kept in memory. */
    int DEFAULT_CAPACITY = 100_000;

    /**
     * Records a key, atomically telling whether it is new.
     *
     * @param key an event's {@link WebhookEvent#deduplicationKey()}
     * @return {@code true} the first time a key is seen within its time to live, {@code false} after
     */
    Mono<Boolean> markSeen(String key);

    /**
     * Forgets a key, so that a redelivery is accepted: for an event that was seen but could not be taken in.
     *
     * @param key the key
     * @return completes when forgotten
     */
    Mono<Void> forget(String key);

    /**
     * An in-memory deduplicator on the system clock: each key is kept for {@code ttl}; past {@code capacity} keys,
     * the oldest goes first.
     *
     * @param ttl how long a key is kept, positive
     * @param capacity the most keys kept, positive
     * @return the deduplicator
     */
    static WebhookDeduplicator inMemory(Duration ttl, int capacity) {
        return new InMemoryWebhookDeduplicator(ttl, capacity, Clock.systemUTC());
    }

    /**
     * An in-memory deduplicator reading the given clock, e.g. a test's.
     *
     * @param ttl how long a key is kept, positive
     * @param capacity the most keys kept, positive
     * @param clock the clock expiry is measured with
     * @return the deduplicator
     */
    static WebhookDeduplicator inMemory(Duration ttl, int capacity, Clock clock) {
        return new InMemoryWebhookDeduplicator(ttl, capacity, clock);
    }
}
