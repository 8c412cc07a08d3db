package io.github.bcreactive.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.BigCommerceClients;
import io.github.bcreactive.redis.RedisRateLimiter;
import io.github.bcreactive.test.BigCommerceSimulator;
import io.github.bcreactive.test.Faults;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;

/**
 * One store shared by two JVMs through Redis: this JVM runs the simulated store (quota 150 per 3 s window, 20-30 ms
 * latency) and a {@code redis-server} on a free loopback port, then starts two worker JVMs with 32 callers each, every
 * worker limited by its own {@link RedisRateLimiter} on the same Redis. They run for 10 windows' time from a common
 * start. Targets: together at least 95 % of the quota, zero 429s.
 */
public final class TwoJvmsRedisBenchmark {

    private static final int QUOTA = 150;
    private static final Duration WINDOW = Duration.ofSeconds(3);
    private static final int WINDOWS = 10;
    private static final int WORKERS = 2;
    private static final int CALLERS_PER_WORKER = 32;
    private static final Duration LATENCY = Duration.ofMillis(20);
    private static final Duration JITTER = Duration.ofMillis(10);
    private static final Duration WORKER_START = Duration.ofSeconds(5);
    private static final String SERVED = "served ";

    private TwoJvmsRedisBenchmark() {
    }

    /**
     * Runs the scenario and prints its figures; with the arguments {@code worker ...} it is one of the workers.
     *
     * @param args none, or those of a worker
     * @throws Exception when Redis or a worker cannot be started
     */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("worker")) {
            worker(args[1], args[2], args[3], Integer.parseInt(args[4]), Long.parseLong(args[5]));
            return;
        }
        int redisPort = freePort();
        Process redis = startRedis(redisPort);
        try (BigCommerceSimulator sim = BigCommerceSimulator.builder().stores(2).quota(QUOTA, WINDOW)
                .faults(Faults.builder().latency(LATENCY, JITTER).build()).build().start()) {
            String hash = sim.storeHashes().get(0);
            long startAt = System.currentTimeMillis() + WORKER_START.toMillis();
            List<Process> workers = new ArrayList<>();
            for (int i = 0; i < WORKERS; i++) {
                workers.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m", "-cp", System.getProperty("java.class.path"), TwoJvmsRedisBenchmark.class.getName(),
                        "worker", sim.baseUrl(), hash, sim.accessToken(hash), String.valueOf(redisPort),
                        String.valueOf(startAt)).redirectErrorStream(true).start());
            }
            long served = 0;
            for (Process worker : workers) {
                served += servedBy(worker);
            }
            long quota = (long) QUOTA * WINDOWS;
            System.out.printf("Two JVMs via Redis: quota %d per %d ms, %d JVMs x %d callers, %d windows' time, "
                    + "latency %d+%d ms%n", QUOTA, WINDOW.toMillis(), WORKERS, CALLERS_PER_WORKER, WINDOWS,
                    LATENCY.toMillis(), JITTER.toMillis());
            System.out.printf("  served together %d of %d = %.1f %% of the quota%n", served, quota,
                    100.0 * served / quota);
            System.out.printf("  429s answered by the store: %d%n", sim.stats().rateLimited(hash));
        } finally {
            redis.destroy();
            redis.waitFor();
        }
    }

    /** One worker JVM: 32 callers on the store for 10 windows' time from {@code startAt}, limited through Redis. */
    private static void worker(String apiUrl, String hash, String token, int redisPort, long startAt)
            throws InterruptedException {
        RedisClient redisClient = RedisClient.create("redis://127.0.0.1:" + redisPort);
        try (StatefulRedisConnection<String, String> connection = redisClient.connect();
                BigCommerceClients clients = BigCommerceClients.builder()
                        .clientSettings(builder -> builder.apiUrl(apiUrl))
                        .rateLimiter(RedisRateLimiter.builder(connection).build())
                        .build()) {
            BigCommerceClient store = clients.forStore(hash, token);
            Thread.sleep(Math.max(0, startAt - System.currentTimeMillis()));
            Load load = Load.run(CALLERS_PER_WORKER, WINDOW.multipliedBy(WINDOWS),
                    () -> store.v3().get("/catalog/products/1"));
            System.out.println(SERVED + load.succeededInTime() + " (errors reaching callers: " + load.failed() + " "
                    + load.failuresByType() + ")");
        } finally {
            redisClient.shutdown();
        }
    }

    /** Waits for a worker and reads the requests it served from its output. */
    private static long servedBy(Process worker) throws IOException, InterruptedException {
        long served = -1;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(SERVED)) {
                    served = Long.parseLong(line.substring(SERVED.length()).split(" ")[0]);
                }
                System.out.println("  worker JVM> " + line);
            }
        }
        if (worker.waitFor() != 0 || served < 0) {
            throw new IllegalStateException("a worker failed (exit " + worker.exitValue() + ")");
        }
        return served;
    }

    private static Process startRedis(int port) throws IOException, InterruptedException {
        Path binary = Stream.concat(Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)),
                        Stream.of("/usr/bin", "/usr/local/bin"))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, "redis-server"))
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "No redis-server on the PATH (apt-get install -y redis-server)"));
        Process redis = new ProcessBuilder(binary.toString(), "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no").redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectErrorStream(true).start();
        RedisClient probe = RedisClient.create("redis://127.0.0.1:" + port);
        try {
            for (int attempt = 0; ; attempt++) {
                try (StatefulRedisConnection<String, String> connection = probe.connect()) {
                    connection.sync().ping();
                    return redis;
                } catch (RuntimeException e) {
                    if (attempt == 100 || !redis.isAlive()) {
                        redis.destroy();
                        throw new IllegalStateException("redis-server did not start", e);
                    }
                    Thread.sleep(50);
                }
            }
        } finally {
            probe.shutdown();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
