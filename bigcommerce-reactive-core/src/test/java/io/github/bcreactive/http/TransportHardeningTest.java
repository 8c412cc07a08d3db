package io.github.bcreactive.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.api.ApiVersion;
import io.github.bcreactive.error.BigCommerceException;
import io.github.bcreactive.error.ClientRequestException;
import io.github.bcreactive.error.TooManyRequestsException;
import io.github.bcreactive.error.TransportException;
import io.github.bcreactive.query.Query;
import io.github.bcreactive.ratelimit.RateLimitStatus;
import io.github.bcreactive.ratelimit.RateLimiter;
import io.github.bcreactive.support.RawHttpServer;
import io.github.bcreactive.support.RecordingRateLimiter;
import io.github.bcreactive.support.ScriptedExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeStrategies;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Hooks;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

/** Issue 13's transport guarantees (items 6, 9, 11, 12, 13 and 16), one test or more per item. */
class TransportHardeningTest {

    private static final String STORE = "abc123";
    private static final String TOKEN = "tok-SECRET-hardening";
    private static final RetryOptions FAST_RETRIES = RetryOptions.defaults()
            .withBackoff(Duration.ofMillis(1), Duration.ofMillis(2));

    private final ScriptedExchange exchange = new ScriptedExchange();
    private final RecordingRateLimiter limiter = new RecordingRateLimiter();

    // 6. 429 retries are bounded in count as well as in total wait, with a floor on each wait

    @Test
    void a429WithAOneMillisecondResetWaitsTheFloorAndStopsAtTheRetryCount() {
        for (int i = 0; i < 50; i++) {
            exchange.respond(429, "X-Rate-Limit-Time-Reset-Ms", "1");
        }

        StepVerifier.withVirtualTime(() -> send(transport(RetryOptions.defaults())))
                .expectSubscription()
                .thenAwait(Duration.ofMinutes(1))
                .expectError(TooManyRequestsException.class)
                .verify();

        assertThat(exchange.requests()).as("1 attempt and the default 10 429 retries")
                .hasSize(1 + RetryOptions.DEFAULT_MAX_THROTTLE_RETRIES);
        assertThat(exchange.gapsMillis()).allMatch(gap -> gap == RetryOptions.MIN_THROTTLE_WAIT.toMillis());
        assertThat(limiter.events()).filteredOn(event -> event.startsWith("throttled"))
                .hasSize(RetryOptions.DEFAULT_MAX_THROTTLE_RETRIES)
                .allMatch(event -> event.endsWith("PT0.25S"));
    }

    @ParameterizedTest(name = "reset {0} ms")
    @ValueSource(strings = {"3024000000", "9300000000000", "99999999999999999"})
    void a429AskingForMoreThanTheTotalWaitCapFailsAtOnceWithoutHoldingTheStore(String resetMillis) {
        exchange.respond(429, "X-Rate-Limit-Time-Reset-Ms", resetMillis).respond(200);

        StepVerifier.withVirtualTime(() -> send(transport(RetryOptions.defaults())))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(BigCommerceException.class))
                .verify(Duration.ofSeconds(5));

        assertThat(exchange.requests()).hasSize(1);
        assertThat(limiter.events()).noneMatch(event -> event.startsWith("throttled"));
    }

    @Test
    void theNumberOf429RetriesIsConfigurable() {
        for (int i = 0; i < 5; i++) {
            exchange.respond(429, "X-Rate-Limit-Time-Reset-Ms", "1000");
        }

        StepVerifier.withVirtualTime(() -> send(transport(RetryOptions.defaults().withMaxThrottleRetries(2))))
                .expectSubscription()
                .thenAwait(Duration.ofMinutes(1))
                .expectError(TooManyRequestsException.class)
                .verify();

        assertThat(exchange.requests()).hasSize(3);
        assertThatThrownBy(() -> RetryOptions.defaults().withMaxThrottleRetries(-1))
                .hasMessageContaining("'maxThrottleRetries'");
    }

    @Test
    void headerless429sFallBackToTheGrowingLoadBackoffUntilTheTotalWaitCap() {
        for (int i = 0; i < 20; i++) {
            exchange.respond(429);
        }

        StepVerifier.withVirtualTime(() -> send(transport(RetryOptions.defaults())))
                .expectSubscription()
                .thenAwait(Duration.ofMinutes(5))
                .expectError(TooManyRequestsException.class)
                .verify();

        // 1 + 2 + 4 + 8 + 16 + 30 + 30 = 91 s; one more 30 s would pass the 2-minute total
        assertThat(exchange.gapsMillis()).containsExactly(1000L, 2000L, 4000L, 8000L, 16000L, 30000L, 30000L);
    }

    // 9. anything the transport raises reaches the caller as a BigCommerceException

    @Test
    void malformedChunkedEncodingIsATransportExceptionAndAGetIsRetried() throws Exception {
        try (RawHttpServer server = RawHttpServer.answering("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\nzz-not-hex\r\n{}\r\n0\r\n\r\n")) {
            StepVerifier.create(client(server).v3().get("/catalog/summary"))
                    .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(TransportException.class)
                            .hasMessageNotContaining(TOKEN))
                    .verify(Duration.ofSeconds(30));

            assertThat(server.requests()).as("the first attempt and 3 retries").isEqualTo(4);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"HTTP/1.1 abc Nonsense\r\n\r\n", "NOT-HTTP at all\r\n\r\n",
            "HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\n{}", "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{}"})
    void protocolErrorsAreBigCommerceExceptions(String answer) throws Exception {
        try (RawHttpServer server = RawHttpServer.answering(answer)) {
            StepVerifier.create(client(server).v3().get("/catalog/summary"))
                    .expectError(BigCommerceException.class)
                    .verify(Duration.ofSeconds(30));
        }
    }

    @Test
    void aLimiterThatThrowsWhenToldNeverFailsTheCall() {
        RateLimiter throwing = limiter(Mono.empty(), new ArithmeticException("long overflow"));
        exchange.respond(429, "X-Rate-Limit-Time-Reset-Ms", "1000").respond(200);

        StepVerifier.withVirtualTime(() -> send(transport(RetryOptions.defaults(), throwing)))
                .expectSubscription()
                .thenAwait(Duration.ofSeconds(1))
                .assertNext(raw -> assertThat(raw.status()).isEqualTo(200))
                .verifyComplete();
    }

    @Test
    void aLimiterWhosePermitFailsUntypedGivesATransportExceptionAndNothingIsSent() {
        RateLimiter broken = limiter(Mono.error(new IllegalStateException("bucket corrupted")), null);

        StepVerifier.withVirtualTime(() -> send(transport(RetryOptions.defaults().withMaxRetries(0), broken)))
                .expectErrorSatisfies(error -> {
                    assertThat(error).isInstanceOf(TransportException.class).hasMessageContaining("bucket corrupted");
                    assertThat(((TransportException) error).requestSent()).isFalse();
                })
                .verify();

        assertThat(exchange.requests()).isEmpty();
    }

    // 11. a 1xx with nothing after it is a transport error, not a success

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"HTTP/1.1 100 Continue\r\n\r\n", "HTTP/1.1 102 Processing\r\n\r\n",
            "HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\n\r\n"})
    void aLoneInformationalResponseIsATransportError(String answer) throws Exception {
        try (RawHttpServer server = RawHttpServer.answering(answer)) {
            StepVerifier.create(client(server).v3().get("/catalog/summary"))
                    .expectError(TransportException.class)
                    .verify(Duration.ofSeconds(30));
        }
    }

    @Test
    void aScripted1xxIsNeverASuccess() {
        exchange.respond(103);

        StepVerifier.withVirtualTime(() -> send(transport(RetryOptions.defaults().withMaxRetries(0))))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(TransportException.class)
                        .hasMessageContaining("informational 103"))
                .verify();
    }

    // 12. exception messages are bounded; the full body stays available

    @Test
    void aTwentyMegabyteErrorTitleGivesABoundedMessageAndKeepsTheWholeBody() {
        String title = "x".repeat(20 * 1024 * 1024);
        String body = "{\"status\":400,\"title\":\"" + title + "\"}";
        ExchangeStrategies roomy = ExchangeStrategies.builder()
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(64 * 1024 * 1024)).build();
        WebClient webClient = WebClient.builder().exchangeFunction(request -> Mono.just(
                ClientResponse.create(HttpStatusCode.valueOf(400), roomy)
                        .header("Content-Type", "application/json").body(body).build())).build();
        Transport transport = Transport.builder(webClient, BigCommerceClient.Builder.defaultMapper(),
                StoreEndpoint.accessToken("https://api.bigcommerce.com", STORE, TOKEN, null)).build();

        StepVerifier.create(send(transport))
                .expectErrorSatisfies(error -> {
                    assertThat(error).isExactlyInstanceOf(ClientRequestException.class);
                    assertThat(error.getMessage().length())
                            .isLessThanOrEqualTo(BigCommerceException.MAX_MESSAGE_LENGTH + 100)
                            .isGreaterThan(1000);
                    assertThat(error.getMessage()).contains("more characters cut");
                    assertThat(((ClientRequestException) error).body()).isEqualTo(body);
                    assertThat(((ClientRequestException) error).apiError().title()).isEqualTo(title);
                })
                .verify();
    }

    // 13. control characters and surrounding whitespace in header settings are refused in build()

    static Stream<Arguments> badSettings() {
        return Stream.of("line\rbreak", "line\nbreak", "tab\tinside", "bell\u0007", "del\u007f", " starts-with-space",
                        "ends-with-space ", "ends-with-newline\n", "nbsp\u00a0")
                .flatMap(bad -> Stream.of(
                        Arguments.of("accessToken", bad, (Consumer<BigCommerceClient.Builder>) b -> b.accessToken(bad)),
                        Arguments.of("clientId", bad, (Consumer<BigCommerceClient.Builder>) b -> b.clientId(bad)),
                        Arguments.of("userAgent", bad, (Consumer<BigCommerceClient.Builder>) b -> b.userAgent(bad)),
                        Arguments.of("storeHash", bad, (Consumer<BigCommerceClient.Builder>) b -> b.storeHash(bad))));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badSettings")
    void buildRefusesControlCharactersAndSurroundingWhitespaceNamingTheSetting(String setting, String bad,
            Consumer<BigCommerceClient.Builder> apply) {
        BigCommerceClient.Builder builder = BigCommerceClient.builder().storeHash(STORE).accessToken(TOKEN);
        apply.accept(builder);

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + setting + "'")
                .hasMessageNotContaining(bad)
                .hasMessageNotContaining(TOKEN);
    }

    @Test
    void aTokenWithALineBreakIsRefusedWithoutShowingIt() {
        String token = "tok-SECRET-abc\r\nX-Injected: 1";

        assertThatThrownBy(() -> BigCommerceClient.builder().storeHash(STORE).accessToken(token).build())
                .hasMessageContaining("'accessToken'")
                .hasMessageNotContaining("tok-SECRET")
                .hasMessageNotContaining("X-Injected");
    }

    // 16. cancelling never makes Reactor log a dropped error

    @Test
    void aCancelRacingTheBodysSubscriptionDropsNoError() {
        List<Throwable> dropped = new CopyOnWriteArrayList<>();
        Hooks.onErrorDropped(dropped::add);
        try {
            AtomicReference<Disposable> subscription = new AtomicReference<>();
            Sinks.One<ClientResponse> response = Sinks.one();
            // The body is subscribed just after a cancel arrived from another thread: WebClient has released it,
            // so subscribing fails the way ReactorClientHttpResponse does.
            ClientResponse released = ClientResponse.create(HttpStatusCode.valueOf(200))
                    .body(Flux.defer(() -> {
                        subscription.get().dispose();
                        return Flux.error(new IllegalStateException(
                                "The client response body has been released already due to cancellation."));
                    }))
                    .build();
            WebClient webClient = WebClient.builder().exchangeFunction(request -> response.asMono()).build();
            Transport transport = Transport.builder(webClient, BigCommerceClient.Builder.defaultMapper(),
                    StoreEndpoint.accessToken("https://api.bigcommerce.com", STORE, TOKEN, null)).build();

            subscription.set(send(transport).subscribe(raw -> { }, dropped::add));
            response.tryEmitValue(released);

            assertThat(subscription.get().isDisposed()).isTrue();
            assertThat(dropped).isEmpty();
        } finally {
            Hooks.resetOnErrorDropped();
        }
    }

    /** A limiter whose permit is the given {@code Mono}, and which throws {@code onTell} when told anything. */
    private static RateLimiter limiter(Mono<Void> permit, RuntimeException onTell) {
        return new RateLimiter() {
            @Override
            public Mono<Void> acquire(String storeHash) {
                return permit;
            }

            @Override
            public void onResponse(String storeHash, RateLimitStatus status) {
                tell();
            }

            @Override
            public void onThrottled(String storeHash, Duration wait) {
                tell();
            }

            private void tell() {
                if (onTell != null) {
                    throw onTell;
                }
            }
        };
    }

    private Transport transport(RetryOptions retry) {
        return transport(retry, limiter);
    }

    private Transport transport(RetryOptions retry, RateLimiter rateLimiter) {
        return Transport.builder(WebClient.builder().exchangeFunction(exchange).build(),
                        BigCommerceClient.Builder.defaultMapper(),
                        StoreEndpoint.accessToken("https://api.bigcommerce.com", STORE, TOKEN, null))
                .rateLimiter(rateLimiter)
                .retry(retry)
                .build();
    }

    private static BigCommerceClient client(RawHttpServer server) {
        return BigCommerceClient.builder()
                .storeHash(STORE)
                .accessToken(TOKEN)
                .apiUrl(server.url())
                .retry(FAST_RETRIES)
                .responseTimeout(Duration.ofSeconds(10))
                .build();
    }

    private static Mono<RawResponse> send(Transport transport) {
        return transport.send(HttpMethod.GET, ApiVersion.V3, "/catalog/summary", Query.empty(), null);
    }
}
