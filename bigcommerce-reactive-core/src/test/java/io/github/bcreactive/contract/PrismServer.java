package io.github.bcreactive.contract;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code prism mock} (npm {@code @stoplight/prism-cli}) on one official spec, on a free loopback port, with
 * request validation on (Prism's default); {@link #close()} stops it. Tests find the specs beside the repository
 * ({@code ../shared/bigcommerce-api/openapi}, or {@code BIGCOMMERCE_OPENAPI_DIR}) and skip when either is absent.
 */
final class PrismServer implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(90);

    private final Process process;
    private final int port;
    private final Path log;

    private PrismServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** The directory of the official OpenAPI specs, when it is beside the repository. */
    static Optional<Path> specs() {
        return OfficialSpecs.directory();
    }

    /** The command that runs Prism, when it is installed ({@code npm install -g @stoplight/prism-cli}). */
    static Optional<List<String>> command() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path prism = Path.of(dir, "prism");
            if (Files.isRegularFile(prism)) {
                return Optional.of(Files.isExecutable(prism) ? List.of(prism.toString())
                        : List.of("node", realPath(prism)));
            }
        }
        return Optional.empty();
    }

    private static String realPath(Path path) {
        try {
            return path.toRealPath().toString();
        } catch (IOException e) {
            return path.toString();
        }
    }

    /**
     * Starts Prism on a spec and waits until it listens.
     *
     * @param dynamic whether responses are generated from the schemas rather than taken from the examples (for
     *     specs whose examples hold placeholders such as {@code "string"} for a date)
     */
    static PrismServer start(Path spec, boolean dynamic) {
        List<String> command = new ArrayList<>(command().orElseThrow(() -> new IllegalStateException(
                "prism is not installed")));
        try {
            int port = freePort();
            Path log = Files.createTempFile("prism-" + spec.getFileName(), ".log");
            command.addAll(List.of("mock", "-h", "127.0.0.1", "-p", String.valueOf(port)));
            if (dynamic) {
                command.add("--dynamic");
            }
            command.add(spec.toString());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            PrismServer server = new PrismServer(process, port, log);
            server.awaitListening();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start prism on " + spec, e);
        }
    }

    int port() {
        return port;
    }

    private void awaitListening() throws IOException {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("prism exited: " + Files.readString(log));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return;
            } catch (IOException notYet) {
                sleep(200);
            }
        }
        close();
        throw new IllegalStateException("prism did not listen within " + STARTUP + ": " + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
