package io.github.bcreactive.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/** Two deduplicators on two connections stand for two app instances sharing one Redis. */
class RedisWebhookDeduplicatorTest {

    private static LocalRedis redis;

    private final String prefix = "test:" + UUID.randomUUID() + ":";
    private StatefulRedisConnection<String, String> first;
    private StatefulRedisConnection<String, String> second;

    private static String skipReason;

    @BeforeAll
    static void startRedis() throws Exception {
        try {
            redis = LocalRedis.start();
        } catch (org.opentest4j.TestAbortedException noRedis) {
            skipReason = noRedis.getMessage();
        }
    }

    /** Reports each test as skipped, with the reason, when there is no redis-server (rather than "0 tests"). */
    @org.junit.jupiter.api.BeforeEach
    void requireRedis() {
        org.junit.jupiter.api.Assumptions.assumeTrue(redis != null, () -> skipReason);
    }

    @AfterAll
    static void stopRedis() throws Exception {
        if (redis != null) {
            redis.close();
        }
    }

    @AfterEach
    void close() {
        if (first != null) {
            first.close();
            second.close();
        }
    }

    @Test
    void aKeyIsNewOnceAcrossInstancesUntilForgotten() {
        first = redis.connect();
        second = redis.connect();
        RedisWebhookDeduplicator one = new RedisWebhookDeduplicator(first, Duration.ofHours(1), prefix);
        RedisWebhookDeduplicator two = new RedisWebhookDeduplicator(second, Duration.ofHours(1), prefix);

        StepVerifier.create(Flux.merge(one.markSeen("event"), two.markSeen("event"), one.markSeen("event"))
                        .filter(Boolean::booleanValue).count())
                .expectNext(1L)
                .verifyComplete();
        StepVerifier.create(two.forget("event").then(one.markSeen("event"))).expectNext(true).verifyComplete();
        StepVerifier.create(two.markSeen("other")).expectNext(true).verifyComplete();
    }

    @Test
    void keysExpireInRedis() {
        first = redis.connect();
        second = redis.connect();
        new RedisWebhookDeduplicator(first, Duration.ofMinutes(7), prefix).markSeen("ttl").block();

        long ttl = second.sync().pttl(prefix + "ttl");
        assertThat(ttl).isBetween(1L, Duration.ofMinutes(7).toMillis());
    }
}
