package io.github.bcreactive.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.concurrent.TimeUnit;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** A MockWebServer on loopback standing in for the BigCommerce API host (tests of every package use it). */
public final class MockApi implements AutoCloseable {

    private final MockWebServer server = new MockWebServer();

    public MockApi() {
        try {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL, for {@code bigcommerce.api-url}. */
    public MockWebServer server() {
        return server;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getPort();
    }

    public MockApi enqueue(int status, String json, String... headerPairs) {
        MockResponse.Builder response = new MockResponse.Builder().code(status)
                .addHeader("Content-Type", "application/json").body(json);
        for (int i = 0; i < headerPairs.length; i += 2) {
            response.addHeader(headerPairs[i], headerPairs[i + 1]);
        }
        server.enqueue(response.build());
        return this;
    }

    public RecordedRequest take() {
        try {
            RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
            if (request == null) {
                throw new AssertionError("No request reached the mock API.");
            }
            return request;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
