package io.github.bcreactive.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.query.Query;
import reactor.core.publisher.Flux;

/**
 * Latency-bound streaming: 100,000 products (400 pages of 250) with 20 ms of simulator latency per response. The
 * client's {@code v3().getMany("/catalog/products")} at several page concurrencies is compared with the ideal
 * (pages x latency / pages in flight) and with a sequential page loop, the Python client's strategy.
 * <p>
 * Two more columns explain the gap to the ideal: the same listing with no latency (the CPU floor: the simulator
 * renders and the client parses 100,000 full products on the same cores), and the same listing with 20 ms latency
 * but {@code include_fields=id} (pages of a few KB, so latency dominates and the paging strategy alone shows).
 *
 * <pre>
 * ./mvnw -q -pl benchmarks -am verify -DskipTests -Dbench=LatencyBoundStreamingBenchmark [-Dbench.args="--runs 5"]
 * </pre>
 */
public final class LatencyBoundStreamingBenchmark {

    private static final int PRODUCTS = 100_000;
    private static final int PAGES = PRODUCTS / 250;
    private static final Duration LATENCY = Duration.ofMillis(20);
    private static final int[] CONCURRENCIES = {1, 2, 4, 8, 16};
    private static final String ID_ONLY = "id";

    private LatencyBoundStreamingBenchmark() {
    }

    /** One way of listing the catalog; its function takes an {@code include_fields} value, or null for all. */
    private record Strategy(String name, int inFlight, Function<String, Flux<?>> listing) {
    }

    /**
     * Runs the benchmark and prints a table.
     *
     * @param args {@code --runs N} (default 3) timed runs per cell, the median is reported
     */
    public static void main(String[] args) {
        int runs = Timings.option(args, "--runs", 3);
        System.out.println(Timings.machine());
        try (CatalogFixture fixture = CatalogFixture.start(PRODUCTS)) {
            RawPageLoop raw = fixture.raw();
            List<Strategy> strategies = new ArrayList<>();
            strategies.add(new Strategy("sequential page loop (raw WebClient)", 1,
                    fields -> raw.sequential(fields == null ? "" : "&include_fields=" + fields)));
            for (int concurrency : CONCURRENCIES) {
                BigCommerceClient client = fixture.client(concurrency);
                strategies.add(new Strategy("client, pageConcurrency=" + concurrency, concurrency,
                        fields -> client.v3().getMany("/catalog/products",
                                fields == null ? Query.empty() : Query.of("include_fields", fields))));
            }
            fixture.latency(Duration.ZERO);
            for (int warmUp = 0; warmUp < 2; warmUp++) {
                for (Strategy strategy : strategies) {
                    Timings.seconds(() -> strategy.listing().apply(null), PRODUCTS);
                    Timings.seconds(() -> strategy.listing().apply(ID_ONLY), PRODUCTS);
                }
            }
            System.out.printf("%d products, %d pages of 250, latency %d ms, median of %d runs; ideal = pages x "
                    + "latency / pages in flight%n", PRODUCTS, PAGES, LATENCY.toMillis(), runs);
            System.out.printf("%-38s %7s | %8s %8s | %8s | %8s %8s%n", "", "ideal", "full 20ms", "x ideal",
                    "full 0ms", "ids 20ms", "x ideal");
            for (Strategy strategy : strategies) {
                fixture.latency(LATENCY);
                double full = median(runs, strategy, null);
                double ids = median(runs, strategy, ID_ONLY);
                fixture.latency(Duration.ZERO);
                double floor = median(runs, strategy, null);
                double ideal = PAGES * LATENCY.toMillis() / 1000.0 / strategy.inFlight();
                System.out.printf("%-38s %6.2fs | %8.2fs %8.2f | %7.2fs | %7.2fs %8.2f%n", strategy.name(), ideal,
                        full, full / ideal, floor, ids, ids / ideal);
            }
        }
    }

    private static double median(int runs, Strategy strategy, String fields) {
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            seconds[i] = Timings.seconds(() -> strategy.listing().apply(fields), PRODUCTS);
        }
        return Timings.median(seconds);
    }
}
