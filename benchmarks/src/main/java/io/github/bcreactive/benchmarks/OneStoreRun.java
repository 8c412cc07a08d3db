package io.github.bcreactive.benchmarks;

import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.BigCommerceClients;
import io.github.bcreactive.ratelimit.RateLimitOptions;
import io.github.bcreactive.test.BigCommerceSimulator;
import io.github.bcreactive.test.Faults;
import reactor.core.publisher.Mono;

/**
 * The one-store setup shared by two scenarios: a simulated store with quota 150 per 3 s window (BigCommerce's
 * Standard plan, 10 times faster) and 20-30 ms latency, 64 concurrent callers through {@link BigCommerceClients} and
 * its default shared limiter, for 10 of the store's windows. {@code -DwaitUntilReset=true} runs the limiter in its
 * wait-until-reset mode instead of spreading.
 */
final class OneStoreRun {

    static final int QUOTA = 150;
    static final Duration WINDOW = Duration.ofSeconds(3);
    static final int WINDOWS = 10;
    static final int CALLERS = 64;
    static final Duration LATENCY = Duration.ofMillis(20);
    static final Duration JITTER = Duration.ofMillis(10);

    /**
     * What a run measured.
     *
     * @param load the callers' outcomes
     * @param requests requests the store received
     * @param rateLimited 429s the store answered
     * @param quota the store's quota over the windows
     */
    record Result(Load load, long requests, long rateLimited, long quota) {
    }

    private OneStoreRun() {
    }

    /**
     * Runs the callers.
     *
     * @param otherAppsRate requests per second that other apps spend, from the start of each window
     * @param call makes one call to the given store's client
     * @return what the run measured
     */
    static Result run(double otherAppsRate, Function<BigCommerceClient, Mono<?>> call) {
        boolean waitUntilReset = Boolean.getBoolean("waitUntilReset");
        try (BigCommerceSimulator sim = BigCommerceSimulator.builder().stores(2).quota(QUOTA, WINDOW)
                .faults(Faults.builder().latency(LATENCY, JITTER).otherAppsRate(otherAppsRate).build())
                .build().start()) {
            String hash = sim.storeHashes().get(0);
            StoreWindows windows = new StoreWindows(WINDOW);
            try (BigCommerceClients clients = BigCommerceClients.builder()
                    .clientSettings(builder -> builder.apiUrl(sim.baseUrl()))
                    .rateLimitOptions(RateLimitOptions.builder().waitUntilReset(waitUntilReset).listener(windows)
                            .build())
                    .build()) {
                warmUp(clients, sim, sim.storeHashes().get(1));
                BigCommerceClient store = clients.forStore(hash, sim.accessToken(hash));
                Supplier<Mono<?>> oneCall = () -> call.apply(store);

                Load load = Load.run(CALLERS, () -> windows.within(hash, WINDOWS), oneCall);

                System.out.printf("quota %d per %d ms, other apps %.1f requests/s, %d callers, %d windows, "
                        + "latency %d+%d ms, limiter %s%n", QUOTA, WINDOW.toMillis(), otherAppsRate, CALLERS, WINDOWS,
                        LATENCY.toMillis(), JITTER.toMillis(), waitUntilReset ? "waitUntilReset" : "spreading");
                return new Result(load, sim.stats().requests(hash), sim.stats().rateLimited(hash),
                        (long) QUOTA * WINDOWS);
            }
        }
    }

    /** A few calls to another store, so that connections and JIT are warm when the measured store starts. */
    private static void warmUp(BigCommerceClients clients, BigCommerceSimulator sim, String warmUpStore) {
        BigCommerceClient store = clients.forStore(warmUpStore, sim.accessToken(warmUpStore));
        Load.run(4, Duration.ofMillis(500), () -> store.v3().get("/catalog/products/1"));
    }
}
