package io.github.bcreactive.redis;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.Assumptions;

/**
 * A {@code redis-server} started by the tests on a free loopback port, without persistence, stopped on close. Tests
 * using it are skipped (a JUnit assumption) when no {@code redis-server} binary is found on the PATH.
 */
final class LocalRedis implements AutoCloseable {

    private final Process process;
    private final RedisClient client;

    private LocalRedis(Process process, int port) {
        this.process = process;
        this.client = RedisClient.create(RedisURI.builder().withHost("127.0.0.1").withPort(port)
                .withTimeout(Duration.ofSeconds(5)).build());
    }

    /** Starts a server, or skips the calling tests when there is no {@code redis-server}. */
    static LocalRedis start() throws IOException, InterruptedException {
        Optional<Path> binary = findBinary();
        Assumptions.assumeTrue(binary.isPresent(),
                "No redis-server binary on the PATH: skipping the Redis tests (apt-get install -y redis-server)");
        int port = freePort();
        Process process = new ProcessBuilder(binary.get().toString(), "--port", String.valueOf(port),
                "--bind", "127.0.0.1", "--save", "", "--appendonly", "no")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        LocalRedis redis = new LocalRedis(process, port);
        redis.awaitReady();
        return redis;
    }

    /** A new connection; closed with the server. */
    StatefulRedisConnection<String, String> connect() {
        return client.connect();
    }

    @Override
    public void close() throws InterruptedException {
        client.shutdown();
        process.destroy();
        process.waitFor();
    }

    private void awaitReady() throws InterruptedException {
        RuntimeException last = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("redis-server exited with " + process.exitValue());
            }
            try (StatefulRedisConnection<String, String> connection = client.connect()) {
                connection.sync().ping();
                return;
            } catch (RuntimeException e) {
                last = e;
                Thread.sleep(50);
            }
        }
        process.destroy();
        throw new IllegalStateException("redis-server did not answer", last);
    }

    private static Optional<Path> findBinary() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.concat(Stream.of(path.split(File.pathSeparator)), List.of("/usr/bin", "/usr/local/bin").stream())
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, "redis-server"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
