package io.github.bcreactive.test.cli;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bcreactive.test.BigCommerceSimulator;
import reactor.core.publisher.Flux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * Measures the simulator's throughput for small requests on loopback, with a Reactor Netty client in
 * the same JVM (so both share the machine's cores).
 *
 * <pre>
 * ./mvnw -q -pl bigcommerce-reactive-test -am package -DskipTests -Pload-check
 * ./mvnw -q -pl bigcommerce-reactive-test -am package -DskipTests -Pload-check -Dexec.args="--requests 300000 --concurrency 128"
 * </pre>
 */
public final class SimulatorLoadCheck {

    private SimulatorLoadCheck() {
    }

    /**
     * Runs the check and prints requests per second for each path.
     *
     * @param args {@code --requests N --concurrency C --connections K}
     */
    public static void main(String[] args) {
        int requests = 200_000;
        int concurrency = 128;
        int connections = 64;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--requests" -> requests = Integer.parseInt(args[i + 1]);
                case "--concurrency" -> concurrency = Integer.parseInt(args[i + 1]);
                case "--connections" -> connections = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        try (BigCommerceSimulator simulator = BigCommerceSimulator.builder()
                .products(100_000)
                .quota(Integer.MAX_VALUE, Duration.ofSeconds(30))
                .build()
                .start()) {
            String store = simulator.storeHashes().get(0);
            ConnectionProvider pool = ConnectionProvider.builder("load-check").maxConnections(connections)
                    .pendingAcquireMaxCount(-1).build();
            HttpClient client = HttpClient.create(pool).baseUrl(simulator.baseUrl() + "/stores/" + store)
                    .headers(h -> h.set("X-Auth-Token", simulator.accessToken(store)));
            System.out.printf("cores=%d requests=%d concurrency=%d connections=%d%n",
                    Runtime.getRuntime().availableProcessors(), requests, concurrency, connections);
            run(client, "/v2/time", requests / 4, concurrency);
            for (String path : new String[] {"/v2/time", "/v3/catalog/products/77", "/v3/catalog/products?limit=5"}) {
                run(client, path, requests, concurrency);
            }
            pool.disposeLater().block();
        }
    }

    private static void run(HttpClient client, String path, int requests, int concurrency) {
        AtomicLong failures = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        long start = System.nanoTime();
        Flux.range(0, requests)
                .flatMap(i -> client.get().uri(path).responseSingle((response, body) -> body.asByteArray()
                        .defaultIfEmpty(new byte[0])
                        .doOnNext(b -> {
                            bytes.addAndGet(b.length);
                            if (response.status().code() != 200) {
                                failures.incrementAndGet();
                            }
                        })), concurrency)
                .blockLast();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("GET %-32s %,10.0f requests/s  (%,d requests in %.2f s, %d non-200, %,d body bytes each)%n",
                path, requests / seconds, requests, seconds, failures.get(), bytes.get() / Math.max(1, requests));
    }
}
