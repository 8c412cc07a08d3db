package io.github.bcreactive.resource;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.http.RequestOptions;
import io.github.bcreactive.http.RetryOptions;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.springframework.http.HttpMethod;

/**
 * A MockWebServer on loopback that answers by route ({@code "GET /v3/catalog/products"}, path without the store
 * prefix and query), records every request, and tracks how many requests were in flight at once.
 */
final class FakeStore implements AutoCloseable {

    static final String PREFIX = "/stores/abc123";

    /** Request options that also retry a PUT, at once (GET and HEAD are retried by default). */
    static final RequestOptions RETRYING_PUT = RequestOptions.defaults().withRetry(RetryOptions.defaults()
            .withMethods(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.PUT)
            .withBackoff(Duration.ofMillis(1), Duration.ofMillis(1)));

    private final MockWebServer server = new MockWebServer();
    private final Map<String, Function<RecordedRequest, MockResponse>> routes = new ConcurrentHashMap<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private volatile long holdMillis;

    FakeStore() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                requests.add(request);
                int now = inFlight.incrementAndGet();
                maxInFlight.accumulateAndGet(now, Math::max);
                try {
                    if (holdMillis > 0) {
                        Thread.sleep(holdMillis);
                    }
                    String path = request.getUrl().encodedPath().substring(PREFIX.length());
                    Function<RecordedRequest, MockResponse> route = routes.get(request.getMethod() + " " + path);
                    return route != null ? route.apply(request)
                            : json(404, "{\"status\":404,\"title\":\"no route " + path + "\"}");
                } finally {
                    inFlight.decrementAndGet();
                }
            }
        });
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    BigCommerceClient client() {
        return BigCommerceClient.builder()
                .storeHash("abc123")
                .accessToken("test-token")
                .apiUrl("http://127.0.0.1:" + server.getPort())
                .build();
    }

    FakeStore on(String route, Function<RecordedRequest, MockResponse> answer) {
        routes.put(route, answer);
        return this;
    }

    FakeStore on(String route, int status, String body) {
        return on(route, request -> json(status, body));
    }

    /** Answers the route's first request with {@code first} and every later one with {@code then}. */
    FakeStore onFirstThen(String route, MockResponse first, MockResponse then) {
        AtomicInteger answered = new AtomicInteger();
        return on(route, request -> answered.getAndIncrement() == 0 ? first : then);
    }

    /** Keeps each request open this long, so that concurrent ones overlap. */
    FakeStore hold(long millis) {
        this.holdMillis = millis;
        return this;
    }

    List<RecordedRequest> requests() {
        return requests;
    }

    int maxInFlight() {
        return maxInFlight.get();
    }

    static MockResponse json(int status, String body) {
        MockResponse.Builder builder = new MockResponse.Builder().code(status);
        if (!body.isEmpty()) {
            builder.addHeader("Content-Type", "application/json").body(body);
        }
        return builder.build();
    }

    /** The request's path without the store prefix, with its decoded query. */
    static String target(RecordedRequest request) {
        String path = request.getUrl().encodedPath().substring(PREFIX.length());
        String query = request.getUrl().query();
        return query == null ? path : path + "?" + query;
    }

    @Override
    public void close() {
        server.close();
    }
}
