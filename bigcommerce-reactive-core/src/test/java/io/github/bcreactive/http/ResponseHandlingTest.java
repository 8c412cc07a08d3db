package io.github.bcreactive.http;

import static io.github.bcreactive.support.MockApi.STORE;
import static io.github.bcreactive.support.MockApi.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.error.ApiError;
import io.github.bcreactive.error.ClientRequestException;
import io.github.bcreactive.error.ConflictException;
import io.github.bcreactive.error.DecodeException;
import io.github.bcreactive.error.ForbiddenException;
import io.github.bcreactive.error.HttpException;
import io.github.bcreactive.error.NotFoundException;
import io.github.bcreactive.error.RedirectionException;
import io.github.bcreactive.error.ResponseTimeoutException;
import io.github.bcreactive.error.ServerException;
import io.github.bcreactive.error.TooManyRequestsException;
import io.github.bcreactive.error.TransportException;
import io.github.bcreactive.error.UnauthorizedException;
import io.github.bcreactive.error.UnprocessableEntityException;
import io.github.bcreactive.query.Query;
import io.github.bcreactive.support.MockApi;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

/** What the client makes of responses: the exception for each status, empty bodies, bad JSON, dead connections. */
class ResponseHandlingTest {

    private static final String V3_ERROR = "{\"status\":%d,\"title\":\"Something is wrong\","
            + "\"type\":\"https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes\","
            + "\"detail\":\"The name is taken\",\"errors\":{\"name\":\"must be unique\",\"sku\":\"too long\"}}";

    @RegisterExtension
    final MockApi api = MockApi.perTest();
    private BigCommerceClient client;

    @BeforeEach
    void connect() {
        client = api.client();
    }

    static Stream<Arguments> statuses() {
        return Stream.of(
                Arguments.of(301, RedirectionException.class),
                Arguments.of(302, RedirectionException.class),
                Arguments.of(400, ClientRequestException.class),
                Arguments.of(401, UnauthorizedException.class),
                Arguments.of(403, ForbiddenException.class),
                Arguments.of(404, NotFoundException.class),
                Arguments.of(405, ClientRequestException.class),
                Arguments.of(409, ConflictException.class),
                Arguments.of(413, ClientRequestException.class),
                Arguments.of(418, ClientRequestException.class),
                Arguments.of(422, UnprocessableEntityException.class),
                Arguments.of(423, ClientRequestException.class),
                Arguments.of(429, TooManyRequestsException.class),
                Arguments.of(500, ServerException.class),
                Arguments.of(501, ServerException.class),
                Arguments.of(502, ServerException.class),
                Arguments.of(503, ServerException.class),
                Arguments.of(504, ServerException.class),
                Arguments.of(507, ServerException.class),
                Arguments.of(599, ServerException.class));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("statuses")
    void eachStatusGivesItsExceptionWithTheParsedV3ErrorBody(int status, Class<? extends HttpException> type) {
        api.server().enqueue(new MockResponse.Builder().code(status)
                .setHeader("Content-Type", "application/problem+json")
                .setHeader("X-Retry-After", "7")
                .setHeader("Location", "https://elsewhere.example/")
                .body(V3_ERROR.formatted(status))
                .build());

        StepVerifier.create(client.v3().get("/catalog/products", Query.of("name", "Acme")))
                .expectErrorSatisfies(error -> {
                    assertThat(error).isExactlyInstanceOf(type);
                    HttpException http = (HttpException) error;
                    assertThat(http.status()).isEqualTo(status);
                    assertThat(http.method()).isEqualTo("GET");
                    assertThat(http.url())
                            .isEqualTo(api.url() + "/stores/" + STORE + "/v3/catalog/products?name=Acme");
                    assertThat(http.headers().getFirst("X-Retry-After")).isEqualTo("7");
                    assertThat(http.body()).isEqualTo(V3_ERROR.formatted(status));
                    ApiError parsed = http.apiError();
                    assertThat(parsed.status()).isEqualTo(status);
                    assertThat(parsed.title()).isEqualTo("Something is wrong");
                    assertThat(parsed.type()).endsWith("/api-status-codes");
                    assertThat(parsed.detail()).isEqualTo("The name is taken");
                    assertThat(parsed.errors())
                            .containsExactlyInAnyOrderEntriesOf(Map.of("name", "must be unique", "sku", "too long"));
                    assertThat(http.getMessage()).contains("GET", "/v3/catalog/products", String.valueOf(status),
                            "Something is wrong: The name is taken");
                    assertNoToken(error);
                })
                .verify();
        assertThat(api.server().getRequestCount()).as("no retries").isEqualTo(1);
    }

    @Test
    void a429CarriesTheWaitItAskedFor() {
        api.server().enqueue(new MockResponse.Builder().code(429)
                .setHeader("X-Rate-Limit-Time-Reset-Ms", "3000")
                .setHeader("X-Retry-After", "7")
                .setHeader("X-Rate-Limit-Requests-Left", "0")
                .build());

        StepVerifier.create(client.v3().get("/catalog/products"))
                .expectErrorSatisfies(error -> {
                    TooManyRequestsException tooMany = (TooManyRequestsException) error;
                    assertThat(tooMany.retryAfter()).contains(Duration.ofSeconds(7));
                    assertThat(tooMany.rateLimit().left()).hasValue(0);
                })
                .verify();
    }

    @Test
    void aV2ErrorArrayIsParsed() {
        String body = "[{\"status\":409,\"message\":\"The field 'name' is not unique.\"},"
                + "{\"status\":409,\"message\":\"The field 'sku' is invalid.\"}]";
        api.enqueue(409, body);

        StepVerifier.create(client.v2().post("/products", Map.of("name", "Acme")))
                .expectErrorSatisfies(error -> {
                    assertThat(error).isExactlyInstanceOf(ConflictException.class);
                    ApiError parsed = ((HttpException) error).apiError();
                    assertThat(parsed.status()).isEqualTo(409);
                    assertThat(parsed.title()).isEqualTo("The field 'name' is not unique.");
                    assertThat(parsed.messages()).containsExactly("The field 'name' is not unique.",
                            "The field 'sku' is invalid.");
                    assertThat(parsed.summary())
                            .isEqualTo("The field 'name' is not unique.; The field 'sku' is invalid.");
                    assertThat(error.getMessage()).contains("POST", "/v2/products", "409",
                            "The field 'sku' is invalid.");
                    assertNoToken(error);
                })
                .verify();
    }

    @Test
    void anHtmlBadGatewayPageStillGivesTheTypedException() {
        String html = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
        api.server().enqueue(new MockResponse.Builder().code(502).setHeader("Content-Type", "text/html")
                .body(html).build());

        StepVerifier.create(client.v3().get("/catalog/products"))
                .expectErrorSatisfies(error -> {
                    assertThat(error).isExactlyInstanceOf(ServerException.class);
                    HttpException http = (HttpException) error;
                    assertThat(http.apiError()).isEqualTo(ApiError.EMPTY);
                    assertThat(http.body()).isEqualTo(html);
                    assertThat(http.getMessage()).contains("502 Bad Gateway");
                })
                .verify();
    }

    @Test
    void anErrorWithNoBodyStillGivesTheTypedException() {
        api.server().enqueue(new MockResponse.Builder().code(404).build());

        StepVerifier.create(client.v3().get("/catalog/products/1"))
                .expectErrorSatisfies(error -> {
                    assertThat(error).isExactlyInstanceOf(NotFoundException.class);
                    assertThat(((HttpException) error).apiError()).isEqualTo(ApiError.EMPTY);
                    assertThat(((HttpException) error).body()).isEmpty();
                })
                .verify();
    }

    @Test
    void noContentAndAnEmptyBodyGiveAnEmptyMono() {
        api.server().enqueue(new MockResponse.Builder().code(204).build());
        api.server().enqueue(new MockResponse.Builder().code(200).build());
        api.server().enqueue(new MockResponse.Builder().code(204).build());

        StepVerifier.create(client.v3().delete("/catalog/products/1")).verifyComplete();
        StepVerifier.create(client.v2().get("/orders/1/shipments")).verifyComplete();
        StepVerifier.create(client.v3().exchange(HttpMethod.DELETE, "/catalog/brands/1", Query.empty(), null,
                        JsonNode.class))
                .assertNext(response -> {
                    assertThat(response.status()).isEqualTo(204);
                    assertThat(response.body()).isNull();
                })
                .verifyComplete();
    }

    @Test
    void malformedJsonGivesADecodeExceptionWithThePathAndAnExcerpt() {
        api.enqueue(200, "{\"data\": [1, 2,, 3]}");

        StepVerifier.create(client.v3().get("/catalog/products", Query.of("page", 2)))
                .expectErrorSatisfies(error -> {
                    assertThat(error).isInstanceOf(DecodeException.class);
                    DecodeException decode = (DecodeException) error;
                    assertThat(decode.path()).isEqualTo("/stores/" + STORE + "/v3/catalog/products");
                    assertThat(decode.excerpt()).isEqualTo("{\"data\": [1, 2,, 3]}");
                    assertThat(decode.getMessage()).contains("/stores/" + STORE + "/v3/catalog/products",
                            "{\"data\": [1, 2,, 3]}");
                    assertNoToken(error);
                })
                .verify();
    }

    @Test
    void truncatedJsonGivesADecodeExceptionWithAShortExcerpt() {
        String truncated = "{\"data\":[" + "{\"id\":1,\"name\":\"a product with a long name\"},".repeat(20);
        api.enqueue(200, truncated);

        StepVerifier.create(client.v3().get("/catalog/products"))
                .expectErrorSatisfies(error -> {
                    DecodeException decode = (DecodeException) error;
                    assertThat(decode.excerpt()).hasSize(DecodeException.EXCERPT_LENGTH + 3)
                            .isEqualTo(truncated.substring(0, DecodeException.EXCERPT_LENGTH) + "...");
                })
                .verify();
    }

    @Test
    void aBodyOfTheWrongTypeGivesADecodeException() {
        api.enqueue(200, "{\"id\":\"not a number\",\"name\":\"Acme\"}");

        StepVerifier.create(client.v2().get("/brands/1", Query.empty(), RequestShapeTest.Brand.class))
                .expectError(DecodeException.class)
                .verify();
    }

    @Test
    void aBodyOverTheLimitGivesADecodeException() {
        BigCommerceClient small = api.clientBuilder().maxResponseBytes(1024).build();
        api.enqueue(200, "{\"data\":\"" + "x".repeat(4096) + "\"}");

        StepVerifier.create(small.v3().get("/catalog/products"))
                .expectErrorSatisfies(error -> {
                    assertThat(error).isInstanceOf(DecodeException.class).hasMessageContaining("larger");
                    assertThat(((DecodeException) error).path()).isEqualTo("/stores/" + STORE + "/v3/catalog/products");
                })
                .verify();
    }

    @Test
    void aRefusedConnectionGivesATransportExceptionNotSent() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        BigCommerceClient refused = BigCommerceClient.builder()
                .apiUrl("http://127.0.0.1:" + closedPort)
                .storeHash(STORE)
                .accessToken(TOKEN)
                .retry(RetryOptions.defaults().withMaxRetries(0))
                .build();

        StepVerifier.create(refused.v3().get("/catalog/products"))
                .expectErrorSatisfies(error -> {
                    assertThat(error).isInstanceOf(TransportException.class);
                    assertThat(((TransportException) error).requestSent()).isFalse();
                    assertThat(error.getMessage()).contains("GET", "/stores/" + STORE + "/v3/catalog/products");
                    assertNoToken(error);
                })
                .verify();
    }

    @Test
    void aResponseSlowerThanThePerCallTimeoutGivesAResponseTimeoutExceptionNotA504() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        api.dispatch(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                release.await(10, TimeUnit.SECONDS);
                return MockApi.json(200, "{}");
            }
        });
        Duration timeout = Duration.ofMillis(300);
        BigCommerceClient impatient = client.withOptions(RequestOptions.defaults().withTimeout(timeout));

        try {
            StepVerifier.create(impatient.v3().get("/catalog/summary"))
                    .expectErrorSatisfies(error -> {
                        assertThat(error).isInstanceOf(ResponseTimeoutException.class)
                                .isNotInstanceOf(ServerException.class);
                        assertThat(((ResponseTimeoutException) error).timeout()).isEqualTo(timeout);
                        assertThat(error.getMessage()).contains("/catalog/summary");
                        assertNoToken(error);
                    })
                    .verify(Duration.ofSeconds(10));
        } finally {
            release.countDown();
        }
    }

    private static void assertNoToken(Throwable error) {
        assertThat(error.getMessage()).doesNotContain(TOKEN);
        assertThat(error.toString()).doesNotContain(TOKEN);
    }
}
