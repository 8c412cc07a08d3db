package io.github.bcreactive.graphql;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Complexity points spent in fixed windows. A query reserves its predicted cost before it is sent, waiting for the
 * next window when the current one has no room for it (a query alone larger than the budget goes first in an empty
 * window rather than never), and corrects the reservation with the cost the server reported. Time is the parallel
 * scheduler's clock, so waits run on virtual time in tests.
 */
final class ComplexityBudget {

    private final int points;
    private final long windowMillis;
    private long windowStart = Long.MIN_VALUE;
    private long spent;

    ComplexityBudget(int points, Duration window) {
        this.points = points;
        this.windowMillis = window.toMillis();
    }

    /** Waits until {@code predicted} points fit a window, then reserves them. */
    Mono<Void> reserve(int predicted) {
        if (points == 0) {
            return Mono.empty();
        }
        return Mono.defer(() -> {
            long wait = tryReserve(predicted);
            return wait == 0 ? Mono.<Void>empty() : Mono.delay(Duration.ofMillis(wait)).then(reserve(predicted));
        });
    }

    /** Replaces a reservation by the reported cost. */
    synchronized void correct(int predicted, int actual) {
        if (points != 0) {
            spent = Math.max(0, spent + actual - predicted);
        }
    }

    private synchronized long tryReserve(int predicted) {
        long now = Schedulers.parallel().now(TimeUnit.MILLISECONDS);
        if (windowStart == Long.MIN_VALUE || now >= windowStart + windowMillis) {
            windowStart = now;
            spent = 0;
        }
        if (spent == 0 || spent + predicted <= points) {
            spent += predicted;
            return 0;
        }
        return windowStart + windowMillis - now;
    }
}
