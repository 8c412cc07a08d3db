package io.github.bcreactive.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/** The per-store, per-endpoint slots: the limit, arrival order, and no slot kept by a cancelled or failed call. */
class EndpointLimiterTest {

    private static final String TREES = "V3 GET /catalog/trees/{tree_id}/categories";

    private final EndpointLimiter limiter = EndpointLimiter.create();
    private final List<Sinks.Empty<Void>> held = new CopyOnWriteArrayList<>();
    private final List<String> started = new CopyOnWriteArrayList<>();

    private Mono<Void> call(String store, String name, int limit) {
        return limiter.withSlot(store, TREES, limit, () -> {
            started.add(name);
            Sinks.Empty<Void> answer = Sinks.empty();
            held.add(answer);
            return answer.asMono();
        });
    }

    @Test
    void waitersGoInArrivalOrderAsSlotsFree() {
        List<Disposable> calls = new ArrayList<>();
        for (String name : List.of("a", "b", "c", "d")) {
            calls.add(call("s1", name, 2).subscribe(null, failure -> { }));
        }
        assertThat(started).containsExactly("a", "b");
        held.get(1).tryEmitEmpty();
        assertThat(started).containsExactly("a", "b", "c");
        held.get(0).tryEmitError(new IllegalStateException("failed"));
        assertThat(started).containsExactly("a", "b", "c", "d");
        assertThat(limiter.inFlight("s1", TREES)).isEqualTo(2);
        held.get(2).tryEmitEmpty();
        held.get(3).tryEmitEmpty();
        assertThat(limiter.remembered()).as("an idle endpoint is forgotten").isZero();
        calls.forEach(Disposable::dispose);
    }

    @Test
    void storesAndEndpointsCountApart() {
        call("s1", "a", 1).subscribe();
        call("s2", "b", 1).subscribe();
        limiter.withSlot("s1", "V3 GET /catalog/categories", 1, () -> {
            started.add("c");
            return Mono.never();
        }).subscribe();
        assertThat(started).containsExactly("a", "b", "c");
    }

    @Test
    void cancellingAWaiterOrARunningCallFreesEverything() {
        Disposable running = call("s1", "a", 1).subscribe();
        Disposable waiting = call("s1", "b", 1).subscribe();
        waiting.dispose();
        running.dispose();
        assertThat(limiter.inFlight("s1", TREES)).isZero();
        assertThat(limiter.remembered()).isZero();
        call("s1", "c", 1).subscribe();
        assertThat(started).containsExactly("a", "c");
    }

    @Test
    void aRequestThatThrowsGivesItsSlotBack() {
        limiter.withSlot("s1", TREES, 1, () -> {
            throw new IllegalStateException("boom");
        }).onErrorResume(e -> Mono.empty()).subscribe();
        assertThat(limiter.inFlight("s1", TREES)).isZero();
        assertThat(limiter.remembered()).isZero();
    }

    @Test
    void racingGrantsAndCancellationsNeverLeakASlot() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicInteger peak = new AtomicInteger();
        AtomicInteger now = new AtomicInteger();
        int calls = 2000;
        CountDownLatch done = new CountDownLatch(calls);
        try {
            for (int i = 0; i < calls; i++) {
                boolean cancel = i % 3 == 0;
                pool.execute(() -> {
                    Disposable call = limiter.withSlot("s1", TREES, 3, () -> Mono.fromRunnable(() ->
                            peak.accumulateAndGet(now.incrementAndGet(), Math::max))
                            .then(Mono.delay(java.time.Duration.ofNanos(1), Schedulers.parallel()))
                            .doOnTerminate(now::decrementAndGet).doOnCancel(now::decrementAndGet).then())
                            .doFinally(s -> done.countDown()).subscribe();
                    if (cancel) {
                        call.dispose();
                    }
                });
            }
            assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            pool.shutdownNow();
        }
        assertThat(peak.get()).isLessThanOrEqualTo(3);
        // a call's subscriber is told it ended just before the slot is given back: let the last ones finish
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (limiter.remembered() > 0 && System.nanoTime() < giveUp) {
            Thread.sleep(1);
        }
        assertThat(limiter.inFlight("s1", TREES)).isZero();
        assertThat(limiter.remembered()).isZero();
    }

    @Test
    void badArgumentsAreRefused() {
        assertThatThrownBy(() -> limiter.withSlot("s1", TREES, 0, Mono::empty))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'limit'");
        assertThatThrownBy(() -> limiter.withSlot(null, TREES, 1, Mono::empty))
                .isInstanceOf(NullPointerException.class);
    }
}
