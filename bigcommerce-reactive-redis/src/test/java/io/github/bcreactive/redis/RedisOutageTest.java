package io.github.bcreactive.redis;

import static io.github.bcreactive.redis.QuotaScriptTest.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import io.github.bcreactive.error.BigCommerceException;
import io.github.bcreactive.ratelimit.RateLimitOptions;
import io.github.bcreactive.ratelimit.RateLimiter;
import io.github.bcreactive.ratelimit.TokenBucketRateLimiter;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

/**
 * {@link RedisRateLimiter} when its Redis goes away and comes back: a real {@code redis-server} is stopped and started
 * again on the same port. The acquire timeout runs on virtual time, so nothing here depends on how long a real wait
 * takes; only Lettuce's own reconnection is real, and the tests wait for it without asserting its duration.
 */
class RedisOutageTest {

    private static final String STORE = "abc123";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration ACQUIRE_TIMEOUT = Duration.ofSeconds(2);

    private final VirtualTimeScheduler time = VirtualTimeScheduler.create();
    private final String prefix = "test:" + UUID.randomUUID() + ":";
    private LocalRedis redis;
    private StatefulRedisConnection<String, String> connection;

    @BeforeEach
    void startRedis() throws Exception {
        redis = LocalRedis.start();
        connection = redis.connect();
    }

    @AfterEach
    void stopRedis() throws Exception {
        if (connection != null) {
            connection.close();
        }
        if (redis != null) {
            redis.close();
        }
        time.dispose();
    }

    private RedisRateLimiter.Builder limiter() {
        return RedisRateLimiter.builder(connection).keyPrefix(prefix).scheduler(time)
                .acquireTimeout(ACQUIRE_TIMEOUT)
                .options(RateLimitOptions.builder().initialPermits(4).build());
    }

    @Test
    void failsFastAndTypedWhileRedisIsDownAndRecoversByItself() throws Exception {
        RedisRateLimiter limiter = limiter().build();
        StepVerifier.create(limiter.acquire(STORE)).expectComplete().verify(PATIENCE);

        redis.stop();
        // the question goes unanswered: the acquire timeout (virtual) ends the wait with a typed error
        StepVerifier.create(limiter.acquire(STORE))
                .expectSubscription()
                .then(() -> time.advanceTimeBy(ACQUIRE_TIMEOUT))
                .expectErrorSatisfies(error -> assertThat(error)
                        .isInstanceOf(RateLimiterUnavailableException.class)
                        .isInstanceOf(BigCommerceException.class))
                .verify(PATIENCE);
        // for the next acquire timeout, requests fail at once, without asking Redis
        StepVerifier.create(limiter.acquire(STORE))
                .expectError(RateLimiterUnavailableException.class)
                .verify(PATIENCE);
        limiter.onResponse(STORE, status(150, 10_000, 100)); // not sent to an unreachable Redis, and no failure

        redis.restart();
        time.advanceTimeBy(ACQUIRE_TIMEOUT);
        // Redis is back: the next request asks it again and is granted once Lettuce has reconnected
        StepVerifier.create(limiter.acquire(STORE)).expectComplete().verify(PATIENCE);
        limiter.onResponse(STORE, status(150, 10_000, 100));
        StepVerifier.create(limiter.acquire(STORE)).expectComplete().verify(PATIENCE);
    }

    @Test
    void usesTheFallbackLimiterWhileRedisIsDownWhenOneWasChosen() throws Exception {
        RateLimiter local = TokenBucketRateLimiter.create(RateLimitOptions.builder().initialPermits(1)
                .waitUntilReset(true).build(), time);
        RedisRateLimiter limiter = limiter().fallback(local).build();
        StepVerifier.create(limiter.acquire(STORE)).expectComplete().verify(PATIENCE);
        // the fallback learns every response: 2 left in a window resetting in 10 s
        limiter.onResponse(STORE, status(150, 10_000, 2));

        redis.stop();
        StepVerifier.create(limiter.acquire(STORE))
                .expectSubscription()
                .then(() -> time.advanceTimeBy(ACQUIRE_TIMEOUT))
                .expectComplete()
                .verify(PATIENCE);
        // the fallback follows the store's quota: the second of the 2 left goes at once, the third waits the reset
        StepVerifier.create(limiter.acquire(STORE)).expectComplete().verify(PATIENCE);
        StepVerifier.create(limiter.acquire(STORE))
                .expectSubscription()
                .then(() -> assertThat(time.now(java.util.concurrent.TimeUnit.MILLISECONDS)).isLessThan(10_000))
                .then(() -> time.advanceTimeBy(Duration.ofSeconds(10)))
                .expectComplete()
                .verify(PATIENCE);

        redis.restart();
        // back to the shared quota once Redis answers again
        StepVerifier.create(limiter.acquire(STORE)).expectComplete().verify(PATIENCE);
        assertThat(redis.connect().sync().exists(prefix + STORE)).isEqualTo(1L);
    }
}
