package io.github.bcreactive.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 exchange over a plain {@link Socket}, to see exactly the bytes the simulator writes (status lines no
 * HTTP client reports, broken chunk sizes, bodies that never end). Every read has a 10 s socket timeout.
 */
final class RawHttp implements AutoCloseable {

    private static final int READ_TIMEOUT_MILLIS = 10_000;

    private final Socket socket;
    private final InputStream in;

    private RawHttp(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
    }

    /**
     * Connects and sends {@code GET /stores/{store}{path}} with the store's token.
     *
     * @param sim the simulator
     * @param store the store hash
     * @param path the path under the store, e.g. {@code /v3/catalog/products?limit=5}
     * @return the open exchange, ready to read
     */
    static RawHttp get(BigCommerceSimulator sim, String store, String path) {
        try {
            Socket socket = new Socket("127.0.0.1", sim.port());
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            String request = "GET /stores/" + store + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Accept: application/json\r\nX-Auth-Token: " + sim.accessToken(store) + "\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new RawHttp(socket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads until the server closes the connection.
     *
     * @return every byte received, as ISO-8859-1 text
     */
    String readToEnd() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                all.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.toString(StandardCharsets.ISO_8859_1);
    }

    /**
     * Reads the status line and headers, up to and including the blank line.
     *
     * @return the head, as text
     */
    String readHead() {
        StringBuilder head = new StringBuilder();
        try {
            while (!head.toString().endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    throw new IllegalStateException("the connection closed within the head: " + head);
                }
                head.append((char) b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return head.toString();
    }

    /**
     * Reads at least {@code bytes} bytes of whatever follows.
     *
     * @param bytes how many to read
     * @return the count read (at least {@code bytes}), or less when the server closed the connection first
     */
    long readAtLeast(long bytes) {
        byte[] buffer = new byte[8192];
        long read = 0;
        try {
            while (read < bytes) {
                int n = in.read(buffer);
                if (n < 0) {
                    return read;
                }
                read += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
