package io.github.bcreactive.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

/**
 * Rate-limit headers are untrusted input: whatever a store (or a proxy before it) reports, the limiter never stalls
 * the store for ever, never throws, and never holds it past the window the headers promise (or
 * {@link RateLimitStatus#MAX_WINDOW} when they promise none). All on virtual time.
 */
class HostileRateLimitHeadersTest {

    private static final String STORE = "abc123";

    private final VirtualTimeScheduler time = VirtualTimeScheduler.create();

    @BeforeAll
    static void failRatherThanHang() {
        StepVerifier.setDefaultTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void restoreTimeout() {
        StepVerifier.resetDefaultTimeout();
    }

    @AfterEach
    void stopTime() {
        time.dispose();
    }

    private static RateLimitStatus headers(String window, String reset, String quota, String left) {
        Map<String, String> map = new HashMap<>();
        map.put(RateLimitStatus.WINDOW_HEADER, window);
        map.put(RateLimitStatus.RESET_HEADER, reset);
        map.put(RateLimitStatus.QUOTA_HEADER, quota);
        map.put(RateLimitStatus.LEFT_HEADER, left);
        return RateLimitStatus.parse(map::get);
    }

    /**
     * Each row: the headers a store sends with every answer, and the longest a new request may then wait. The store
     * says it has nothing left, and keeps saying so.
     */
    static Stream<Arguments> hostileStores() {
        return Stream.of(
                Arguments.of("quota 0", headers("30000", "10000", "0", "0"), Duration.ofSeconds(30)),
                Arguments.of("reset of 35 days in a 30 s window", headers("30000", "3024000000", "150", "0"),
                        Duration.ofSeconds(30)),
                Arguments.of("reset above 9.2e12 ms", headers("30000", "9300000000000", "150", "0"),
                        Duration.ofSeconds(30)),
                Arguments.of("reset above Long.MAX_VALUE ms", headers("30000", "99999999999999999999", "150", "0"),
                        Duration.ofSeconds(30)),
                Arguments.of("window and reset of 35 days", headers("3024000000", "3024000000", "150", "0"),
                        RateLimitStatus.MAX_WINDOW),
                Arguments.of("window of 9.3e12 ms", headers("9300000000000", "9300000000000", "1", "0"),
                        RateLimitStatus.MAX_WINDOW),
                Arguments.of("negative values", headers("-30000", "-1", "-150", "-5"), Duration.ZERO),
                Arguments.of("non-numeric values", headers("soon", "NaN", "lots", "Infinity"), Duration.ZERO),
                Arguments.of("exponents", headers("3e4", "1e400", "1.5e2", "0"), Duration.ofSeconds(30)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileStores")
    void aStoreReportingNonsenseIsNeverHeldPastItsWindow(String name, RateLimitStatus reported, Duration longest) {
        RateLimiter limiter = TokenBucketRateLimiter.create(RateLimitOptions.builder().initialPermits(1).build(), time);

        // three windows in a row, each answered with the same nonsense: a request goes in every one of them
        Flux<Integer> requests = Flux.range(1, 3).concatMap(i -> limiter.acquire(STORE)
                .then(reactor.core.publisher.Mono.fromRunnable(() -> limiter.onResponse(STORE, reported)))
                .thenReturn(i));
        StepVerifier.FirstStep<Integer> run = StepVerifier.withVirtualTime(() -> requests, () -> time, Long.MAX_VALUE);
        StepVerifier.Step<Integer> step = run.expectNext(1);
        for (int i = 2; i <= 3; i++) {
            step = longest.isZero() ? step.expectNext(i)
                    : step.thenAwait(longest).expectNext(i);
        }
        step.verifyComplete();
    }

    @Test
    void aStoreReportingMoreLeftThanItsQuotaGetsNoMoreThanItsQuota() {
        RateLimiter limiter = TokenBucketRateLimiter.create(
                RateLimitOptions.builder().initialPermits(1).waitUntilReset(true).build(), time);
        RateLimitStatus liar = headers("30000", "20000", "3", "1000000");
        assertThat(liar.left()).hasValue(3);

        StepVerifier.withVirtualTime(() -> limiter.acquire(STORE)
                        .then(reactor.core.publisher.Mono.fromRunnable(() -> limiter.onResponse(STORE, liar)))
                        .thenMany(Flux.range(1, 5).flatMap(i -> limiter.acquire(STORE).thenReturn(i))),
                        () -> time, Long.MAX_VALUE)
                // 3 left in the window (the quota), whatever the store claims; the rest wait for the reset
                .expectNextCount(3)
                .expectNoEvent(Duration.ofSeconds(20).minusMillis(1))
                .thenCancel()
                .verify();
    }

    @Test
    void aQuotaBelowTheReserveStillLetsOneRequestGoPerWindow() {
        RateLimiter limiter = TokenBucketRateLimiter.create(
                RateLimitOptions.builder().initialPermits(1).minRequestsRemaining(5).waitUntilReset(true).build(),
                time);
        RateLimitStatus tiny = headers("30000", "30000", "2", "2");

        StepVerifier.withVirtualTime(() -> Flux.range(1, 3).concatMap(i -> limiter.acquire(STORE)
                        .then(reactor.core.publisher.Mono.fromRunnable(() -> limiter.onResponse(STORE, tiny)))
                        .thenReturn(i)), () -> time, Long.MAX_VALUE)
                .expectNext(1, 2)
                .thenAwait(Duration.ofSeconds(30))
                .expectNext(3)
                .verifyComplete();
    }

    @Test
    void aHugeThrottleWaitIsClampedAndNeverOverflows() {
        RateLimiter limiter = TokenBucketRateLimiter.create(RateLimitOptions.builder().initialPermits(1).build(), time);
        assertThatCode(() -> limiter.onThrottled(STORE, Duration.ofSeconds(Long.MAX_VALUE))).doesNotThrowAnyException();

        StepVerifier.withVirtualTime(() -> limiter.acquire(STORE), () -> time, Long.MAX_VALUE)
                .expectSubscription()
                .expectNoEvent(RateLimitStatus.MAX_WINDOW.minusMillis(1))
                .thenAwait(Duration.ofMillis(1))
                .verifyComplete();
    }

    @Test
    void theStatusClampsEveryPartWhateverBuiltIt() {
        RateLimitStatus status = new RateLimitStatus(Optional.of(Duration.ofDays(35)),
                Optional.of(Duration.ofSeconds(Long.MAX_VALUE)), OptionalInt.of(0), OptionalInt.of(9),
                Optional.of(Duration.ofDays(400)));

        assertThat(status.window()).hasValue(RateLimitStatus.MAX_WINDOW);
        assertThat(status.resetIn()).hasValue(RateLimitStatus.MAX_WINDOW);
        assertThat(status.quota()).hasValue(1);
        assertThat(status.left()).hasValue(1);
        assertThat(status.retryAfter()).hasValue(RateLimitStatus.MAX_WINDOW);
        assertThat(status.throttleWait()).hasValue(RateLimitStatus.MAX_WINDOW);

        RateLimitStatus negative = new RateLimitStatus(Optional.of(Duration.ofMillis(-1)),
                Optional.of(Duration.ofMillis(-1)), OptionalInt.of(-1), OptionalInt.of(-1),
                Optional.of(Duration.ofMillis(-1)));
        assertThat(negative.isPresent()).isFalse();

        RateLimitStatus resetPastWindow = headers("30000", "45000", "150", "10");
        assertThat(resetPastWindow.resetIn()).hasValue(Duration.ofSeconds(30));
        assertThat(headers("30000", "1", "150", "10").retryAfter()).isEmpty();
    }
}
