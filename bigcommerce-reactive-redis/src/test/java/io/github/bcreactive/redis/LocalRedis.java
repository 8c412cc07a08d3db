package io.github.bcreactive.redis;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.Assumptions;

/**
 * A real {@code redis-server} for tests, on a free loopback port, without persistence, stopped on close.
 *
 * <p>The binary is the system's {@code redis-server} when one is on the {@code PATH} (or in {@code /usr/bin},
 * {@code /usr/local/bin}); otherwise the one shipped inside the {@code com.github.codemonstur:embedded-redis} test
 * dependency for this platform (Linux x86_64 and arm64, macOS x86_64 and arm64), copied to a temporary file. Tests
 * using it are skipped, with the reason, only when neither exists. Readiness is read from the server's own "Ready to
 * accept connections" line, not polled.
 */
public final class LocalRedis implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(30);

    private final Path binary;
    private final int port;
    private final RedisClient client;
    private Process process;

    private LocalRedis(Path binary, int port) {
        this.binary = binary;
        this.port = port;
        this.client = RedisClient.create(RedisURI.builder().withHost("127.0.0.1").withPort(port)
                .withTimeout(Duration.ofSeconds(5)).build());
    }

    /**
     * Starts a server, or skips the calling tests (a JUnit assumption, with the reason) when no binary is found.
     *
     * @return the running server
     * @throws IOException when the server cannot be started
     * @throws InterruptedException when interrupted while it starts
     */
    public static LocalRedis start() throws IOException, InterruptedException {
        Optional<Path> binary = findBinary();
        Assumptions.assumeTrue(binary.isPresent(), () -> "No redis-server on the PATH and none shipped in "
                + "embedded-redis for " + platform() + ": skipping the Redis tests (apt-get install -y redis-server)");
        LocalRedis redis = new LocalRedis(binary.get(), freePort());
        redis.launch();
        return redis;
    }

    /**
     * The server's URI, {@code redis://127.0.0.1:<port>}.
     *
     * @return the URI
     */
    public String uri() {
        return "redis://127.0.0.1:" + port;
    }

    /**
     * The server's port.
     *
     * @return the port
     */
    public int port() {
        return port;
    }

    /**
     * A new connection, closed with the server.
     *
     * @return the connection
     */
    public StatefulRedisConnection<String, String> connect() {
        return client.connect();
    }

    /**
     * Stops the server and waits until it exited, keeping its port for {@link #restart()}.
     *
     * @throws InterruptedException when interrupted while it stops
     */
    public void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor();
        }
    }

    /**
     * Starts the server again on the same port (empty: nothing is persisted).
     *
     * @throws IOException when it cannot be started
     * @throws InterruptedException when interrupted while it starts
     */
    public void restart() throws IOException, InterruptedException {
        stop();
        launch();
    }

    @Override
    public void close() throws InterruptedException {
        client.shutdown();
        stop();
    }

    private void launch() throws IOException, InterruptedException {
        process = new ProcessBuilder(binary.toString(), "--port", String.valueOf(port),
                "--bind", "127.0.0.1", "--save", "", "--appendonly", "no")
                .redirectErrorStream(true)
                .start();
        Thread reader = new Thread(() -> awaitReadyLine(process), "redis-server-" + port);
        reader.setDaemon(true);
        reader.start();
        reader.join(STARTUP.toMillis());
        if (reader.isAlive() || !process.isAlive()) {
            process.destroy();
            throw new IllegalStateException("redis-server " + binary + " did not become ready on port " + port);
        }
    }

    /** Reads the server's output until its "Ready to accept connections" line, then drains the rest. */
    private static void awaitReadyLine(Process process) {
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.contains("Ready to accept connections")) {
                    Thread drain = new Thread(() -> drain(lines), "redis-server-output");
                    drain.setDaemon(true);
                    drain.start();
                    return;
                }
            }
        } catch (IOException e) {
            // the process ended: launch() reports it
        }
    }

    private static void drain(BufferedReader lines) {
        try {
            while (lines.readLine() != null) {
                // discard
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    private static Optional<Path> findBinary() throws IOException {
        String path = System.getenv().getOrDefault("PATH", "");
        Optional<Path> system = Stream.concat(Stream.of(path.split(File.pathSeparator)),
                        List.of("/usr/bin", "/usr/local/bin").stream())
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, "redis-server"))
                .filter(Files::isExecutable)
                .findFirst();
        return system.isPresent() ? system : embedded();
    }

    /** The binary embedded-redis ships for this platform, copied out of its jar once per JVM. */
    private static synchronized Optional<Path> embedded() throws IOException {
        String resource = switch (platform()) {
            case "linux-x86_64" -> "/redis-server-6.2.6-v5-linux-amd64";
            case "linux-aarch64" -> "/redis-server-6.2.7-linux-arm64";
            case "mac-x86_64" -> "/redis-server-6.2.6-v5-darwin-amd64";
            case "mac-aarch64" -> "/redis-server-6.2.6-v5-darwin-arm64";
            default -> null;
        };
        if (resource == null) {
            return Optional.empty();
        }
        Path copy = Path.of(System.getProperty("java.io.tmpdir"), "bigcommerce-reactive-" + resource.substring(1));
        if (Files.isExecutable(copy)) {
            return Optional.of(copy);
        }
        try (InputStream in = LocalRedis.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            Path temp = Files.createTempFile(copy.getParent(), "redis-server", ".part");
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            if (!temp.toFile().setExecutable(true, true)) {
                return Optional.empty();
            }
            Files.move(temp, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return Optional.of(copy);
    }

    private static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String family = os.contains("linux") ? "linux" : os.contains("mac") ? "mac" : os;
        String cpu = arch.equals("amd64") || arch.equals("x86_64") ? "x86_64"
                : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : arch;
        return family + "-" + cpu;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
