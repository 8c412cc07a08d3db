package io.github.bcreactive.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.BigCommerceClients;
import io.github.bcreactive.test.BigCommerceSimulator;
import io.github.bcreactive.test.Faults;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * This client side by side with the npm peers users would otherwise pick, on the same simulator, in one run:
 * {@code @aligent/bigcommerce-api} (every REST operation typed; {@code list()} pages one page after another) and
 * {@code bigcommerce-api-client} ({@code Limit.ALL} pages one page after another too, and retries 429s).
 * <ol>
 *   <li>A full listing of 100,000 products (400 pages of 250) with 20 ms of latency per response, no quota.</li>
 *   <li>64 concurrent callers, each getting products one after another, on a store whose quota is 150 requests per
 *       3 s: the time to finish, the failed calls and the 429s the store answered.</li>
 * </ol>
 * The peers run in Node.js processes started by this main ({@code benchmarks/peers/peer.mjs}); the script
 * {@code benchmarks/peers/run.sh} installs them into a temporary folder first and passes it as {@code --peers}.
 *
 * <pre>
 * benchmarks/peers/run.sh [--products 100000] [--calls-per-caller 5]
 * </pre>
 */
public final class PeerComparisonBenchmark {

    private static final Duration LATENCY = Duration.ofMillis(20);
    private static final int CALLERS = 64;
    private static final int QUOTA = 150;
    private static final Duration WINDOW = Duration.ofSeconds(3);
    private static final List<String> PEERS = List.of("aligent", "bcapiclient");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PeerComparisonBenchmark() {
    }

    /**
     * Runs both scenarios and prints a table each.
     *
     * @param args {@code --peers DIR} (required: where {@code run.sh} installed the peers and copied
     *     {@code peer.mjs}), {@code --products N} (default 100,000), {@code --calls-per-caller N} (default 5),
     *     {@code --callers-only} to skip the listing
     * @throws Exception when a peer process fails
     */
    public static void main(String[] args) throws Exception {
        int at = List.of(args).indexOf("--peers");
        if (at < 0 || at + 1 >= args.length) {
            throw new IllegalArgumentException("--peers DIR is required: run benchmarks/peers/run.sh");
        }
        Path peers = Path.of(args[at + 1]);
        int products = Timings.option(args, "--products", 100_000);
        int callsPerCaller = Timings.option(args, "--calls-per-caller", 5);
        System.out.println(Timings.machine());
        if (!List.of(args).contains("--callers-only")) {
            listing(peers, products);
        }
        concurrentCallers(peers, callsPerCaller);
    }

    private static void listing(Path peers, int products) throws Exception {
        try (BigCommerceSimulator simulator = BigCommerceSimulator.builder().products(products).seed(42)
                .quota(Integer.MAX_VALUE, Duration.ofSeconds(30)).build().start()) {
            String store = simulator.storeHashes().get(0);
            BigCommerceClient client = simulator.clientBuilder(store).build();
            simulator.faults(Faults.none());
            Timings.seconds(() -> client.v3().getMany("/catalog/products"), products); // warm-up, no latency
            simulator.faults(Faults.builder().latency(LATENCY, Duration.ZERO).build());
            System.out.printf("%nFull listing: %,d products, pages of 250, %d ms latency per response%n", products,
                    LATENCY.toMillis());
            System.out.printf("%-44s %10s %10s %10s%n", "client", "items", "seconds", "x ours");
            simulator.stats().reset();
            double ours = Timings.seconds(() -> client.v3().getMany("/catalog/products"), products);
            long ourRequests = simulator.stats().requests(store);
            System.out.printf("%-44s %,10d %10.2f %10.2f   (%d requests)%n",
                    "bigcommerce-reactive (pageConcurrency 4)", products, ours, 1.0, ourRequests);
            for (String peer : PEERS) {
                simulator.stats().reset();
                JsonNode result = node(peers, peer, "list", simulator, store);
                double seconds = result.get("seconds").asDouble();
                System.out.printf("%-44s %,10d %10.2f %10.2f   (%d requests)%n", name(peer),
                        result.get("items").asLong(), seconds, seconds / ours, simulator.stats().requests(store));
            }
        }
    }

    private static void concurrentCallers(Path peers, int callsPerCaller) throws Exception {
        try (BigCommerceSimulator simulator = BigCommerceSimulator.builder().products(1_000).seed(42)
                .quota(QUOTA, WINDOW).latency(LATENCY, Duration.ZERO).build().start()) {
            String store = simulator.storeHashes().get(0);
            int calls = CALLERS * callsPerCaller;
            System.out.printf("%n%d concurrent callers x %d gets on one store, quota %d per %d s, %d ms latency%n",
                    CALLERS, callsPerCaller, QUOTA, WINDOW.toSeconds(), LATENCY.toMillis());
            System.out.printf("%-44s %8s %8s %8s %10s %8s%n", "client", "calls", "ok", "failed", "seconds", "429s");
            try (BigCommerceClients clients = BigCommerceClients.builder()
                    .clientSettings(builder -> builder.apiUrl(simulator.baseUrl())).build()) {
                BigCommerceClient client = clients.forStore(store, simulator.accessToken(store));
                AtomicInteger next = new AtomicInteger();
                Map<String, Integer> failures = new ConcurrentHashMap<>();
                long start = System.nanoTime();
                // each caller makes its calls one after another, as the peers' callers do
                Long ok = Flux.range(0, CALLERS)
                        .flatMap(caller -> Flux.range(0, callsPerCaller).concatMap(i -> client.v3()
                                .get("/catalog/products/" + (1 + next.getAndIncrement() % 1_000))
                                .onErrorResume(error -> {
                                    failures.merge(error.getClass().getSimpleName(), 1, Integer::sum);
                                    return Mono.empty();
                                })), CALLERS)
                        .count()
                        .block();
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("%-44s %8d %8d %8d %10.2f %8d %s%n", "bigcommerce-reactive (shared limiter)",
                        calls, ok, calls - ok, seconds, simulator.stats().rateLimited(store), failures);
            }
            for (String peer : PEERS) {
                simulator.resetQuotas();
                simulator.stats().reset();
                JsonNode result = node(peers, peer, "callers", simulator, store, String.valueOf(CALLERS),
                        String.valueOf(callsPerCaller));
                System.out.printf("%-44s %8d %8d %8d %10.2f %8d%n", name(peer), result.get("calls").asInt(),
                        result.get("ok").asInt(), result.get("failed").asInt(), result.get("seconds").asDouble(),
                        simulator.stats().rateLimited(store));
            }
        }
    }

    private static String name(String peer) {
        return peer.equals("aligent") ? "@aligent/bigcommerce-api 1.1.1" : "bigcommerce-api-client 0.7.19";
    }

    private static JsonNode node(Path peers, String peer, String mode, BigCommerceSimulator simulator, String store,
            String... extra) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", peers.resolve("peer.mjs").toString(), peer,
                mode, simulator.baseUrl(), store, simulator.accessToken(store)));
        command.addAll(List.of(extra));
        Process process = new ProcessBuilder(command).directory(peers.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(peer + " " + mode + " failed: " + out);
        }
        String[] lines = out.split("\n");
        return JSON.readTree(lines[lines.length - 1]);
    }
}
