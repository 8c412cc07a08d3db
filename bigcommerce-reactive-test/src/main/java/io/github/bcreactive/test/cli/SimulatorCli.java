package io.github.bcreactive.test.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import io.github.bcreactive.test.BigCommerceSimulator;
import io.github.bcreactive.test.Faults;

/**
 * Runs a standalone simulator until interrupted and prints how to reach it.
 *
 * <pre>
 * ./mvnw -q -pl bigcommerce-reactive-test -am package -DskipTests -Psimulator \
 *     -Dexec.args="--port 8080 --stores 3 --products 20000 --quota 150 --window 30s --latency 20ms --seed 42"
 * </pre>
 *
 * Options: {@code --port --host --stores --store <hash> --products --categories --brands --customers --orders
 * --quota --window --latency --jitter --seed --server-errors --resets --html-502 --truncated-json
 * --malformed-json --load-429 --slow <fraction> --slow-delay --other-apps-rate}, and the hostile modes
 * {@code --hostile-headers --short-reset-429 --empty-bodies --cursor-only true --informational-only --broken-chunked
 * --endless-bodies} (each a fraction but {@code --cursor-only}).
 */
public final class SimulatorCli {

    private SimulatorCli() {
    }

    /**
     * Starts the simulator.
     *
     * @param args the options
     * @throws InterruptedException when interrupted while serving
     */
    public static void main(String[] args) throws InterruptedException {
        BigCommerceSimulator simulator;
        try {
            simulator = parse(args).build();
        } catch (IllegalArgumentException bad) {
            System.err.println("error: " + bad.getMessage());
            System.exit(2);
            return;
        }
        simulator.start();
        System.out.println("BigCommerce simulator on " + simulator.baseUrl());
        System.out.println("  API and login URL: " + simulator.baseUrl());
        System.out.println("  client id:         " + simulator.clientId());
        System.out.println("  client secret:     " + simulator.clientSecret());
        for (String store : simulator.storeHashes()) {
            System.out.println("  store " + store + "  X-Auth-Token: " + simulator.accessToken(store)
                    + "  e.g. " + simulator.baseUrl() + "/stores/" + store + "/v3/catalog/products");
        }
        System.out.println("Ctrl-C to stop.");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "bc-sim-shutdown"));
        stopped.await();
    }

    static BigCommerceSimulator.Builder parse(String[] args) {
        BigCommerceSimulator.Builder builder = BigCommerceSimulator.builder();
        Faults.Builder faults = Faults.builder();
        int quota = 150;
        Duration window = Duration.ofSeconds(30);
        Duration latency = Duration.ZERO;
        Duration jitter = Duration.ZERO;
        double slow = 0;
        Duration slowDelay = Duration.ofSeconds(30);
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--port" -> builder.port(Integer.parseInt(value));
                case "--host" -> builder.host(value);
                case "--stores" -> builder.stores(Integer.parseInt(value));
                case "--store" -> builder.store(value);
                case "--products" -> builder.products(Long.parseLong(value.replace("_", "")));
                case "--categories" -> builder.categories(Integer.parseInt(value));
                case "--brands" -> builder.brands(Integer.parseInt(value));
                case "--customers" -> builder.customers(Integer.parseInt(value));
                case "--orders" -> builder.orders(Integer.parseInt(value));
                case "--quota" -> quota = Integer.parseInt(value);
                case "--window" -> window = Durations.parse(value);
                case "--latency" -> latency = Durations.parse(value);
                case "--jitter" -> jitter = Durations.parse(value);
                case "--seed" -> builder.seed(Long.parseLong(value));
                case "--server-errors" -> faults.serverErrors(Double.parseDouble(value));
                case "--resets" -> faults.connectionResets(Double.parseDouble(value));
                case "--html-502" -> faults.htmlBadGateways(Double.parseDouble(value));
                case "--truncated-json" -> faults.truncatedJson(Double.parseDouble(value));
                case "--malformed-json" -> faults.malformedJson(Double.parseDouble(value));
                case "--load-429" -> faults.rateLimitsWithoutHeaders(Double.parseDouble(value));
                case "--slow" -> slow = Double.parseDouble(value);
                case "--slow-delay" -> slowDelay = Durations.parse(value);
                case "--other-apps-rate" -> faults.otherAppsRate(Double.parseDouble(value));
                case "--hostile-headers" -> faults.hostileRateLimitHeaders(Double.parseDouble(value));
                case "--short-reset-429" -> faults.rateLimitsWithShortReset(Double.parseDouble(value),
                        Duration.ofMillis(1));
                case "--empty-bodies" -> faults.emptyBodies(Double.parseDouble(value));
                case "--cursor-only" -> faults.cursorPaginationOnly(Boolean.parseBoolean(value));
                case "--informational-only" -> faults.informationalOnly(Double.parseDouble(value));
                case "--broken-chunked" -> faults.brokenChunkedBodies(Double.parseDouble(value));
                case "--endless-bodies" -> faults.endlessBodies(Double.parseDouble(value));
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return builder.quota(quota, window)
                .faults(faults.latency(latency, jitter).slowResponses(slow, slowDelay).build());
    }
}
