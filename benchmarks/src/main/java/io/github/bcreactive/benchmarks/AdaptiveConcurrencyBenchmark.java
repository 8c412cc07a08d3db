package io.github.bcreactive.benchmarks;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.BigCommerceClients;
import io.github.bcreactive.ratelimit.AdaptiveConcurrencyLimiter;
import io.github.bcreactive.ratelimit.AdaptiveConcurrencyOptions;
import io.github.bcreactive.ratelimit.RateLimitStatus;
import io.github.bcreactive.ratelimit.RateLimiter;
import io.github.bcreactive.ratelimit.TokenBucketRateLimiter;
import io.github.bcreactive.test.BigCommerceSimulator;
import io.github.bcreactive.test.Faults;
import reactor.core.publisher.Mono;

/**
 * A store whose capacity drops mid-run, with and without adaptive concurrency. One simulated store serves 40 requests
 * at once for the first phase, then 8 for the second (its latency grows with its load; calls beyond its capacity get
 * a 503 or a headerless 429), with 200 ms of latency at no load. 32 callers share the store through one {@link BigCommerceClients}, each calling
 * {@code GET /v2/time} (the cheapest call, so that the
 * machine's CPU is not what limits the run) again as soon as its call ends, with the client's default retries. The same
 * run is made twice: with the default quota limiter only, then with {@link AdaptiveConcurrencyLimiter} in front of it.
 * The quota is out of the way (unlimited) so that only the capacity matters. Both are run twice, alternately.
 *
 * <p>Prints, per phase: calls completed per second, the 429s and 5xx the client received (every attempt, retries
 * included), the calls that failed after their retries, and the adaptive limit at the end of the phase.
 * {@code -Dbench.args="--phase 5"} sets each phase's length in seconds (default 10).
 */
public final class AdaptiveConcurrencyBenchmark {

    private static final int CALLERS = 32;
    private static final int CAPACITY_BEFORE = 40;
    private static final int CAPACITY_AFTER = 8;
    private static final Duration LATENCY = Duration.ofMillis(200);

    private AdaptiveConcurrencyBenchmark() {
    }

    /**
     * Runs both configurations and prints their figures.
     *
     * @param args {@code --phase <seconds>}
     */
    public static void main(String[] args) {
        Duration phase = Duration.ofSeconds(args.length == 2 && args[0].equals("--phase") ? Long.parseLong(args[1])
                : 10);
        System.out.printf("one store, %d callers, capacity %d then %d, latency %d ms (doubling at full capacity), "
                + "%d s per phase%n", CALLERS, CAPACITY_BEFORE, CAPACITY_AFTER, LATENCY.toMillis(), phase.toSeconds());
        // twice each, alternating, so that neither profits alone from a warm JVM or a quiet moment of the machine
        for (int round = 1; round <= 2; round++) {
            run("round " + round + ", quota limiter only", false, phase);
            run("round " + round + ", adaptive concurrency", true, phase);
        }
    }

    private static void run(String name, boolean adaptive, Duration phase) {
        try (BigCommerceSimulator sim = BigCommerceSimulator.builder().stores(2).products(1_000)
                .quota(Integer.MAX_VALUE, Duration.ofSeconds(30)).capacity(CAPACITY_BEFORE)
                .faults(Faults.builder().latency(LATENCY, Duration.ZERO).build()).build().start()) {
            String hash = sim.storeHashes().get(0);
            Counting counting = new Counting(TokenBucketRateLimiter.create());
            AdaptiveConcurrencyLimiter adaptiveLimiter = AdaptiveConcurrencyLimiter.around(counting,
                    AdaptiveConcurrencyOptions.defaults());
            RateLimiter limiter = adaptive ? adaptiveLimiter : counting;
            try (BigCommerceClients clients = BigCommerceClients.builder()
                    .clientSettings(builder -> builder.apiUrl(sim.baseUrl()))
                    .rateLimiter(limiter)
                    .build()) {
                warmUp(clients, sim);
                BigCommerceClient store = clients.forStore(hash, sim.accessToken(hash));
                System.out.printf("%n%s%n", name);
                for (int capacity : new int[] {CAPACITY_BEFORE, CAPACITY_AFTER}) {
                    sim.capacity(capacity);
                    counting.reset();
                    long start = System.nanoTime();
                    Load load = Load.run(CALLERS, phase, () -> store.v2().get("/time"));
                    double seconds = (System.nanoTime() - start) / 1e9;
                    System.out.printf("  capacity %2d: %6.1f calls/s completed (%d), %5d 429s, %5d 5xx received, "
                            + "%d calls failed %s, limit %s%n", capacity, load.succeeded() / seconds, load.succeeded(),
                            counting.count(429), counting.serverErrors(), load.failed(), load.failuresByType(),
                            adaptive ? String.valueOf(adaptiveLimiter.limit(hash)) : "-");
                }
            }
        }
    }

    private static void warmUp(BigCommerceClients clients, BigCommerceSimulator sim) {
        String other = sim.storeHashes().get(1);
        BigCommerceClient store = clients.forStore(other, sim.accessToken(other));
        Load.run(4, Duration.ofMillis(500), () -> store.v3().get("/catalog/products/1"));
    }

    /** Passes every call on, counting the statuses the transport reports. */
    private static final class Counting implements RateLimiter {
        private final RateLimiter delegate;
        private final Map<Integer, LongAdder> statuses = new java.util.concurrent.ConcurrentHashMap<>();

        Counting(RateLimiter delegate) {
            this.delegate = delegate;
        }

        void reset() {
            statuses.clear();
        }

        long count(int status) {
            LongAdder adder = statuses.get(status);
            return adder == null ? 0 : adder.sum();
        }

        long serverErrors() {
            return new TreeMap<>(statuses).entrySet().stream().filter(entry -> entry.getKey() >= 500)
                    .mapToLong(entry -> entry.getValue().sum()).sum();
        }

        @Override
        public Mono<Void> acquire(String storeHash) {
            return delegate.acquire(storeHash);
        }

        @Override
        public void onResponse(String storeHash, RateLimitStatus status) {
            delegate.onResponse(storeHash, status);
        }

        @Override
        public void onResponse(String storeHash, RateLimitStatus status, int statusCode, Duration latency) {
            statuses.computeIfAbsent(statusCode, code -> new LongAdder()).increment();
            delegate.onResponse(storeHash, status, statusCode, latency);
        }

        @Override
        public void onThrottled(String storeHash, Duration wait) {
            delegate.onThrottled(storeHash, wait);
        }

        @Override
        public void onNoResponse(String storeHash) {
            delegate.onNoResponse(storeHash);
        }
    }
}
