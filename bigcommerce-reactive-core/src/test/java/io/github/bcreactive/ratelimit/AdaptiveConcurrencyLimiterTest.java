package io.github.bcreactive.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.test.scheduler.VirtualTimeScheduler;

/** The per-store adaptive limit of requests in flight, on virtual time. */
class AdaptiveConcurrencyLimiterTest {

    private static final String STORE = "abc123";
    private static final Duration FAST = Duration.ofMillis(20);

    private final VirtualTimeScheduler time = VirtualTimeScheduler.create();
    private final List<Integer> served = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopTime() {
        time.dispose();
    }

    private AdaptiveConcurrencyLimiter limiter(RateLimiter quota, AdaptiveConcurrencyOptions.Builder options) {
        return AdaptiveConcurrencyLimiter.around(quota, options.build(), time);
    }

    /** Callers {@code from..to} ask for a permit; each is recorded when it gets one. */
    private void ask(RateLimiter limiter, int from, int to) {
        for (int i = from; i <= to; i++) {
            int caller = i;
            limiter.acquire(STORE).subscribe(null, null, () -> served.add(caller));
        }
    }

    private static void answer(RateLimiter limiter, int count, int status, Duration latency) {
        for (int i = 0; i < count; i++) {
            limiter.onResponse(STORE, RateLimitStatus.none(), status, latency);
        }
    }

    @Test
    void holdsEveryCallerOfTheStoreToTheLimitAndGrowsItFastUntilTheFirstCongestion() {
        AdaptiveConcurrencyLimiter limiter = limiter(RateLimiter.unlimited(),
                AdaptiveConcurrencyOptions.builder().initialLimit(2));

        ask(limiter, 1, 6);
        assertThat(served).containsExactly(1, 2);

        limiter.onNoResponse(STORE);      // a slot is free; nothing learnt
        assertThat(served).containsExactly(1, 2, 3);
        answer(limiter, 1, 200, FAST);    // a slot is free, and slow start raises the limit by one
        assertThat(served).containsExactly(1, 2, 3, 4, 5);
        assertThat(limiter.limit(STORE)).isEqualTo(3);
        assertThat(limiter.inFlight(STORE)).isEqualTo(3);
    }

    @Test
    void halvesOnA429OrA5xxOncePerCongestionAndGrowsBackSlowly() {
        AdaptiveConcurrencyLimiter limiter = limiter(RateLimiter.unlimited(),
                AdaptiveConcurrencyOptions.builder().initialLimit(8));
        ask(limiter, 1, 8);
        answer(limiter, 1, 200, FAST);           // learns the latency: 20 ms

        answer(limiter, 1, 503, FAST);
        assertThat(limiter.limit(STORE)).isEqualTo(4);
        // the other requests that were out at the same time fail the same way: one congestion, one decrease
        answer(limiter, 2, 429, FAST);
        assertThat(limiter.limit(STORE)).isEqualTo(4);

        time.advanceTimeBy(FAST);
        answer(limiter, 1, 500, FAST);
        assertThat(limiter.limit(STORE)).isEqualTo(2);

        // grows by about one per round of answers while the store uses it, never in a jump
        ask(limiter, 9, 20);
        answer(limiter, 2, 200, FAST);
        assertThat(limiter.limit(STORE)).isEqualTo(2);
        answer(limiter, 1, 200, FAST);
        assertThat(limiter.limit(STORE)).isEqualTo(3);
        answer(limiter, 3, 200, FAST);
        assertThat(limiter.limit(STORE)).isEqualTo(4);
    }

    @Test
    void statusesThatAreNotLoadDoNotShrinkIt() {
        AdaptiveConcurrencyLimiter limiter = limiter(RateLimiter.unlimited(),
                AdaptiveConcurrencyOptions.builder().initialLimit(4));
        ask(limiter, 1, 4);

        for (int status : new int[] {200, 204, 207, 400, 404, 409, 422, 501, 505}) {
            limiter.onResponse(STORE, RateLimitStatus.none(), status, FAST);
            ask(limiter, 100 + status, 100 + status);
        }
        assertThat(limiter.limit(STORE)).isGreaterThanOrEqualTo(4);
    }

    @Test
    void shrinksWhenTheStoresLatencyRisesAndNotForOneSlowAnswer() {
        AdaptiveConcurrencyLimiter limiter = limiter(RateLimiter.unlimited(),
                AdaptiveConcurrencyOptions.builder().initialLimit(16));
        ask(limiter, 1, 40);
        answer(limiter, 4, 200, FAST);
        int before = limiter.limit(STORE);

        answer(limiter, 1, 200, Duration.ofMillis(60));   // one slow answer: short-run 28 ms, long-run 21 ms
        assertThat(limiter.limit(STORE)).isGreaterThanOrEqualTo(before);

        answer(limiter, 3, 200, Duration.ofMillis(100));  // the store slows down for good
        assertThat(limiter.limit(STORE)).isLessThan(before);
    }

    @Test
    void neverGoesBelowTheMinimumNorAboveTheMaximum() {
        AdaptiveConcurrencyLimiter limiter = limiter(RateLimiter.unlimited(),
                AdaptiveConcurrencyOptions.builder().initialLimit(3).minLimit(2).maxLimit(4));
        ask(limiter, 1, 100);
        for (int i = 0; i < 10; i++) {
            time.advanceTimeBy(Duration.ofSeconds(1));
            answer(limiter, 1, 503, FAST);
        }
        assertThat(limiter.limit(STORE)).isEqualTo(2);

        answer(limiter, 50, 200, FAST);
        assertThat(limiter.limit(STORE)).isEqualTo(4);
    }

    @Test
    void worksWithTheQuotaNotAgainstIt() {
        // room for 8 in flight, but the store's quota bucket lets one request in before its first headers
        TokenBucketRateLimiter quota = TokenBucketRateLimiter.create(
                RateLimitOptions.builder().initialPermits(1).waitUntilReset(true).build(), time);
        AdaptiveConcurrencyLimiter limiter = limiter(quota, AdaptiveConcurrencyOptions.builder().initialLimit(8));

        ask(limiter, 1, 3);
        assertThat(served).containsExactly(1);
        limiter.onResponse(STORE, TokenBucketRateLimiterTest.status(100, 3_000, 99), 200, FAST);
        assertThat(served).containsExactly(1, 2, 3);
    }

    @Test
    void aCallerCancelledWhileWaitingForTheQuotaGivesItsSlotBack() {
        TokenBucketRateLimiter quota = TokenBucketRateLimiter.create(
                RateLimitOptions.builder().initialPermits(1).build(), time);
        AdaptiveConcurrencyLimiter limiter = limiter(quota, AdaptiveConcurrencyOptions.builder().initialLimit(2));

        ask(limiter, 1, 1);
        Disposable second = limiter.acquire(STORE).subscribe(null, null, () -> served.add(2));
        assertThat(limiter.inFlight(STORE)).isEqualTo(2);   // holds a slot, waits for the quota
        second.dispose();

        assertThat(limiter.inFlight(STORE)).isEqualTo(1);
        assertThat(served).containsExactly(1);
    }

    @Test
    void aFailedQuotaPermitGivesTheSlotBack() {
        RateLimiter failing = new RateLimiter() {
            @Override
            public reactor.core.publisher.Mono<Void> acquire(String storeHash) {
                return reactor.core.publisher.Mono.error(new IllegalStateException("no quota"));
            }

            @Override
            public void onResponse(String storeHash, RateLimitStatus status) {
            }

            @Override
            public void onThrottled(String storeHash, Duration wait) {
            }
        };
        AdaptiveConcurrencyLimiter limiter = limiter(failing, AdaptiveConcurrencyOptions.builder().initialLimit(1));

        assertThatThrownBy(() -> limiter.acquire(STORE).block()).hasMessage("no quota");
        assertThat(limiter.inFlight(STORE)).isZero();
    }

    @Test
    void rejectsBadOptionsNamingTheSetting() {
        assertThatThrownBy(() -> AdaptiveConcurrencyOptions.builder().minLimit(0).build())
                .hasMessageContaining("'minLimit'");
        assertThatThrownBy(() -> AdaptiveConcurrencyOptions.builder().maxLimit(4).initialLimit(8).build())
                .hasMessageContaining("'initialLimit'");
        assertThatThrownBy(() -> AdaptiveConcurrencyOptions.builder().backoffRatio(1).build())
                .hasMessageContaining("'backoffRatio'");
        assertThatThrownBy(() -> AdaptiveConcurrencyOptions.builder().latencyTolerance(1).build())
                .hasMessageContaining("'latencyTolerance'");
        assertThatThrownBy(() -> AdaptiveConcurrencyOptions.builder().permitTimeout(Duration.ZERO).build())
                .hasMessageContaining("'permitTimeout'");
    }
}
