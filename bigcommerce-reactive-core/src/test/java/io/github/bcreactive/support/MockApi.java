package io.github.bcreactive.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.concurrent.TimeUnit;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.http.RetryOptions;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A MockWebServer on 127.0.0.1 standing in for the API host, with a client for store {@link #STORE} pointed at it.
 * Clients it builds never retry, so every test sees exactly the requests it causes. Register it with
 * {@code @RegisterExtension} for a fresh server per test, or {@link #start()} one in a try-with-resources.
 */
public final class MockApi implements BeforeEachCallback, AfterEachCallback, AutoCloseable {

    /** The store hash the clients use. */
    public static final String STORE = "abc123";
    /** The access token the clients send; no message, log line or {@code toString()} may show it. */
    public static final String TOKEN = "tok-SECRET-5f4e3d2c1b";

    private final MockWebServer server = new MockWebServer();

    private MockApi() {
    }

    /**
     * A server started before each test and closed after it, for {@code @RegisterExtension}.
     *
     * @return the server, not yet started
     */
    public static MockApi perTest() {
        return new MockApi();
    }

    /**
     * Starts a server on an ephemeral port of 127.0.0.1.
     *
     * @return the running server
     */
    public static MockApi start() {
        MockApi api = new MockApi();
        api.listen();
        return api;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        listen();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    private void listen() {
        try {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server itself. */
    public MockWebServer server() {
        return server;
    }

    /** The server's origin, e.g. {@code http://127.0.0.1:40123}. */
    public String url() {
        return "http://127.0.0.1:" + server.getPort();
    }

    /** A builder for a client of {@link #STORE} on this server, with retries off. */
    public BigCommerceClient.Builder clientBuilder() {
        return BigCommerceClient.builder()
                .apiUrl(url())
                .storeHash(STORE)
                .accessToken(TOKEN)
                .retry(RetryOptions.defaults().withMaxRetries(0).withMaxThrottleWait(java.time.Duration.ZERO));
    }

    /** A client of {@link #STORE} on this server, with retries off. */
    public BigCommerceClient client() {
        return clientBuilder().build();
    }

    /** Queues a JSON response. */
    public void enqueue(int status, String json) {
        server.enqueue(json(status, json));
    }

    /** Answers every request with the dispatcher instead of the queue. */
    public void dispatch(Dispatcher dispatcher) {
        server.setDispatcher(dispatcher);
    }

    /** The next request the server received; fails when none came. */
    public RecordedRequest takeRequest() {
        try {
            RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
            assertThat(request).as("a request reached the server").isNotNull();
            return request;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response with a JSON body (none when {@code json} is {@code null}). */
    public static MockResponse json(int status, String json) {
        MockResponse.Builder builder = new MockResponse.Builder().code(status);
        if (json != null) {
            builder.setHeader("Content-Type", "application/json").body(json);
        }
        return builder.build();
    }

    @Override
    public void close() {
        server.close();
    }
}
