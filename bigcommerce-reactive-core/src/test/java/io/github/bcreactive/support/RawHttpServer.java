package io.github.bcreactive.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny HTTP/1.1 server on loopback that answers every request with the same raw bytes and closes the connection:
 * for responses MockWebServer will not write, such as a lone {@code 1xx} or broken chunked encoding. It reads each
 * request's head (up to the blank line) before answering, and counts the requests.
 */
public final class RawHttpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final byte[] answer;
    private final AtomicInteger requests = new AtomicInteger();
    private final Thread acceptor;

    private RawHttpServer(String answer) throws IOException {
        this.answer = answer.getBytes(StandardCharsets.ISO_8859_1);
        this.socket = new ServerSocket();
        this.socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.acceptor = new Thread(this::serve, "raw-http-server");
        this.acceptor.setDaemon(true);
        this.acceptor.start();
    }

    /**
     * Starts a server that answers every request with these bytes (ISO-8859-1), then closes the connection.
     *
     * @param answer the raw response: status line, headers, blank line and body as they go on the wire
     * @return the running server
     * @throws IOException when no loopback port is free
     */
    public static RawHttpServer answering(String answer) throws IOException {
        return new RawHttpServer(answer);
    }

    /** The server's base URL, e.g. {@code http://127.0.0.1:50123}. */
    public String url() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    /** How many requests it has answered. */
    public int requests() {
        return requests.get();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket connection = socket.accept()) {
                readHead(connection.getInputStream());
                requests.incrementAndGet();
                OutputStream out = connection.getOutputStream();
                out.write(answer);
                out.flush();
            } catch (IOException e) {
                // closed by close(), or a client that went away: nothing to do
            }
        }
    }

    private static void readHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        int next;
        while (matched < end.length && (next = in.read()) != -1) {
            matched = next == end[matched] ? matched + 1 : (next == '\r' ? 1 : 0);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
