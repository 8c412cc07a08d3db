package io.github.bcreactive.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

class TokenBucketRateLimiterTest {

    private static final String STORE = "abc123";
    private static final long WINDOW_MS = 3_000;

    private final VirtualTimeScheduler time = VirtualTimeScheduler.create();
    private final List<QuotaState> reported = new CopyOnWriteArrayList<>();

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

    private TokenBucketRateLimiter limiter(RateLimitOptions.Builder options) {
        return TokenBucketRateLimiter.create(options.listener(reported::add).build(), time);
    }

    /** Asks for {@code count} permits at once, in order; emits each caller's number when its permit comes. */
    private static Flux<Integer> callers(RateLimiter limiter, int count) {
        return Flux.range(1, count).flatMap(i -> limiter.acquire(STORE).thenReturn(i), count);
    }

    static RateLimitStatus status(int quota, long resetMs, int left) {
        return RateLimitStatus.parse(Map.of(
                RateLimitStatus.QUOTA_HEADER, String.valueOf(quota),
                RateLimitStatus.WINDOW_HEADER, String.valueOf(WINDOW_MS),
                RateLimitStatus.RESET_HEADER, String.valueOf(resetMs),
                RateLimitStatus.LEFT_HEADER, String.valueOf(left))::get);
    }

    /** Reports {@code count} answers carrying the same status. */
    private static void answer(RateLimiter limiter, int count, RateLimitStatus status) {
        for (int i = 0; i < count; i++) {
            limiter.onResponse(STORE, status);
        }
    }

    private StepVerifier.FirstStep<Integer> onVirtualTime(Flux<Integer> scenario) {
        return StepVerifier.withVirtualTime(() -> scenario, () -> time, Long.MAX_VALUE);
    }

    @Test
    void letsOnlyAFewRequestsInBeforeTheFirstHeaders() {
        RateLimiter limiter = limiter(RateLimitOptions.builder().initialPermits(2).waitUntilReset(true));

        onVirtualTime(callers(limiter, 6))
                .expectNext(1, 2)
                .expectNoEvent(Duration.ofMinutes(1).minusMillis(1))
                .then(() -> limiter.onResponse(STORE, status(100, 3_000, 98)))
                .expectNext(3, 4, 5, 6)
                .verifyComplete();
    }

    @Test
    void responsesWithoutHeadersKeepTheStoreCautious() {
        RateLimiter limiter = limiter(RateLimitOptions.builder().initialPermits(1));

        onVirtualTime(callers(limiter, 3))
                .expectNext(1)
                .then(() -> limiter.onResponse(STORE, RateLimitStatus.none()))
                .expectNext(2)
                .expectNoEvent(Duration.ofSeconds(10))
                .then(() -> limiter.onResponse(STORE, RateLimitStatus.none()))
                .expectNext(3)
                .verifyComplete();
    }

    @Test
    void permitsNeverAnsweredStopCountingAfterThePermitTimeout() {
        RateLimiter limiter = limiter(RateLimitOptions.builder().initialPermits(1).permitTimeout(Duration.ofSeconds(10)));

        onVirtualTime(callers(limiter, 2))
                .expectNext(1)
                // dropped after one to two timeouts: permits are counted in generations of one timeout
                .expectNoEvent(Duration.ofSeconds(20).minusMillis(1))
                .thenAwait(Duration.ofMillis(1))
                .expectNext(2)
                .verifyComplete();
    }

    @Test
    void aRequestEndedWithoutResponseGivesItsPlaceInFlightBack() {
        RateLimiter limiter = limiter(RateLimitOptions.builder().initialPermits(1));

        onVirtualTime(callers(limiter, 2))
                .expectNext(1)
                .expectNoEvent(Duration.ofSeconds(1))
                .then(() -> limiter.onNoResponse(STORE))
                .expectNext(2)
                .verifyComplete();
    }

    @Test
    void learnsTheQuotaAndWaitsForTheResetWhenTheWindowIsSpent() {
        RateLimiter limiter = limiter(RateLimitOptions.builder().initialPermits(1).waitUntilReset(true));

        // The first request's answer: quota 5, 4 left, reset in 1 s. Then 4 may go, the rest wait for the reset.
        onVirtualTime(callers(limiter, 10))
                .expectNext(1)
                .then(() -> limiter.onResponse(STORE, status(5, 1_000, 4)))
                .expectNext(2, 3, 4, 5)
                .then(() -> answer(limiter, 4, status(5, 1_000, 0)))
                .expectNoEvent(Duration.ofMillis(999))
                .thenAwait(Duration.ofMillis(1))
                .expectNext(6, 7, 8, 9, 10)
                .verifyComplete();
    }

    @Test
    void refillsAtEveryResetWhileBusy() {
        RateLimiter limiter = limiter(RateLimitOptions.builder().initialPermits(1).waitUntilReset(true));

        onVirtualTime(callers(limiter, 7))
                .expectNext(1)
                .then(() -> limiter.onResponse(STORE, status(2, 1_000, 1)))
                .expectNext(2)
                .then(() -> limiter.onResponse(STORE, status(2, 1_000, 0)))
                .expectNoEvent(Duration.ofMillis(999))
                .thenAwait(Duration.ofMillis(1))
                .expectNext(3, 4)
                .then(() -> answer(limiter, 2, status(2, 3_000, 0)))
                // the next reset is one window (3 s) after the first: at 4 s
                .expectNoEvent(Duration.ofMillis(2_999))
                .thenAwait(Duration.ofMillis(1))
                .expectNext(5, 6)
                .then(() -> answer(limiter, 2, status(2, 3_000, 0)))
                .expectNoEvent(Duration.ofMillis(2_999))
                .thenAwait(Duration.ofMillis(1))
                .expectNext(7)
                .verifyComplete();
    }

    @Test
    void spreadsTheRequestsLeftOverTheTimeLeftInTheWindow() {
        RateLimiter limiter = limiter(RateLimitOptions.builder().initialPermits(1));

        // 150 left, 3 s to the reset: one request every 20 ms.
        onVirtualTime(callers(limiter, 4))
                .expectNext(1)
                .then(() -> limiter.onResponse(STORE, status(150, 3_000, 150)))
                .expectNext(2)
                .expectNoEvent(Duration.ofMillis(19))
                .thenAwait(Duration.ofMillis(1))
                .expectNext(3)
                .expectNoEvent(Duration.ofMillis(19))
                .thenAwait(Duration.ofMillis(1))
                .expectNext(4)
                .verifyComplete();
    }

    @Test
    void spreadingSlowsDownWhenOtherAppsSpendTheQuota() {
        RateLimiter limiter = limiter(RateLimitOptions.builder().initialPermits(1));

        // 10 left for 1 s: every 100 ms. Then the store says 3 left with 900 ms to go: every 800 / 3 ms.
        onVirtualTime(callers(limiter, 5))
                .expectNext(1)
                .then(() -> limiter.onResponse(STORE, status(100, 1_000, 10)))
                .expectNext(2)
                .then(() -> limiter.onResponse(STORE, status(100, 1_000, 9)))
                .expectNoEvent(Duration.ofMillis(99))
                .thenAwait(Duration.ofMillis(1))
                .expectNext(3)
                .then(() -> limiter.onResponse(STORE, status(100, 900, 3)))
                .expectNoEvent(Duration.ofMillis(99))
                .thenAwait(Duration.ofMillis(1))
                .expectNext(4)
                .expectNoEvent(Duration.ofMillis(266))
                .thenAwait(Duration.ofMillis(1))
                .expectNext(5)
                .verifyComplete();
    }

    @Test
    void lowersItsCountWhenTheStoreReportsFewerLeft() {
        RateLimiter limiter = limiter(RateLimitOptions.builder().initialPermits(1).waitUntilReset(true));

        // quota 100, but other apps spent most of this window: the store reports 3 left.
        onVirtualTime(callers(limiter, 6))
                .expectNext(1)
                .then(() -> limiter.onResponse(STORE, status(100, 2_000, 3)))
                .expectNext(2, 3, 4)
                .expectNoEvent(Duration.ofMillis(1_999))
                .thenAwait(Duration.ofMillis(1))
                .expectNext(5, 6)
                .verifyComplete();
    }

    @Test
    void countsRequestsStillInFlightAgainstWhatTheStoreReports() {
        RateLimiter limiter = limiter(RateLimitOptions.builder().initialPermits(3).waitUntilReset(true));

        // 3 in flight; the first answer says 5 left, but 2 requests the store has not counted yet are still out.
        onVirtualTime(callers(limiter, 7))
                .expectNext(1, 2, 3)
                .then(() -> limiter.onResponse(STORE, status(10, 1_000, 5)))
                .expectNext(4, 5, 6)
                .expectNoEvent(Duration.ofMillis(999))
                .thenAwait(Duration.ofMillis(1))
                .expectNext(7)
                .verifyComplete();
    }

    @Test
    void theStoresFirstAnswerAfterARefillReplacesTheProjectedReset() {
        RateLimiter limiter = limiter(RateLimitOptions.builder().initialPermits(1).waitUntilReset(true));

        // Refilled at 1 s, the next reset is projected at 4 s; but the store opened its window with the first request
        // after its reset, 50 ms later: it reports the reset at 4.05 s, and that is when the limiter refills.
        onVirtualTime(callers(limiter, 4))
                .expectNext(1)
                .then(() -> limiter.onResponse(STORE, status(2, 1_000, 0)))
                .thenAwait(Duration.ofMillis(1_000))
                .expectNext(2, 3)
                .thenAwait(Duration.ofMillis(50))
                .then(() -> answer(limiter, 2, status(2, 3_000, 0)))
                .expectNoEvent(Duration.ofMillis(2_999))
                .thenAwait(Duration.ofMillis(1))
                .expectNext(4)
                .verifyComplete();
    }

    @Test
    void theStoresFirstAnswerAfterARefillCorrectsTheRefilledCount() {
        TokenBucketRateLimiter limiter = limiter(RateLimitOptions.builder().initialPermits(2).waitUntilReset(true));
        limiter.acquire(STORE).subscribe();
        limiter.acquire(STORE).subscribe();
        limiter.onResponse(STORE, status(3, 1_000, 1));
        // At the refill one request is still out: the limiter guesses 3 - 1 = 2 left, and lets one more go.
        time.advanceTimeBy(Duration.ofMillis(1_000));
        limiter.acquire(STORE).subscribe();
        // The request still out was counted in the old window; the new one's first answer says 2 are left.
        limiter.onResponse(STORE, status(3, 1, 0));
        limiter.onResponse(STORE, status(3, 3_000, 2));

        onVirtualTime(callers(limiter, 2))
                .expectNext(1, 2)
                .verifyComplete();
    }

    @Test
    void neverRaisesTheStoresLowestCountWithinAWindow() {
        RateLimiter limiter = limiter(RateLimitOptions.builder().initialPermits(1).waitUntilReset(true));

        // The store says 2 left; 2 go. An answer overtaken on its way says 8: the count stays 2, and as that
        // request is answered (counted in the 2 already), one more may go; the next waits for the reset.
        onVirtualTime(callers(limiter, 5))
                .expectNext(1)
                .then(() -> limiter.onResponse(STORE, status(10, 1_000, 2)))
                .expectNext(2, 3)
                .then(() -> limiter.onResponse(STORE, status(10, 1_000, 8)))
                .expectNext(4)
                .expectNoEvent(Duration.ofMillis(999))
                .thenAwait(Duration.ofMillis(1))
                .expectNext(5)
                .verifyComplete();
    }

    @Test
    void ignoresLateAnswersFromAWindowThatAlreadyEnded() {
        RateLimiter limiter = limiter(RateLimitOptions.builder().initialPermits(2).waitUntilReset(true));
        limiter.acquire(STORE).subscribe();
        limiter.acquire(STORE).subscribe();
        limiter.onResponse(STORE, status(5, 1_000, 0));
        time.advanceTimeBy(Duration.ofMillis(1_000));

        // the window refilled to 5 less the one request still out; that request's answer, sent just before the
        // reset, arrives now: 0 left, reset in 1 ms. It belongs to the old window: the new one keeps all 5.
        limiter.onResponse(STORE, status(5, 1, 0));

        onVirtualTime(callers(limiter, 6))
                .expectNext(1, 2, 3, 4, 5)
                .then(() -> answer(limiter, 5, status(5, 3_000, 0)))
                .expectNoEvent(Duration.ofMillis(2_999))
                .thenAwait(Duration.ofMillis(1))
                .expectNext(6)
                .verifyComplete();
    }

    @Test
    void adoptsTheStoresWindowWhenTheStoreMovedOnEarlier() {
        RateLimiter limiter = limiter(RateLimitOptions.builder().initialPermits(1).waitUntilReset(true));

        // The limiter expects the reset in 1 s; the store then says it reset already: 2 left, next reset in 2.9 s.
        onVirtualTime(callers(limiter, 4))
                .expectNext(1)
                .then(() -> limiter.onResponse(STORE, status(3, 1_000, 0)))
                .expectNoEvent(Duration.ofMillis(500))
                .then(() -> limiter.onResponse(STORE, status(3, 2_900, 2)))
                .expectNext(2, 3)
                .expectNoEvent(Duration.ofMillis(2_899))
                .thenAwait(Duration.ofMillis(1))
                .expectNext(4)
                .verifyComplete();
    }

    @Test
    void holdsTheStoresNewRequestsWhileA429WaitRuns() {
        TokenBucketRateLimiter limiter = limiter(RateLimitOptions.builder().initialPermits(1).waitUntilReset(true));
        limiter.acquire(STORE).subscribe();
        limiter.onResponse(STORE, status(100, 3_000, 50));
        limiter.onThrottled(STORE, Duration.ofSeconds(2));

        StepVerifier.withVirtualTime(() -> limiter.acquire(STORE), () -> time, Long.MAX_VALUE)
                .expectSubscription()
                .expectNoEvent(Duration.ofMillis(1_999))
                .thenAwait(Duration.ofMillis(1))
                .verifyComplete();
        assertThat(reported).last()
                .satisfies(state -> assertThat(state.event()).isEqualTo(QuotaState.Event.THROTTLED))
                .satisfies(state -> assertThat(state.resetIn()).isEqualTo(Duration.ofSeconds(2)));
    }

    @Test
    void aHoldAlsoStopsRequestsThatArriveDuringIt() {
        TokenBucketRateLimiter limiter = limiter(RateLimitOptions.builder().initialPermits(4));
        limiter.onThrottled(STORE, Duration.ofMillis(500));

        StepVerifier.withVirtualTime(() -> limiter.acquire(STORE), () -> time, Long.MAX_VALUE)
                .expectSubscription()
                .expectNoEvent(Duration.ofMillis(499))
                .thenAwait(Duration.ofMillis(1))
                .verifyComplete();
    }

    @Test
    void leavesTheMinimumRequestsRemainingUnused() {
        RateLimiter limiter = limiter(RateLimitOptions.builder()
                .initialPermits(1).waitUntilReset(true).minRequestsRemaining(3));

        // quota 10, 9 left: 6 may go, 3 stay for other apps until the reset refills the window.
        onVirtualTime(callers(limiter, 10))
                .expectNext(1)
                .then(() -> limiter.onResponse(STORE, status(10, 1_000, 9)))
                .expectNext(2, 3, 4, 5, 6, 7)
                .then(() -> answer(limiter, 6, status(10, 1_000, 3)))
                .expectNoEvent(Duration.ofMillis(999))
                .thenAwait(Duration.ofMillis(1))
                .expectNext(8, 9, 10)
                .verifyComplete();
    }

    @Test
    void tellsTheListenerWhenTheStoreReachesTheThreshold() {
        RateLimiter limiter = limiter(RateLimitOptions.builder().initialPermits(1).minRequestsRemaining(2));

        onVirtualTime(callers(limiter, 2))
                .expectNext(1)
                .then(() -> limiter.onResponse(STORE, status(10, 1_000, 7)))
                .expectNext(2)
                .then(() -> limiter.onResponse(STORE, status(10, 900, 2)))
                .thenAwait(Duration.ofMillis(900))
                .verifyComplete();

        assertThat(reported).extracting(QuotaState::event)
                .containsExactly(QuotaState.Event.RESPONSE, QuotaState.Event.THRESHOLD);
        QuotaState first = reported.get(0);
        assertThat(first.storeHash()).isEqualTo(STORE);
        assertThat(first.quota()).isEqualTo(10);
        assertThat(first.window()).isEqualTo(Duration.ofMillis(WINDOW_MS));
        assertThat(first.left()).isEqualTo(6); // 7 reported, then one more permit went
        assertThat(first.resetIn()).isEqualTo(Duration.ofSeconds(1));
        assertThat(reported.get(1).left()).isEqualTo(2);
    }

    @Test
    void aFailingListenerDoesNotStopTheLimiter() {
        RateLimiter limiter = TokenBucketRateLimiter.create(RateLimitOptions.builder().initialPermits(1)
                .listener(state -> {
                    throw new IllegalStateException("listener broke");
                }).build(), time);

        onVirtualTime(callers(limiter, 2))
                .expectNext(1)
                .then(() -> limiter.onResponse(STORE, status(10, 1_000, 9)))
                .expectNext(2)
                .verifyComplete();
    }

    @Test
    void servesWaitersInArrivalOrder() {
        RateLimiter limiter = limiter(RateLimitOptions.builder().initialPermits(1).waitUntilReset(true));
        List<Integer> served = new CopyOnWriteArrayList<>();

        limiter.acquire(STORE).subscribe();
        limiter.onResponse(STORE, status(1, 1_000, 0));
        for (int i = 1; i <= 5; i++) {
            int caller = i;
            limiter.acquire(STORE).subscribe(null, null, () -> served.add(caller));
        }
        limiter.onResponse(STORE, status(1, 1_000, 0));
        for (int window = 1; window <= 5; window++) {
            assertThat(served).hasSize(window - 1);
            time.advanceTimeBy(Duration.ofMillis(window == 1 ? 1_000 : WINDOW_MS));
            assertThat(served).hasSize(window);
            limiter.onResponse(STORE, status(1, WINDOW_MS, 0));
        }
        assertThat(served).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void aCancelledWaiterGivesItsPlaceBack() {
        TokenBucketRateLimiter limiter = limiter(RateLimitOptions.builder().initialPermits(1).waitUntilReset(true));
        List<String> served = new CopyOnWriteArrayList<>();

        limiter.acquire(STORE).subscribe();
        limiter.onResponse(STORE, status(2, 1_000, 0));
        limiter.acquire(STORE).subscribe(null, null, () -> served.add("first"));
        Disposable second = limiter.acquire(STORE).subscribe(null, null, () -> served.add("second"));
        limiter.acquire(STORE).subscribe(null, null, () -> served.add("third"));
        limiter.acquire(STORE).subscribe(null, null, () -> served.add("fourth"));
        assertThat(limiter.waiting(STORE)).isEqualTo(4);

        second.dispose();
        assertThat(limiter.waiting(STORE)).isEqualTo(3);
        time.advanceTimeBy(Duration.ofMillis(1_000));

        // the window refilled to 2: the cancelled waiter took no permit
        assertThat(served).containsExactly("first", "third");
        assertThat(limiter.waiting(STORE)).isEqualTo(1);
    }

    @Test
    void cancellingEveryWaiterLeavesNoTimerRunning() {
        TokenBucketRateLimiter limiter = limiter(RateLimitOptions.builder().initialPermits(1).waitUntilReset(true));
        limiter.acquire(STORE).subscribe();
        limiter.onResponse(STORE, status(2, 1_000, 0));

        StepVerifier.withVirtualTime(() -> limiter.acquire(STORE), () -> time, Long.MAX_VALUE)
                .expectSubscription()
                .expectNoEvent(Duration.ofMillis(500))
                .thenCancel()
                .verify();

        assertThat(limiter.waiting(STORE)).isZero();
    }

    @Test
    void goesBackToCautiousAfterAWholeWindowIdle() {
        RateLimiter limiter = limiter(RateLimitOptions.builder().initialPermits(2).waitUntilReset(true));

        limiter.acquire(STORE).subscribe();
        limiter.onResponse(STORE, status(100, 1_000, 99));
        time.advanceTimeBy(Duration.ofMillis(1_000 + WINDOW_MS));

        onVirtualTime(callers(limiter, 3))
                .expectNext(1, 2)
                .expectNoEvent(Duration.ofSeconds(1))
                .then(() -> limiter.onResponse(STORE, status(100, 2_000, 97)))
                .expectNext(3)
                .verifyComplete();
    }

    @Test
    void concurrentCallersGetNoMoreThanTheWindowHolds() throws InterruptedException {
        TokenBucketRateLimiter limiter = limiter(RateLimitOptions.builder().initialPermits(1).waitUntilReset(true));
        limiter.acquire(STORE).subscribe();
        limiter.onResponse(STORE, status(100, 1_000, 100));
        AtomicInteger served = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Thread caller = new Thread(() -> {
                for (int i = 0; i < 50; i++) {
                    limiter.acquire(STORE).subscribe(null, null, served::incrementAndGet);
                }
            });
            caller.start();
            threads.add(caller);
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(served).hasValue(100);
        assertThat(limiter.waiting(STORE)).isEqualTo(300);
        answer(limiter, 100, status(100, 1_000, 0));
        time.advanceTimeBy(Duration.ofMillis(1_000));
        assertThat(served).hasValue(200);
    }

    @Test
    void keepsStoresApart() {
        RateLimiter limiter = limiter(RateLimitOptions.builder().initialPermits(1).waitUntilReset(true));
        limiter.acquire(STORE).subscribe();
        limiter.onResponse(STORE, status(1, 1_000, 0));

        StepVerifier.withVirtualTime(() -> limiter.acquire("other"), () -> time, Long.MAX_VALUE)
                .verifyComplete();
    }

    @Test
    void forgetsStoresThatWentIdle() {
        TokenBucketRateLimiter limiter = limiter(RateLimitOptions.builder()
                .initialPermits(1).idleEviction(Duration.ofMinutes(1)));
        for (int store = 0; store < 500; store++) {
            String hash = "store" + store;
            limiter.acquire(hash).subscribe();
            limiter.onResponse(hash, status(100, 1_000, 99));
        }
        assertThat(limiter.storeCount()).isEqualTo(500);

        time.advanceTimeBy(Duration.ofMinutes(1));
        limiter.acquire("store0").subscribe();

        assertThat(limiter.storeCount()).isEqualTo(1);
    }

    @Test
    void keepsStoresWithRequestsInFlight() {
        TokenBucketRateLimiter limiter = limiter(RateLimitOptions.builder()
                .idleEviction(Duration.ofSeconds(30)).permitTimeout(Duration.ofMinutes(10)));
        limiter.acquire("busy").subscribe();
        limiter.acquire("done").subscribe();
        limiter.onResponse("done", status(100, 1_000, 99));

        time.advanceTimeBy(Duration.ofSeconds(30));
        limiter.acquire("new").subscribe();

        assertThat(limiter.storeCount()).isEqualTo(2); // "busy" (still in flight) and "new"
    }

    @Test
    void rejectsBadOptionsNamingTheSetting() {
        assertThatThrownBy(() -> RateLimitOptions.builder().minRequestsRemaining(-1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minRequestsRemaining");
        assertThatThrownBy(() -> RateLimitOptions.builder().initialPermits(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("initialPermits");
        assertThatThrownBy(() -> RateLimitOptions.builder().permitTimeout(Duration.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("permitTimeout");
        assertThatThrownBy(() -> RateLimitOptions.builder().idleEviction(Duration.ofSeconds(-1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("idleEviction");
        assertThatThrownBy(() -> RateLimitOptions.builder().listener(null).build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("listener");
        assertThatThrownBy(() -> TokenBucketRateLimiter.create().acquire(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("storeHash");
    }

    @Test
    void optionsRoundTripThroughTheirBuilder() {
        RateLimitOptions options = RateLimitOptions.builder().minRequestsRemaining(3).waitUntilReset(true)
                .initialPermits(7).permitTimeout(Duration.ofSeconds(9)).idleEviction(Duration.ofHours(1)).build();

        assertThat(options.toBuilder().build()).isEqualTo(options);
        assertThat(RateLimitOptions.defaults().initialPermits()).isEqualTo(4);
        assertThat(RateLimitOptions.defaults().waitUntilReset()).isFalse();
    }
}
