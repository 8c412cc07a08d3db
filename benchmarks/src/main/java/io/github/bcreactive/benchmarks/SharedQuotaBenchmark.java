package io.github.bcreactive.benchmarks;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one-store setup (see {@link OneStoreRun}) with another app spending 30 % of each window. The callers create
 * products with unique names: a POST the store refuses to repeat (409 for a name taken), so that a call lost or sent
 * twice shows. Targets: no error reaches the caller; every call done exactly once; the 429 count reported.
 */
public final class SharedQuotaBenchmark {

    private static final double OTHER_APPS_SHARE = 0.30;

    private SharedQuotaBenchmark() {
    }

    /**
     * Runs the scenario and prints its figures.
     *
     * @param args none
     */
    public static void main(String[] args) {
        double otherAppsRate = OTHER_APPS_SHARE * OneStoreRun.QUOTA / OneStoreRun.WINDOW.toMillis() * 1000.0;
        AtomicLong names = new AtomicLong();
        System.out.print("Shared quota: ");
        OneStoreRun.Result result = OneStoreRun.run(otherAppsRate, store -> store.v3().post("/catalog/products",
                Map.of("name", "Benchmark product " + names.incrementAndGet(), "type", "physical", "weight", 1,
                        "price", 9.99)));

        Load load = result.load();
        long created = result.requests() - result.rateLimited();
        System.out.printf("  created in the store's first %d windows: %d (%.0f a window; the other app's share grows "
                + "with the time spent in each window)%n", OneStoreRun.WINDOWS, load.succeededInTime(),
                (double) load.succeededInTime() / OneStoreRun.WINDOWS);
        System.out.printf("  calls made %d, succeeded %d, errors reaching callers %d %s%n", load.started(),
                load.succeeded(), load.failed(), load.failuresByType());
        System.out.printf("  POSTs the store received %d = %d created + %d answered 429 (retried by the client)%n",
                result.requests(), created, result.rateLimited());
        System.out.printf("  exactly once: %s%n", load.started() == load.succeeded() && created == load.started()
                ? "yes, every call created one product and none created two" : "NO");
    }
}
