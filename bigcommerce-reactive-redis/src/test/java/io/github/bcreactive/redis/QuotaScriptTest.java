package io.github.bcreactive.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.github.bcreactive.ratelimit.RateLimitOptions;
import io.github.bcreactive.ratelimit.RateLimitStatus;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.scheduler.Schedulers;

/**
 * The shared quota rules of {@code store-quota.lua}, run against a real {@code redis-server}. Waits are read from the
 * script's answers (computed from Redis's clock), with windows long enough that the test's own pace cannot matter.
 */
class QuotaScriptTest {

    private static final String STORE = "abc123";
    private static final long WINDOW_MS = 30_000;

    private static LocalRedis redis;
    private static StatefulRedisConnection<String, String> connection;

    private final String prefix = "test:" + UUID.randomUUID() + ":";

    @BeforeAll
    static void startRedis() throws Exception {
        redis = LocalRedis.start();
        connection = redis.connect();
    }

    @AfterAll
    static void stopRedis() throws Exception {
        if (redis != null) {
            redis.close();
        }
    }

    private QuotaScript script(RateLimitOptions.Builder options) {
        return new QuotaScript(connection.reactive(), prefix, options.build(), Duration.ofSeconds(10),
                Schedulers.parallel());
    }

    static RateLimitStatus status(int quota, long resetMs, int left) {
        return RateLimitStatus.parse(Map.of(
                RateLimitStatus.QUOTA_HEADER, String.valueOf(quota),
                RateLimitStatus.WINDOW_HEADER, String.valueOf(WINDOW_MS),
                RateLimitStatus.RESET_HEADER, String.valueOf(resetMs),
                RateLimitStatus.LEFT_HEADER, String.valueOf(left))::get);
    }

    private static long acquire(QuotaScript script) {
        return script.acquire(STORE).block().code();
    }

    private static QuotaScript.Answer respond(QuotaScript script, RateLimitStatus status) {
        return script.response(STORE, status).block();
    }

    @Test
    void letsOnlyTheInitialPermitsInBeforeTheFirstHeaders() {
        QuotaScript script = script(RateLimitOptions.builder().initialPermits(2).permitTimeout(Duration.ofMinutes(1)));

        assertThat(acquire(script)).isZero();
        assertThat(acquire(script)).isZero();
        // the wait is short: another JVM may learn the window from a response any moment
        assertThat(acquire(script)).isBetween(1L, 50L);
    }

    @Test
    void aRequestEndedWithoutResponseFreesItsPlace() {
        QuotaScript script = script(RateLimitOptions.builder().initialPermits(1));

        assertThat(acquire(script)).isZero();
        assertThat(acquire(script)).isPositive();
        script.noResponse(STORE).block();
        assertThat(acquire(script)).isZero();
    }

    @Test
    void learnsTheWindowFromTheHeadersAndWaitsForItsReset() {
        QuotaScript script = script(RateLimitOptions.builder().initialPermits(1).waitUntilReset(true));
        assertThat(acquire(script)).isZero();

        QuotaScript.Answer answer = respond(script, status(10, 20_000, 4));

        assertThat(answer.tracking()).isTrue();
        assertThat(answer.quota()).isEqualTo(10);
        assertThat(answer.windowMs()).isEqualTo(WINDOW_MS);
        assertThat(answer.left()).isEqualTo(4);
        assertThat(answer.resetInMs()).isBetween(15_000L, 20_000L);
        for (int i = 0; i < 4; i++) {
            assertThat(acquire(script)).isZero();
        }
        assertThat(acquire(script)).isBetween(15_000L, 20_000L);
    }

    @Test
    void countsRequestsStillInFlightAgainstWhatTheStoreReports() {
        QuotaScript script = script(RateLimitOptions.builder().initialPermits(3));
        for (int i = 0; i < 3; i++) {
            acquire(script);
        }

        assertThat(respond(script, status(10, 20_000, 5)).left()).isEqualTo(3);
    }

    @Test
    void lowersItsCountWhenOtherAppsSpendTheQuotaButNeverRaisesIt() {
        QuotaScript script = script(RateLimitOptions.builder().initialPermits(1));
        acquire(script);
        assertThat(respond(script, status(100, 20_000, 90)).left()).isEqualTo(90);

        assertThat(respond(script, status(100, 20_000, 30)).left()).isEqualTo(30);
        assertThat(respond(script, status(100, 20_000, 60)).left()).isEqualTo(30);
    }

    @Test
    void adoptsTheStoresWindowWhenTheStoreMovedOn() {
        QuotaScript script = script(RateLimitOptions.builder().initialPermits(1));
        acquire(script);
        respond(script, status(100, 1_000, 0));

        QuotaScript.Answer answer = respond(script, status(100, 28_000, 70));

        assertThat(answer.left()).isEqualTo(70);
        assertThat(answer.resetInMs()).isBetween(20_000L, 28_000L);
    }

    @Test
    void spreadsTheRequestsLeftOverTheWindow() {
        QuotaScript script = script(RateLimitOptions.builder().initialPermits(1));
        acquire(script);
        respond(script, status(100, 10_000, 10));

        assertThat(acquire(script)).isZero();
        // 10 left for (at most) 10 s: the next one comes about a tenth of that later
        assertThat(acquire(script)).isBetween(500L, 1_000L);
    }

    @Test
    void holdsTheStoreWhileA429WaitRuns() {
        QuotaScript script = script(RateLimitOptions.builder().initialPermits(1));
        acquire(script);
        respond(script, status(100, 20_000, 50));

        QuotaScript.Answer held = script.throttled(STORE, Duration.ofMinutes(1)).block();

        assertThat(held.resetInMs()).isBetween(50_000L, 60_000L);
        assertThat(acquire(script)).isBetween(50_000L, 60_000L);
    }

    @Test
    void leavesTheMinimumRequestsRemainingAndSaysWhenItIsReached() {
        QuotaScript script = script(RateLimitOptions.builder().initialPermits(1).minRequestsRemaining(2)
                .waitUntilReset(true));
        acquire(script);
        assertThat(respond(script, status(10, 20_000, 3)).code()).isZero();

        assertThat(acquire(script)).isZero();
        assertThat(acquire(script)).isPositive();
        assertThat(respond(script, status(10, 20_000, 2)).code()).isEqualTo(1);
    }

    @Test
    void aQuotaBelowTheReserveStillLetsOneRequestGoPerWindow() {
        QuotaScript script = script(RateLimitOptions.builder().initialPermits(1).minRequestsRemaining(5)
                .waitUntilReset(true));
        assertThat(acquire(script)).isZero();

        respond(script, status(2, 20_000, 2));

        assertThat(acquire(script)).isZero();
        assertThat(acquire(script)).isBetween(15_000L, 20_000L);
    }

    @Test
    void neverTrustsMoreLeftThanTheQuotaItLearnt() {
        QuotaScript script = script(RateLimitOptions.builder().initialPermits(1).waitUntilReset(true));
        assertThat(acquire(script)).isZero();
        respond(script, status(3, 5_000, 3));

        // a later answer opens a new window and, without a quota header, claims a million left
        QuotaScript.Answer answer = respond(script, RateLimitStatus.parse(java.util.Map.of(
                RateLimitStatus.WINDOW_HEADER, String.valueOf(WINDOW_MS),
                RateLimitStatus.RESET_HEADER, String.valueOf(WINDOW_MS),
                RateLimitStatus.LEFT_HEADER, "1000000")::get));

        assertThat(answer.tracking()).isTrue();

        assertThat(answer.left()).isLessThanOrEqualTo(3);
    }

    @Test
    void aRefundGivesTheWindowItsPermitBack() {
        QuotaScript script = script(RateLimitOptions.builder().initialPermits(1).waitUntilReset(true));
        acquire(script);
        respond(script, status(10, 20_000, 1));
        assertThat(acquire(script)).isZero();
        assertThat(acquire(script)).isPositive();

        script.refund(STORE).block();

        assertThat(acquire(script)).isZero();
    }

    @Test
    void keysExpireAfterTheIdleEviction() {
        QuotaScript script = script(RateLimitOptions.builder().idleEviction(Duration.ofSeconds(90)));
        acquire(script);

        assertThat(connection.sync().pttl(prefix + STORE)).isBetween(1L, 90_000L);
    }

    @Test
    void sendsTheScriptAgainWhenRedisForgotIt() {
        QuotaScript script = script(RateLimitOptions.builder());
        acquire(script);
        connection.sync().scriptFlush();

        assertThat(acquire(script)).isZero();
    }
}
