package io.github.bcreactive.ratelimit;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import reactor.core.publisher.Mono;

/**
 * Hands a permit from the step that grants it to the step that uses it, so that a cancellation at any moment never
 * loses it. Whoever moves the stage last owns the permit's release:
 * <ul>
 *   <li>cancelled while waiting: the granting step handles its own cancellation (a limiter's {@link Waiter} gives a
 *       permit granted but not delivered back); if the permit is delivered anyway (the delivery won the race), it is
 *       released on arrival;</li>
 *   <li>cancelled after the delivery, before the next step started: released here;</li>
 *   <li>once the next step started, it is that step's to release (a request reports its outcome).</li>
 * </ul>
 */
final class Handover {

    private static final int WAITING = 0;
    private static final int GRANTED = 1;
    private static final int STARTED = 2;
    private static final int CANCELLED = 3;

    private Handover() {
    }

    /**
     * Runs {@code next} once {@code permit} completes.
     *
     * @param permit completes when the permit is granted
     * @param next the step that uses it; called at most once
     * @param release gives the permit back when nobody will use it
     * @param <T> what the next step emits
     * @return the two steps, run under the handover's rules
     */
    static <T> Mono<T> then(Mono<Void> permit, Supplier<? extends Mono<T>> next, Runnable release) {
        return Mono.defer(() -> {
            AtomicInteger stage = new AtomicInteger(WAITING);
            return permit
                    .doOnSuccess(granted -> {
                        if (!stage.compareAndSet(WAITING, GRANTED)) {
                            release.run();
                        }
                    })
                    .then(Mono.defer(() -> stage.compareAndSet(GRANTED, STARTED) ? next.get() : Mono.<T>empty()))
                    .doOnCancel(() -> {
                        if (stage.getAndSet(CANCELLED) == GRANTED) {
                            release.run();
                        }
                    });
        });
    }
}
