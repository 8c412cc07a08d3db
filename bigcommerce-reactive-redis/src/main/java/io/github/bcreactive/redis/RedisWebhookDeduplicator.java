package io.github.bcreactive.redis;

import java.time.Duration;
import java.util.Objects;

import io.github.bcreactive.webhooks.WebhookDeduplicator;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.reactive.RedisReactiveCommands;
import reactor.core.publisher.Mono;

/**
 * A {@link WebhookDeduplicator} in Redis, so that every instance of an app behind one webhook destination drops the
 * same redeliveries. Marking a key is one {@code SET key 1 NX PX ttl}: atomic, so of two instances receiving one event
 * at once exactly one takes it; the key expires by itself after the time to live.
 *
 * <pre>{@code
 * StatefulRedisConnection<String, String> connection = RedisClient.create("redis://localhost").connect();
 * WebhookDeduplicator seen = new RedisWebhookDeduplicator(connection, WebhookDeduplicator.DEFAULT_TTL);
 * }</pre>
 *
 * <p>When Redis cannot be reached, {@link #markSeen(String)} fails with Lettuce's exception, and the webhook endpoint
 * answers an error, so BigCommerce retries later rather than the event being handled twice or lost.
 */
public final class RedisWebhookDeduplicator implements WebhookDeduplicator {

    /** The prefix of the keys unless another is given. */
    public static final String DEFAULT_KEY_PREFIX = "bigcommerce-reactive:webhook-seen:";

    private final RedisReactiveCommands<String, String> redis;
    private final SetArgs setArgs;
    private final String keyPrefix;

    /**
     * A deduplicator with the default key prefix.
     *
     * @param connection a Lettuce connection with string keys and values, which stays the caller's to close
     * @param ttl how long a key is kept, at least a millisecond
     */
    public RedisWebhookDeduplicator(StatefulRedisConnection<String, String> connection, Duration ttl) {
        this(connection, ttl, DEFAULT_KEY_PREFIX);
    }

    /**
     * A deduplicator.
     *
     * @param connection a Lettuce connection with string keys and values, which stays the caller's to close
     * @param ttl how long a key is kept, at least a millisecond
     * @param keyPrefix prepended to every key
     */
    public RedisWebhookDeduplicator(StatefulRedisConnection<String, String> connection, Duration ttl,
            String keyPrefix) {
        Objects.requireNonNull(connection, "'connection' cannot be null.");
        Objects.requireNonNull(ttl, "'ttl' cannot be null.");
        if (ttl.toMillis() < 1) {
            throw new IllegalArgumentException("'ttl' must be at least 1 ms, was " + ttl);
        }
        this.redis = connection.reactive();
        this.setArgs = SetArgs.Builder.nx().px(ttl.toMillis());
        this.keyPrefix = Objects.requireNonNull(keyPrefix, "'keyPrefix' cannot be null.");
    }

    @Override
    public Mono<Boolean> markSeen(String key) {
        Objects.requireNonNull(key, "'key' cannot be null.");
        return redis.set(keyPrefix + key, "1", setArgs)
                .map("OK"::equals)
                .defaultIfEmpty(false);
    }

    @Override
    public Mono<Void> forget(String key) {
        Objects.requireNonNull(key, "'key' cannot be null.");
        return redis.del(keyPrefix + key).then();
    }

    @Override
    public String toString() {
        return "RedisWebhookDeduplicator[keyPrefix=" + keyPrefix + "]";
    }
}
