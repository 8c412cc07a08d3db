package io.github.bcreactive.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;

/** Samples the JVM's live thread count every half second while a benchmark runs. */
final class ThreadCount implements AutoCloseable {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final int atStart;
    private final AtomicInteger min = new AtomicInteger(Integer.MAX_VALUE);
    private final AtomicInteger max = new AtomicInteger();
    private final AtomicInteger samples = new AtomicInteger();
    private final Disposable sampling;

    ThreadCount() {
        atStart = threads.getThreadCount();
        sampling = Flux.interval(Duration.ofMillis(500)).subscribe(tick -> sample());
    }

    private void sample() {
        int live = threads.getThreadCount();
        min.accumulateAndGet(live, Math::min);
        max.accumulateAndGet(live, Math::max);
        samples.incrementAndGet();
    }

    @Override
    public void close() {
        sampling.dispose();
    }

    @Override
    public String toString() {
        return "live threads: " + atStart + " before the load, " + min.get() + ".." + max.get() + " during it ("
                + samples.get() + " samples)";
    }
}
