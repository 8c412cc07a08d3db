package io.github.bcreactive.benchmarks;

import io.github.bcreactive.BigCommerceClient.Builder;
import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.query.Query;

/**
 * CPU-bound streaming: 100,000 products with no simulator latency, in the same JVM against the same simulator,
 * three listings run alternately after a warm-up:
 * <ul>
 *   <li>a hand-written WebClient + Jackson loop with the same pages in flight, a {@code JsonNode} per item (the
 *   baseline);</li>
 *   <li>the client's {@code v3().getMany("/catalog/products")}, a {@code JsonNode} per item;</li>
 *   <li>the client's typed {@code catalog().products().iterAll(..)}, a generated product model
 *   ({@code Product}) per item.</li>
 * </ul>
 * The median items/s of each is reported, with the client against the baseline and the typed listing's time against
 * the {@code JsonNode} one's.
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
     * Runs the benchmark and prints the throughputs and their ratios.
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
            double[] rawRates = new double[runs];
            double[] treeRates = new double[runs];
            double[] typedRates = new double[runs];
            for (int i = -warmUps; i < runs; i++) {
                double rawRate = PRODUCTS / Timings.seconds(() -> raw.concurrent(concurrency), PRODUCTS);
                double treeRate = PRODUCTS / Timings.seconds(() -> client.v3().getMany("/catalog/products"),
                        PRODUCTS);
                double typedRate = PRODUCTS / Timings.seconds(
                        () -> client.catalog().products().iterAll(Query.empty()), PRODUCTS);
                if (i >= 0) {
                    rawRates[i] = rawRate;
                    treeRates[i] = treeRate;
                    typedRates[i] = typedRate;
                }
            }
            double rawMedian = Timings.median(rawRates);
            double treeMedian = Timings.median(treeRates);
            double typedMedian = Timings.median(typedRates);
            System.out.printf("%d products, no latency, %d pages in flight, median of %d alternating runs after %d "
                    + "warm-ups%n", PRODUCTS, concurrency, runs, warmUps);
            System.out.printf("%-44s %,12.0f items/s%n", "raw WebClient + Jackson (JsonNode)", rawMedian);
            System.out.printf("%-44s %,12.0f items/s%n", "client v3().getMany (JsonNode)", treeMedian);
            System.out.printf("%-44s %,12.0f items/s%n", "client catalog().products().iterAll (model)",
                    typedMedian);
            System.out.printf("%-44s %12.2f x%n", "client JsonNode / raw (throughput)", treeMedian / rawMedian);
            System.out.printf("%-44s %12.2f x%n", "typed model / JsonNode (time)", treeMedian / typedMedian);
        }
    }
}
