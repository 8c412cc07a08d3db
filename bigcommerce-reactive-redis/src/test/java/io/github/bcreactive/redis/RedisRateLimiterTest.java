package io.github.bcreactive.redis;

import static io.github.bcreactive.redis.QuotaScriptTest.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.bcreactive.ratelimit.QuotaState;
import io.github.bcreactive.ratelimit.RateLimitOptions;
import io.github.bcreactive.ratelimit.RateLimitStatus;
import io.lettuce.core.RedisException;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/**
 * {@link RedisRateLimiter} against a real {@code redis-server}: two limiters on two connections stand for two JVMs.
 * Every assertion is about what was let through and in which order, never about how long something took.
 */
class RedisRateLimiterTest {

    private static final String STORE = "abc123";
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private static LocalRedis redis;

    private final String prefix = "test:" + UUID.randomUUID() + ":";
    private final List<StatefulRedisConnection<String, String>> connections = new ArrayList<>();
    private final List<QuotaState> reported = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startRedis() throws Exception {
        redis = LocalRedis.start();
    }

    @AfterAll
    static void stopRedis() throws Exception {
        if (redis != null) {
            redis.close();
        }
    }

    @AfterEach
    void closeConnections() {
        connections.forEach(StatefulRedisConnection::close);
    }

    /**
     * A status in a 100 s window: long enough that a report of a reset far later than the tracked one (a new window
     * the store opened) still lies within the window, as a real store's reset always does.
     */
    private static RateLimitStatus longWindow(int quota, long resetMs, int left) {
        return RateLimitStatus.parse(Map.of(
                RateLimitStatus.QUOTA_HEADER, String.valueOf(quota),
                RateLimitStatus.WINDOW_HEADER, "100000",
                RateLimitStatus.RESET_HEADER, String.valueOf(resetMs),
                RateLimitStatus.LEFT_HEADER, String.valueOf(left))::get);
    }

    /** A limiter with a connection of its own, as a separate JVM would have. */
    private RedisRateLimiter jvm(RateLimitOptions.Builder options) {
        StatefulRedisConnection<String, String> connection = redis.connect();
        connections.add(connection);
        return RedisRateLimiter.builder(connection).keyPrefix(prefix)
                .options(options.listener(reported::add).build()).build();
    }

    private Map<String, String> storeState() {
        StatefulRedisConnection<String, String> connection = redis.connect();
        connections.add(connection);
        return connection.sync().hgetall(prefix + STORE);
    }

    private static void await(CountDownLatch latch) throws InterruptedException {
        assertThat(latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("permits granted in time").isTrue();
    }

    /**
     * Takes a permit to a store never seen, through the limiter's connection: it comes back after the answers to
     * every question the limiter sent before.
     */
    private static void barrier(RedisRateLimiter limiter) {
        StepVerifier.create(limiter.acquire("barrier-" + UUID.randomUUID())).expectComplete().verify(PATIENCE);
    }

    /** Whether a third JVM asking for a permit to the store now would be told to wait. */
    private boolean nextPermitWaits(RateLimitOptions.Builder options) {
        StatefulRedisConnection<String, String> connection = redis.connect();
        connections.add(connection);
        return new QuotaScript(connection.reactive(), prefix, options.build(), PATIENCE, Schedulers.parallel())
                .acquire(STORE).block().code() > 0;
    }

    /**
     * Sends one request through {@code limiter} and reports its answer; returns once Redis holds the report (the
     * barrier's question follows it on the same connection, and Lettuce keeps a connection's commands in order).
     */
    private void learn(RedisRateLimiter limiter, RateLimitStatus answer) {
        StepVerifier.create(limiter.acquire(STORE)).expectComplete().verify(PATIENCE);
        limiter.onResponse(STORE, answer);
        barrier(limiter);
        assertThat(storeState()).containsEntry("tracking", "1");
    }

    @Test
    void twoJvmsShareOneStoresQuota() throws InterruptedException {
        RateLimitOptions.Builder options = RateLimitOptions.builder().initialPermits(1).waitUntilReset(true);
        RedisRateLimiter first = jvm(options);
        RedisRateLimiter second = jvm(options);
        learn(first, longWindow(10, 20_000, 9));

        List<String> served = new CopyOnWriteArrayList<>();
        CountDownLatch nine = new CountDownLatch(9);
        CountDownLatch fourteen = new CountDownLatch(14);
        for (int i = 0; i < 10; i++) {
            for (RedisRateLimiter jvm : List.of(first, second)) {
                String name = (jvm == first ? "first-" : "second-") + i;
                jvm.acquire(STORE).subscribe(null, null, () -> {
                    served.add(name);
                    nine.countDown();
                    fourteen.countDown();
                });
            }
        }
        await(nine);
        // a request to another store goes through both connections after every question about this one
        barrier(first);
        barrier(second);

        // the shared window is spent: 9 let through between both JVMs, 11 wait for the reset
        assertThat(served).hasSize(9);
        assertThat(served).anyMatch(name -> name.startsWith("first")).anyMatch(name -> name.startsWith("second"));
        assertThat(nextPermitWaits(options)).isTrue();

        // the 9 are answered, then the store says a new window began with 5 left: 5 more go, wherever they wait
        for (int i = 0; i < 9; i++) {
            first.onResponse(STORE, longWindow(10, 20_000, 0));
        }
        first.onResponse(STORE, longWindow(10, 90_000, 5));
        await(fourteen);
        barrier(first);
        barrier(second);

        assertThat(served).hasSize(14);
        assertThat(nextPermitWaits(options)).isTrue();
    }

    @Test
    void refillsAtTheStoresResetForEveryJvm() throws InterruptedException {
        RateLimitOptions.Builder options = RateLimitOptions.builder().initialPermits(1).waitUntilReset(true);
        RedisRateLimiter first = jvm(options);
        RedisRateLimiter second = jvm(options);
        learn(first, status(2, 300, 0));

        StepVerifier.create(second.acquire(STORE).then(second.acquire(STORE))).expectComplete().verify(PATIENCE);

        assertThat(storeState()).containsEntry("quota", "2");
        assertThat(nextPermitWaits(options)).isTrue();
    }

    @Test
    void servesThisJvmsWaitersInArrivalOrderAndACancelledOneGivesItsPlaceBack() throws InterruptedException {
        RedisRateLimiter limiter = jvm(RateLimitOptions.builder().initialPermits(1).waitUntilReset(true));
        StepVerifier.create(limiter.acquire(STORE)).expectComplete().verify(PATIENCE);
        limiter.onResponse(STORE, longWindow(100, 20_000, 0));

        List<Integer> served = new CopyOnWriteArrayList<>();
        CountDownLatch four = new CountDownLatch(4);
        List<Disposable> waiters = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            int caller = i;
            waiters.add(limiter.acquire(STORE).subscribe(null, null, () -> {
                served.add(caller);
                four.countDown();
            }));
        }
        waiters.get(1).dispose();
        // a new window with 4 left: callers 1, 3, 4, 5 in that order
        limiter.onResponse(STORE, longWindow(100, 90_000, 4));
        await(four);

        assertThat(served).containsExactly(1, 3, 4, 5);
        assertThat(limiter.storesWaiting()).isZero();
    }

    @Test
    void holdsEveryJvmWhileA429WaitRuns() throws InterruptedException {
        RedisRateLimiter first = jvm(RateLimitOptions.builder().initialPermits(4));
        RedisRateLimiter second = jvm(RateLimitOptions.builder().initialPermits(4));

        first.onThrottled(STORE, Duration.ofMinutes(1));
        barrier(first);
        assertThat(storeState()).containsEntry("tracking", "0").containsKey("heldUntil");
        List<String> served = new CopyOnWriteArrayList<>();
        Disposable held = second.acquire(STORE).subscribe(null, null, () -> served.add(STORE));
        // another store's permit comes through the same connection after the held store's answer
        barrier(second);

        assertThat(served).isEmpty();
        assertThat(reported).extracting(QuotaState::event).containsExactly(QuotaState.Event.THROTTLED);
        assertThat(reported.get(0).resetIn()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
        held.dispose();
    }

    @Test
    void tellsTheListenerTheSharedQuota() throws InterruptedException {
        RedisRateLimiter limiter = jvm(RateLimitOptions.builder().initialPermits(1).minRequestsRemaining(1));
        StepVerifier.create(limiter.acquire(STORE)).expectComplete().verify(PATIENCE);

        limiter.onResponse(STORE, status(10, 20_000, 5));
        limiter.onResponse(STORE, status(10, 20_000, 1));
        // a permit to another store comes back after both reports were answered
        barrier(limiter);

        assertThat(reported).extracting(QuotaState::event)
                .containsExactly(QuotaState.Event.RESPONSE, QuotaState.Event.THRESHOLD);
        assertThat(reported.get(0).quota()).isEqualTo(10);
        assertThat(reported.get(0).left()).isEqualTo(5);
        assertThat(reported.get(1).left()).isEqualTo(1);
    }

    @Test
    void failsTheWaitersTypedWhenTheConnectionIsClosed() {
        RedisRateLimiter limiter = jvm(RateLimitOptions.builder());
        connections.get(0).close();

        StepVerifier.create(limiter.acquire(STORE))
                .expectErrorSatisfies(error -> assertThat(error)
                        .isInstanceOf(RateLimiterUnavailableException.class)
                        .isInstanceOf(io.github.bcreactive.error.BigCommerceException.class)
                        .hasCauseInstanceOf(RedisException.class))
                .verify(PATIENCE);
    }
}
