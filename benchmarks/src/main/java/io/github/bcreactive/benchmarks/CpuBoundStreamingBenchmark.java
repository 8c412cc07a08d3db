package io.github.bcreactive.benchmarks;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.BigCommerceClient.Builder;

/**
 * CPU-bound streaming: 100,000 products with no simulator latency, the client's {@code getMany} against a
 * hand-written WebClient + Jackson loop with the same pages in flight and the same decoding (a {@code JsonNode} per
 * item), in the same JVM against the same simulator. Both are warmed up, then run alternately; the median items/s of
 * each is reported.
 *
 * <pre>
 * ./mvnw -q -pl benchmarks -am verify -DskipTests -Dbench=CpuBoundStreamingBenchmark [-Dbench.args="--runs 9 --warmups 4"]
 * </pre>
 */
public final class CpuBoundStreamingBenchmark {

    private static final int PRODUCTS = 100_000;

    private CpuBoundStreamingBenchmark() {
    }

    /**
     * Runs the benchmark and prints both throughputs and their ratio.
     *
     * @param args {@code --runs N} (default 7), {@code --warmups N} (default 3),
     *     {@code --concurrency N} (default the client's default)
     */
    public static void main(String[] args) {
        int runs = Timings.option(args, "--runs", 7);
        int warmUps = Timings.option(args, "--warmups", 3);
        int concurrency = Timings.option(args, "--concurrency", Builder.DEFAULT_PAGE_CONCURRENCY);
        System.out.println(Timings.machine());
        try (CatalogFixture fixture = CatalogFixture.start(PRODUCTS)) {
            BigCommerceClient client = fixture.client(concurrency);
            RawPageLoop raw = fixture.raw();
            double[] clientRates = new double[runs];
            double[] rawRates = new double[runs];
            for (int i = -warmUps; i < runs; i++) {
                double clientRate = PRODUCTS / Timings.seconds(() -> client.v3().getMany("/catalog/products"),
                        PRODUCTS);
                double rawRate = PRODUCTS / Timings.seconds(() -> raw.concurrent(concurrency), PRODUCTS);
                if (i >= 0) {
                    clientRates[i] = clientRate;
                    rawRates[i] = rawRate;
                }
            }
            double clientMedian = Timings.median(clientRates);
            double rawMedian = Timings.median(rawRates);
            System.out.printf("%d products, no latency, %d pages in flight, median of %d alternating runs after %d "
                    + "warm-ups%n", PRODUCTS, concurrency, runs, warmUps);
            System.out.printf("%-36s %,12.0f items/s%n", "raw WebClient + Jackson", rawMedian);
            System.out.printf("%-36s %,12.0f items/s%n", "client v3().getMany", clientMedian);
            System.out.printf("%-36s %12.2f x%n", "client / raw", clientMedian / rawMedian);
        }
    }
}
