package io.github.bcreactive.benchmarks;

import java.time.Duration;
import java.util.List;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.BigCommerceClients;
import io.github.bcreactive.ratelimit.RateLimitOptions;
import io.github.bcreactive.test.BigCommerceSimulator;
import io.github.bcreactive.test.Faults;

/**
 * 500 stores at once, each with its own quota, every store's client made by one {@link BigCommerceClients} (one pool,
 * one limiter), 4 callers per store, for 10 of each store's windows. Targets: the stores together serve at least 95 %
 * of their summed quotas; the live thread count stays flat (no thread per store or per waiter).
 *
 * <p>Each store's quota is 15 per 6 s window (1,250 requests a second for the 500), not 150 per 3 s: that would be
 * 25,000 requests a second, far more than client and simulator sharing one JVM on a small machine can carry, and the
 * figure would measure the machine, not the limiter, whose work per store is the same. {@code -Dstores=N} changes
 * the number of stores.
 */
public final class ManyStoresBenchmark {

    private static final int STORES = Integer.getInteger("stores", 500);
    private static final int QUOTA = 15;
    private static final Duration WINDOW = Duration.ofSeconds(6);
    private static final int WINDOWS = 10;
    private static final int CALLERS_PER_STORE = 4;
    private static final Duration LATENCY = Duration.ofMillis(20);
    private static final Duration JITTER = Duration.ofMillis(10);

    private ManyStoresBenchmark() {
    }

    /**
     * Runs the scenario and prints its figures.
     *
     * @param args none
     */
    public static void main(String[] args) {
        try (BigCommerceSimulator sim = BigCommerceSimulator.builder().stores(STORES).products(100)
                .quota(QUOTA, WINDOW).faults(Faults.builder().latency(LATENCY, JITTER).build()).build().start()) {
            StoreWindows windows = new StoreWindows(WINDOW);
            try (BigCommerceClients clients = BigCommerceClients.builder()
                    .clientSettings(builder -> builder.apiUrl(sim.baseUrl()))
                    .rateLimitOptions(RateLimitOptions.builder().listener(windows).build())
                    .build()) {
                List<String> hashes = sim.storeHashes();
                List<BigCommerceClient> stores = hashes.stream()
                        .map(hash -> clients.forStore(hash, sim.accessToken(hash))).toList();
                Load load;
                ThreadCount threads = new ThreadCount();
                try (threads) {
                    load = Load.run(STORES * CALLERS_PER_STORE,
                            caller -> () -> windows.within(hashes.get(caller % STORES), WINDOWS),
                            caller -> () -> stores.get(caller % STORES).v3().get("/catalog/products/1"));
                }

                long quota = (long) STORES * QUOTA * WINDOWS;
                System.out.printf("Many stores: %d stores, quota %d per %d ms each, %d callers per store (%d in all),"
                        + " %d windows, latency %d+%d ms%n", STORES, QUOTA, WINDOW.toMillis(), CALLERS_PER_STORE,
                        STORES * CALLERS_PER_STORE, WINDOWS, LATENCY.toMillis(), JITTER.toMillis());
                System.out.printf("  served in each store's first %d windows: %d of %d = %.1f %% of the summed "
                        + "quotas%n", WINDOWS, load.succeededInTime(), quota, 100.0 * load.succeededInTime() / quota);
                System.out.printf("  429s answered: %d; errors reaching callers: %d %s%n", sim.stats().rateLimited(),
                        load.failed(), load.failuresByType());
                System.out.printf("  %s%n", threads);
            }
        }
    }
}
