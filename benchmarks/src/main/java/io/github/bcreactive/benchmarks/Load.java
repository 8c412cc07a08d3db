package io.github.bcreactive.benchmarks;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs concurrent callers, each calling again as soon as its call ends, until told to stop; then lets the calls under
 * way finish. Counts the outcomes.
 */
final class Load {

    private final LongAdder started = new LongAdder();
    private final LongAdder succeeded = new LongAdder();
    private final LongAdder succeededInTime = new LongAdder();
    private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();

    /**
     * Runs {@code callers} loops of {@code call} while {@code running} says so, and waits for the last calls.
     *
     * @param callers the number of concurrent callers
     * @param running whether to start another call
     * @param call makes one call (a fresh {@code Mono} each time)
     * @return the outcome
     */
    static Load run(int callers, BooleanSupplier running, Supplier<Mono<?>> call) {
        return run(callers, caller -> running, caller -> call);
    }

    /**
     * Runs {@code callers} loops, each with its own condition and call, and waits for the last calls.
     *
     * @param callers the number of concurrent callers
     * @param running for caller {@code i}, whether to start another call
     * @param call for caller {@code i}, makes one call (a fresh {@code Mono} each time)
     * @return the outcome
     */
    static Load run(int callers, IntFunction<BooleanSupplier> running, IntFunction<Supplier<Mono<?>>> call) {
        Load load = new Load();
        Flux.range(0, callers)
                .flatMap(caller -> load.loop(running.apply(caller), call.apply(caller)), callers)
                .blockLast();
        return load;
    }

    /**
     * Runs {@code callers} loops of {@code call} for {@code duration}, and waits for the last calls.
     *
     * @param callers the number of concurrent callers
     * @param duration how long to start calls
     * @param call makes one call (a fresh {@code Mono} each time)
     * @return the outcome
     */
    static Load run(int callers, Duration duration, Supplier<Mono<?>> call) {
        long deadline = System.nanoTime() + duration.toNanos();
        return run(callers, () -> System.nanoTime() < deadline, call);
    }

    private Flux<Object> loop(BooleanSupplier running, Supplier<Mono<?>> call) {
        return Mono.defer(() -> {
            started.increment();
            return call.get();
        })
                .<Object>map(result -> result)
                .doOnSuccess(result -> {
                    succeeded.increment();
                    if (running.getAsBoolean()) {
                        succeededInTime.increment();
                    }
                })
                .onErrorResume(error -> {
                    failures.computeIfAbsent(error.getClass().getSimpleName(), name -> new LongAdder()).increment();
                    return Mono.empty();
                })
                .repeat(running);
    }

    /** Calls started. */
    long started() {
        return started.sum();
    }

    /** Calls that succeeded, including those that ended after the load was told to stop. */
    long succeeded() {
        return succeeded.sum();
    }

    /** Calls that succeeded while the load was running. */
    long succeededInTime() {
        return succeededInTime.sum();
    }

    long failed() {
        return failures.values().stream().mapToLong(LongAdder::sum).sum();
    }

    Map<String, Long> failuresByType() {
        Map<String, Long> out = new TreeMap<>();
        failures.forEach((type, count) -> out.put(type, count.sum()));
        return out;
    }
}
