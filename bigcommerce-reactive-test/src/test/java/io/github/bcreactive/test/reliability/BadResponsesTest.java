package io.github.bcreactive.test.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Function;
import java.util.stream.Stream;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.error.DecodeException;
import io.github.bcreactive.error.NotFoundException;
import io.github.bcreactive.error.ResponseTimeoutException;
import io.github.bcreactive.error.ServerException;
import io.github.bcreactive.error.TooManyRequestsException;
import io.github.bcreactive.error.TransportException;
import io.github.bcreactive.http.RetryOptions;
import io.github.bcreactive.query.Query;
import io.github.bcreactive.support.MockApi;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/**
 * Malformed answers, one per row: each ends in a typed error (or a clean result where the answer is usable), within
 * a bounded time, never a hang and never a raw {@code NullPointerException}.
 */
class BadResponsesTest {

    private static final Duration NO_HANG = Duration.ofSeconds(15);
    private static final String PAGE = "{\"data\":[{\"id\":1,\"name\":\"A\"},{\"id\":2,\"name\":\"B\"}],"
            + "\"meta\":{\"pagination\":{\"total\":2,\"count\":2,\"per_page\":250,\"current_page\":1,\"total_pages\":1}}}";
    private static final String PRODUCT = "{\"data\":{\"id\":7,\"name\":\"Seven\"},\"meta\":{}}";

    @RegisterExtension
    final MockApi api = MockApi.perTest();

    /** A product as a typed caller reads it. */
    record Product(long id, String name) {
    }

    /** What the client is asked: the items (or the one body) it yields. */
    enum Call {
        GET_ONE(client -> client.v3().get("/catalog/products/7").flux()),
        LIST(client -> client.v3().getMany("/catalog/products")),
        LIST_TYPED(client -> client.v3().getMany("/catalog/products", Query.empty(), Product.class));

        private final Function<BigCommerceClient, Flux<?>> call;

        Call(Function<BigCommerceClient, Flux<?>> call) {
            this.call = call;
        }
    }

    static Stream<Arguments> malformedResponses() {
        return Stream.of(
                // truncated JSON
                failure("truncated object", json(200, PRODUCT.substring(0, PRODUCT.length() / 2)), Call.GET_ONE,
                        DecodeException.class),
                failure("truncated page", json(200, PAGE.substring(0, PAGE.length() / 2)), Call.LIST,
                        DecodeException.class),
                failure("not JSON at all", json(200, "<html><body>Maintenance</body></html>"), Call.GET_ONE,
                        DecodeException.class),
                failure("connection closed mid-body", new MockResponse.Builder().code(200)
                        .body(PAGE)
                        .setHeader("Content-Type", "application/json")
                        .setHeader("Content-Length", PAGE.length() * 4L)
                        .onResponseEnd(new SocketEffect.CloseSocket(true, true, true))
                        .build(), Call.LIST, TransportException.class),
                // wrong types
                failure("string where a number belongs", json(200, "{\"data\":[{\"id\":\"seven\",\"name\":\"A\"}],"
                        + "\"meta\":{}}"), Call.LIST_TYPED, DecodeException.class),
                failure("object where a string belongs", json(200, "{\"data\":[{\"id\":1,\"name\":{\"en\":\"A\"}}],"
                        + "\"meta\":{}}"), Call.LIST_TYPED, DecodeException.class),
                failure("data is a number, items are records", json(200, "{\"data\":42,\"meta\":{}}"),
                        Call.LIST_TYPED, DecodeException.class),
                success("data is one object: one item", json(200, "{\"data\":{\"id\":1},\"meta\":{}}"), Call.LIST,
                        1),
                // metadata that cannot say where the page sits could hide the rest of the listing
                failure("pagination fields of the wrong type", json(200, "{\"data\":[{\"id\":1}],"
                        + "\"meta\":{\"pagination\":{\"current_page\":\"one\",\"total_pages\":[]}}}"), Call.LIST,
                        DecodeException.class),
                success("meta is a string: one page", json(200, "{\"data\":[{\"id\":1}],\"meta\":\"none\"}"),
                        Call.LIST, 1),
                success("a JSON null body: a NullNode", json(200, "null"), Call.GET_ONE, 1),
                // a huge body
                failure("body over maxResponseBytes", json(200, "{\"data\":[" + "{\"id\":1},".repeat(200_000)
                        + "{\"id\":2}],\"meta\":{}}"), Call.LIST, DecodeException.class),
                failure("nesting deeper than the parser allows", json(200, "[".repeat(5_000) + "]".repeat(5_000)),
                        Call.GET_ONE, DecodeException.class),
                // missing headers
                success("no Content-Type, no rate-limit headers", new MockResponse.Builder().code(200).body(PAGE)
                        .build(), Call.LIST, 2),
                // only a 204, an empty list or a short v2 page may end a listing
                failure("no body at all on a 200 listing", new MockResponse.Builder().code(200).build(),
                        Call.LIST, DecodeException.class),
                success("a 204 on a listing: no items", new MockResponse.Builder().code(204).build(), Call.LIST, 0),
                failure("429 with no headers", json(429, "{\"status\":429,\"title\":\"Too many requests\"}"),
                        Call.LIST, TooManyRequestsException.class),
                failure("500 with an HTML body", new MockResponse.Builder().code(500)
                        .setHeader("Content-Type", "text/html").body("<html>oops</html>").build(), Call.GET_ONE,
                        ServerException.class),
                failure("404 with a broken error body", json(404, "{\"status\":404,\"title\":"), Call.GET_ONE,
                        NotFoundException.class),
                failure("no response at all", new MockResponse.Builder().code(200)
                        .onResponseStart(SocketEffect.Stall.INSTANCE).build(), Call.GET_ONE, ResponseTimeoutException.class),
                // bogus rate-limit header values
                success("bogus rate-limit headers on a 200", rateLimited(200, PRODUCT, "abc", "-5", "1e400",
                        "NaN", "soon"), Call.GET_ONE, 1),
                failure("429 with unparsable headers", rateLimited(429, "{}", "abc", "-5", "x", "NaN", "soon"),
                        Call.GET_ONE, TooManyRequestsException.class),
                failure("429 asking to wait longer than allowed", rateLimited(429, "{}", "30000",
                        "99999999999999999999", "150", "0", "9223372036854775807"), Call.GET_ONE,
                        TooManyRequestsException.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedResponses")
    void yieldsATypedErrorOrACleanResult(String name, MockResponse response, Call call,
            Class<? extends Throwable> expected, int items) {
        api.server().enqueue(response);
        BigCommerceClient client = api.clientBuilder()
                .maxResponseBytes(1024 * 1024)
                .responseTimeout(Duration.ofSeconds(3))
                .retry(RetryOptions.defaults().withMaxRetries(0).withMaxThrottleWait(Duration.ofMillis(500)))
                .build();

        StepVerifier.FirstStep<?> verifier = StepVerifier.create(call.call.apply(client));
        if (expected == null) {
            verifier.expectNextCount(items).expectComplete().verify(NO_HANG);
        } else {
            verifier.expectErrorSatisfies(error -> assertThat(error)
                            .isInstanceOf(expected)
                            .isNotInstanceOf(NullPointerException.class)
                            .hasMessageNotContaining(MockApi.TOKEN)
                            .message().isNotBlank())
                    .verify(NO_HANG);
        }
    }

    private static Arguments failure(String name, MockResponse response, Call call,
            Class<? extends Throwable> expected) {
        return Arguments.of(name, response, call, expected, 0);
    }

    private static Arguments success(String name, MockResponse response, Call call, int items) {
        return Arguments.of(name, response, call, null, items);
    }

    private static MockResponse json(int status, String body) {
        return MockApi.json(status, body);
    }

    private static MockResponse rateLimited(int status, String body, String window, String reset, String quota,
            String left, String retryAfter) {
        return new MockResponse.Builder().code(status)
                .setHeader("Content-Type", "application/json")
                .setHeader("X-Rate-Limit-Time-Window-Ms", window)
                .setHeader("X-Rate-Limit-Time-Reset-Ms", reset)
                .setHeader("X-Rate-Limit-Requests-Quota", quota)
                .setHeader("X-Rate-Limit-Requests-Left", left)
                .setHeader("X-Retry-After", retryAfter)
                .body(body)
                .build();
    }

}
