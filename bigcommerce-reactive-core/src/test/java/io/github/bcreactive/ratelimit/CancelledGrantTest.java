package io.github.bcreactive.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

/**
 * A cancelled waiter never loses its permit: when the cancellation lands between the limiter's grant (under its
 * lock) and the delivery (outside it), the grant goes back to the bucket. Thousands of grants race their cancellation
 * on two threads; the limiter's clock is virtual and never moves, so any permit lost would show as a request that
 * cannot go at once.
 */
class CancelledGrantTest {

    private static final String STORE = "abc123";
    private static final int RACES = 20_000;

    private final VirtualTimeScheduler time = VirtualTimeScheduler.create();
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        threads.shutdownNow();
        time.dispose();
    }

    @Test
    void racingCancelsNeverLoseAPermit() throws Exception {
        // one request in flight at a time: a single lost permit would block every later request
        TokenBucketRateLimiter limiter = TokenBucketRateLimiter.create(
                RateLimitOptions.builder().initialPermits(1).build(), time);
        CyclicBarrier start = new CyclicBarrier(2);
        for (int race = 0; race < RACES; race++) {
            AtomicBoolean holderGranted = new AtomicBoolean();
            limiter.acquire(STORE).subscribe(null, null, () -> holderGranted.set(true));
            assertThat(holderGranted).as("the store's permit is free before race %d", race).isTrue();

            // a request that, once started, reports how it ended (done or cancelled) as the transport does
            Disposable waiter = limiter.withPermit(STORE, () -> Mono.empty()
                    .doFinally(signal -> limiter.onNoResponse(STORE))).subscribe();
            // the holder's request ends (granting the waiter) while the waiter's subscriber cancels
            Future<?> answer = threads.submit(() -> {
                start.await();
                limiter.onNoResponse(STORE);
                return null;
            });
            Future<?> cancel = threads.submit(() -> {
                start.await();
                waiter.dispose();
                return null;
            });
            answer.get();
            cancel.get();
        }

        assertThat(limiter.waiting(STORE)).isZero();
        // the next call is granted at once, on a clock that never moved
        StepVerifier.withVirtualTime(() -> limiter.acquire(STORE), () -> time, Long.MAX_VALUE)
                .expectSubscription()
                .expectComplete()
                .verify(Duration.ofSeconds(5));
    }

    @Test
    void aRequestCancelledAfterItsPermitArrivedButBeforeItStartedReleasesIt() {
        RecordingLimiter recording = new RecordingLimiter();
        AtomicBoolean started = new AtomicBoolean();
        reactor.test.publisher.TestPublisher<Void> permit = reactor.test.publisher.TestPublisher.create();
        recording.permit = permit.mono();

        // the downstream cancels in the middle of the permit's delivery: the request never starts
        Disposable[] call = new Disposable[1];
        call[0] = recording.withPermit(STORE, () -> Mono.fromRunnable(() -> started.set(true)))
                .subscribe();
        recording.beforeDelivery = () -> call[0].dispose();
        permit.complete();

        assertThat(started).isFalse();
        assertThat(recording.noResponses).hasValue(1);
    }

    /** A limiter whose permit is a publisher the test completes, and which can act just before delivering it. */
    private static final class RecordingLimiter implements RateLimiter {
        private Mono<Void> permit;
        private Runnable beforeDelivery = () -> { };
        private final AtomicInteger noResponses = new AtomicInteger();

        @Override
        public Mono<Void> acquire(String storeHash) {
            return permit.doOnSuccess(granted -> beforeDelivery.run());
        }

        @Override
        public void onResponse(String storeHash, RateLimitStatus status) {
        }

        @Override
        public void onThrottled(String storeHash, Duration wait) {
        }

        @Override
        public void onNoResponse(String storeHash) {
            noResponses.incrementAndGet();
        }
    }

    @Test
    void aCancelBetweenGrantAndDeliveryRefundsThePermit() {
        CountingQueue queue = new CountingQueue();
        Waiter[] waiter = new Waiter[1];
        AtomicBoolean delivered = new AtomicBoolean();
        Disposable subscriber = Mono.<Void>create(sink -> waiter[0] = new Waiter(sink))
                .subscribe(null, null, () -> delivered.set(true));
        waiter[0].queuedIn(queue);

        assertThat(waiter[0].claim()).isTrue();   // granted under the lock...
        subscriber.dispose();                      // ...cancelled before the delivery...
        waiter[0].signal();                        // ...which the sink drops

        assertThat(delivered).isFalse();
        assertThat(queue.refunds).hasValue(1);
        assertThat(queue.removals).hasValue(0);
    }

    @Test
    void aCancelBeforeTheGrantOnlyLeavesTheQueue() {
        CountingQueue queue = new CountingQueue();
        Waiter[] waiter = new Waiter[1];
        Disposable subscriber = Mono.<Void>create(sink -> waiter[0] = new Waiter(sink)).subscribe();
        waiter[0].queuedIn(queue);

        subscriber.dispose();

        assertThat(waiter[0].claim()).isFalse();
        assertThat(queue.removals).hasValue(1);
        assertThat(queue.refunds).hasValue(0);
    }

    @Test
    void aDeliveredPermitIsTheSubscribersAndAFollowingCancelRefundsNothing() {
        CountingQueue queue = new CountingQueue();
        Waiter[] waiter = new Waiter[1];
        AtomicBoolean delivered = new AtomicBoolean();
        Disposable subscriber = Mono.<Void>create(sink -> waiter[0] = new Waiter(sink))
                .subscribe(null, null, () -> delivered.set(true));
        waiter[0].queuedIn(queue);

        assertThat(waiter[0].claim()).isTrue();
        waiter[0].signal();
        subscriber.dispose();

        assertThat(delivered).isTrue();
        assertThat(queue.refunds).hasValue(0);
    }

    /** A waiter's queue that counts what the waiter asks of it. */
    private static final class CountingQueue implements Waiter.Queue {
        private final AtomicInteger removals = new AtomicInteger();
        private final AtomicInteger refunds = new AtomicInteger();

        @Override
        public void remove(Waiter waiter) {
            removals.incrementAndGet();
        }

        @Override
        public void refund() {
            refunds.incrementAndGet();
        }
    }
}
