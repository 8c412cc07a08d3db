package io.github.bcreactive.benchmarks;

import java.util.Arrays;
import java.util.function.Supplier;

import reactor.core.publisher.Flux;

/** Times whole streams and takes medians; every stream must yield the expected number of items. */
final class Timings {

    private Timings() {
    }

    /**
     * Subscribes to a fresh stream, counts its items and returns the elapsed seconds.
     *
     * @param stream makes the stream to time
     * @param expected the item count the stream must yield
     * @return seconds from subscription to completion
     * @throws IllegalStateException when the count differs
     */
    static double seconds(Supplier<? extends Flux<?>> stream, long expected) {
        long start = System.nanoTime();
        Long count = stream.get().count().block();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (count == null || count != expected) {
            throw new IllegalStateException("expected " + expected + " items, got " + count);
        }
        return seconds;
    }

    /**
     * The median of some values.
     *
     * @param values at least one value
     * @return the median (the mean of the middle two for an even count)
     */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /**
     * Reads {@code --name value} from the arguments.
     *
     * @param args the main's arguments
     * @param name the option, with its dashes
     * @param fallback the value when absent
     * @return the value
     */
    static int option(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }

    /**
     * The machine, for the report.
     *
     * @return cores, max heap and JDK
     */
    static String machine() {
        return String.format("cores=%d maxHeap=%dMB jdk=%s %s", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"));
    }
}
