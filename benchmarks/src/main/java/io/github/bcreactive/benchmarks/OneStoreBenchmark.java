package io.github.bcreactive.benchmarks;

/**
 * One store, quota 150 per 3 s window, 64 concurrent callers reading a product, for 10 of the store's windows (see
 * {@link OneStoreRun}). Target: at least 98 % of the quota served, zero 429s.
 */
public final class OneStoreBenchmark {

    private OneStoreBenchmark() {
    }

    /**
     * Runs the scenario and prints its figures.
     *
     * @param args none
     */
    public static void main(String[] args) {
        System.out.print("One store: ");
        OneStoreRun.Result result = OneStoreRun.run(0, store -> store.v3().get("/catalog/products/1"));

        Load load = result.load();
        System.out.printf("  served in the store's first %d windows: %d of %d = %.1f %% of the quota%n",
                OneStoreRun.WINDOWS, load.succeededInTime(), result.quota(), 100.0 * load.succeededInTime()
                        / result.quota());
        System.out.printf("  429s answered by the store: %d; errors reaching callers: %d %s%n", result.rateLimited(),
                load.failed(), load.failuresByType());
    }
}
