package io.github.bcreactive.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.api.ApiVersion;
import io.github.bcreactive.error.ResponseTimeoutException;
import io.github.bcreactive.error.ServerException;
import io.github.bcreactive.error.ServerException;
import io.github.bcreactive.error.TooManyRequestsException;
import io.github.bcreactive.error.TransportException;
import io.github.bcreactive.query.Query;
import io.github.bcreactive.ratelimit.RateLimiter;
import io.github.bcreactive.support.RecordingRateLimiter;
import io.github.bcreactive.support.ScriptedExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** Retries, backoff and 429 waits, on virtual time over a scripted exchange (no network, no real waiting). */
class TransportRetryTest {

    private static final String STORE = "abc123";
    private static final RetryOptions ONE_SECOND_BACKOFF = RetryOptions.defaults()
            .withBackoff(Duration.ofSeconds(1), Duration.ofMinutes(1));

    private final ScriptedExchange exchange = new ScriptedExchange();
    private final RecordingRateLimiter limiter = new RecordingRateLimiter();

    @ParameterizedTest(name = "GET retried after {0}")
    @ValueSource(ints = {500, 502, 503, 504})
    void getIsRetriedOnTransient5xxWithGrowingBackoff(int status) {
        exchange.respond(status).respond(status).respond(status).respond(200);

        StepVerifier.withVirtualTime(() -> send(transport(ONE_SECOND_BACKOFF), HttpMethod.GET))
                .expectSubscription()
                .thenAwait(Duration.ofSeconds(7))
                .assertNext(raw -> assertThat(raw.status()).isEqualTo(200))
                .verifyComplete();

        List<Long> gaps = exchange.gapsMillis();
        assertThat(gaps).hasSize(3);
        assertThat(gaps.get(0)).isBetween(500L, 1000L);
        assertThat(gaps.get(1)).isBetween(1000L, 2000L);
        assertThat(gaps.get(2)).isBetween(2000L, 4000L);
    }

    @Test
    void backoffIsCappedAtMaxBackoff() {
        RetryOptions retry = RetryOptions.defaults().withMaxRetries(4)
                .withBackoff(Duration.ofSeconds(1), Duration.ofSeconds(2));
        exchange.respond(503).respond(503).respond(503).respond(503).respond(200);

        StepVerifier.withVirtualTime(() -> send(transport(retry), HttpMethod.GET))
                .expectSubscription()
                .thenAwait(Duration.ofSeconds(8))
                .expectNextCount(1)
                .verifyComplete();

        assertThat(exchange.gapsMillis()).hasSize(4).allMatch(gap -> gap <= 2000L);
    }

    @Test
    void getGivesUpAfterMaxRetriesWithTheLastError() {
        exchange.respond(503).respond(503).respond(503).respond(503);

        StepVerifier.withVirtualTime(() -> send(transport(ONE_SECOND_BACKOFF), HttpMethod.GET))
                .expectSubscription()
                .thenAwait(Duration.ofSeconds(7))
                .expectErrorMatches(error -> error instanceof ServerException server && server.status() == 503)
                .verify();

        assertThat(exchange.requests()).hasSize(4);
    }

    @ParameterizedTest(name = "GET not retried after {0}")
    @ValueSource(ints = {501, 505})
    void getIsNeverRetriedOnPermanent5xx(int status) {
        exchange.respond(status).respond(200);

        StepVerifier.withVirtualTime(() -> send(transport(ONE_SECOND_BACKOFF), HttpMethod.GET))
                .expectSubscription()
                .thenAwait(Duration.ofMinutes(1))
                .expectErrorSatisfies(error -> {
                    assertThat(error).isExactlyInstanceOf(ServerException.class);
                    assertThat(((ServerException) error).status()).isEqualTo(status);
                })
                .verify();

        assertThat(exchange.requests()).hasSize(1);
    }

    @Test
    void getIsRetriedAfterAResetConnectionAndATimeout() {
        exchange.fail(new IOException("Connection reset by peer")).hang().respond(200);

        StepVerifier.withVirtualTime(() -> send(transport(ONE_SECOND_BACKOFF), HttpMethod.GET))
                .expectSubscription()
                .thenAwait(Duration.ofSeconds(1))
                .then(() -> assertThat(exchange.requests()).hasSize(2))
                .thenAwait(Duration.ofSeconds(59))
                .then(() -> assertThat(exchange.requests()).as("the hung attempt still runs").hasSize(2))
                .thenAwait(Duration.ofSeconds(3))
                .assertNext(raw -> assertThat(raw.status()).isEqualTo(200))
                .verifyComplete();
    }

    @Test
    void postIsNotRetriedAfterA503() {
        exchange.respond(503).respond(201);

        StepVerifier.withVirtualTime(() -> send(transport(ONE_SECOND_BACKOFF), HttpMethod.POST))
                .expectSubscription()
                .thenAwait(Duration.ofMinutes(1))
                .expectErrorMatches(error -> error instanceof ServerException server && server.status() == 503)
                .verify();

        assertThat(exchange.requests()).hasSize(1);
    }

    @Test
    void postIsNotRetriedAfterTheConnectionBrokeOnceSent() {
        exchange.fail(new IOException("Connection reset by peer")).respond(201);

        StepVerifier.withVirtualTime(() -> send(transport(ONE_SECOND_BACKOFF), HttpMethod.POST))
                .expectSubscription()
                .thenAwait(Duration.ofMinutes(1))
                .expectErrorSatisfies(error -> {
                    assertThat(error).isInstanceOf(TransportException.class);
                    assertThat(((TransportException) error).requestSent()).isTrue();
                })
                .verify();

        assertThat(exchange.requests()).hasSize(1);
    }

    @Test
    void postIsRetriedAfterAConnectFailureBecauseNothingWasSent() {
        exchange.fail(new ConnectException("Connection refused")).respond(201);

        StepVerifier.withVirtualTime(() -> send(transport(ONE_SECOND_BACKOFF), HttpMethod.POST))
                .expectSubscription()
                .thenAwait(Duration.ofSeconds(1))
                .assertNext(raw -> assertThat(raw.status()).isEqualTo(201))
                .verifyComplete();

        assertThat(exchange.requests()).hasSize(2);
        assertThat(exchange.requests()).allMatch(request -> request.method() == HttpMethod.POST);
    }

    @Test
    void putAndDeleteAreRetriedOnlyWhenTheOptionsSaySo() {
        exchange.respond(503);
        StepVerifier.withVirtualTime(() -> send(transport(ONE_SECOND_BACKOFF), HttpMethod.PUT))
                .expectSubscription()
                .thenAwait(Duration.ofMinutes(1))
                .expectErrorMatches(error -> error instanceof ServerException server && server.status() == 503)
                .verify();
        assertThat(exchange.requests()).hasSize(1);

        RetryOptions idempotent = ONE_SECOND_BACKOFF.withMethods(HttpMethod.GET, HttpMethod.PUT, HttpMethod.DELETE);
        exchange.respond(503).respond(200).respond(502).respond(200);
        StepVerifier.withVirtualTime(() -> send(transport(idempotent), HttpMethod.PUT))
                .expectSubscription()
                .thenAwait(Duration.ofSeconds(1))
                .expectNextCount(1)
                .verifyComplete();
        StepVerifier.withVirtualTime(() -> send(transport(idempotent), HttpMethod.DELETE))
                .expectSubscription()
                .thenAwait(Duration.ofSeconds(1))
                .expectNextCount(1)
                .verifyComplete();

        assertThat(exchange.requests()).extracting(request -> request.method().name())
                .containsExactly("PUT", "PUT", "PUT", "DELETE", "DELETE");
    }

    @Test
    void a429WaitsTheLongerOfResetAndRetryAfterAndTellsTheLimiter() {
        exchange.respond(429, "X-Rate-Limit-Time-Reset-Ms", "3000", "X-Retry-After", "5",
                        "X-Rate-Limit-Requests-Left", "0")
                .respond(429, "X-Rate-Limit-Time-Reset-Ms", "8000", "X-Retry-After", "2")
                .respond(200, "X-Rate-Limit-Requests-Left", "149");

        StepVerifier.withVirtualTime(() -> send(transport(RetryOptions.defaults()), HttpMethod.POST))
                .expectSubscription()
                .thenAwait(Duration.ofMillis(4999))
                .then(() -> assertThat(exchange.requests()).hasSize(1))
                .thenAwait(Duration.ofMillis(1))
                .then(() -> assertThat(exchange.requests()).hasSize(2))
                .thenAwait(Duration.ofSeconds(8))
                .assertNext(raw -> assertThat(raw.status()).isEqualTo(200))
                .verifyComplete();

        assertThat(exchange.gapsMillis()).containsExactly(5000L, 8000L);
        assertThat(limiter.events()).containsExactly(
                "acquire abc123", "response abc123 left=0", "throttled abc123 PT5S",
                "acquire abc123", "response abc123", "throttled abc123 PT8S",
                "acquire abc123", "response abc123 left=149");
    }

    @Test
    void a429IsWaitedOutEvenWithRetriesTurnedOff() {
        exchange.respond(429, "X-Rate-Limit-Time-Reset-Ms", "1500").respond(200);

        StepVerifier.withVirtualTime(() -> send(transport(RetryOptions.defaults().withMaxRetries(0)),
                        HttpMethod.GET))
                .expectSubscription()
                .thenAwait(Duration.ofMillis(1500))
                .expectNextCount(1)
                .verifyComplete();
    }

    @Test
    void aHeaderless429GrowsItsWait() {
        exchange.respond(429).respond(429).respond(429).respond(200);

        StepVerifier.withVirtualTime(() -> send(transport(RetryOptions.defaults()), HttpMethod.GET))
                .expectSubscription()
                .thenAwait(Duration.ofSeconds(7))
                .expectNextCount(1)
                .verifyComplete();

        assertThat(exchange.gapsMillis()).containsExactly(1000L, 2000L, 4000L);
        assertThat(limiter.events()).filteredOn(event -> event.startsWith("throttled"))
                .containsExactly("throttled abc123 PT1S", "throttled abc123 PT2S", "throttled abc123 PT4S");
    }

    @Test
    void a429PastTheTotalWaitCapFailsWithTooManyRequests() {
        RetryOptions capped = RetryOptions.defaults().withMaxThrottleWait(Duration.ofSeconds(10));
        exchange.respond(429, "X-Rate-Limit-Time-Reset-Ms", "6000")
                .respond(429, "X-Rate-Limit-Time-Reset-Ms", "6000")
                .respond(200);

        StepVerifier.withVirtualTime(() -> send(transport(capped), HttpMethod.GET))
                .expectSubscription()
                .thenAwait(Duration.ofSeconds(6))
                .expectErrorSatisfies(error -> {
                    assertThat(error).isInstanceOf(TooManyRequestsException.class);
                    assertThat(((TooManyRequestsException) error).retryAfter()).contains(Duration.ofSeconds(6));
                })
                .verify();

        assertThat(exchange.requests()).hasSize(2);
        assertThat(limiter.events()).filteredOn(event -> event.startsWith("throttled")).hasSize(1);
    }

    @Test
    void a429AskingForNoWaitStillBacksOffSoTheCapEndsIt() {
        RetryOptions capped = RetryOptions.defaults().withMaxThrottleWait(Duration.ofSeconds(10));
        for (int i = 0; i < 20; i++) {
            exchange.respond(429, "X-Rate-Limit-Time-Reset-Ms", "0");
        }

        StepVerifier.withVirtualTime(() -> send(transport(capped), HttpMethod.GET))
                .expectSubscription()
                .thenAwait(Duration.ofSeconds(10))
                .expectError(TooManyRequestsException.class)
                .verify();

        assertThat(exchange.gapsMillis()).containsExactly(1000L, 2000L, 4000L);
    }

    @Test
    void theLimiterSeesAcquireAndResponseOrNoResponseForEveryAttempt() {
        exchange.respond(503, "X-Rate-Limit-Requests-Left", "3")
                .fail(new ConnectException("Connection refused"))
                .respond(200, "X-Rate-Limit-Requests-Left", "1");

        StepVerifier.withVirtualTime(() -> send(transport(ONE_SECOND_BACKOFF), HttpMethod.GET))
                .expectSubscription()
                .thenAwait(Duration.ofSeconds(3))
                .expectNextCount(1)
                .verifyComplete();

        assertThat(limiter.events()).containsExactly(
                "acquire abc123", "response abc123 left=3",
                "acquire abc123", "no response abc123",
                "acquire abc123", "response abc123 left=1");
    }

    @Test
    void theResponseTimeoutIsClientSideAndCanBeOverriddenPerCall() {
        exchange.hang().hang();
        BigCommerceClient client = BigCommerceClient.builder()
                .storeHash(STORE)
                .accessToken("tok-SECRET")
                .webClientBuilder(WebClient.builder().exchangeFunction(exchange))
                .responseTimeout(Duration.ofSeconds(60))
                .retry(RetryOptions.defaults().withMaxRetries(0))
                .build();
        BigCommerceClient patient = client.withOptions(RequestOptions.defaults().withTimeout(Duration.ofMinutes(5)));
        BigCommerceClient impatient = client.withOptions(RequestOptions.defaults().withTimeout(Duration.ofSeconds(2)));

        StepVerifier.withVirtualTime(() -> impatient.v3().get("/catalog/summary"))
                .expectSubscription()
                .thenAwait(Duration.ofSeconds(2))
                .expectErrorSatisfies(error -> {
                    assertThat(error).isInstanceOf(ResponseTimeoutException.class);
                    assertThat(((ResponseTimeoutException) error).timeout()).isEqualTo(Duration.ofSeconds(2));
                    assertThat(error.getMessage()).doesNotContain("tok-SECRET");
                })
                .verify();
        StepVerifier.withVirtualTime(() -> patient.v3().get("/catalog/summary"))
                .expectSubscription()
                .thenAwait(Duration.ofMinutes(4))
                .expectNoEvent(Duration.ofSeconds(59))
                .thenAwait(Duration.ofSeconds(1))
                .expectErrorSatisfies(error -> assertThat(((ResponseTimeoutException) error).timeout())
                        .isEqualTo(Duration.ofMinutes(5)))
                .verify();
    }

    private Transport transport(RetryOptions retry) {
        return transport(retry, limiter);
    }

    private Transport transport(RetryOptions retry, RateLimiter rateLimiter) {
        return Transport.builder(WebClient.builder().exchangeFunction(exchange).build(),
                        BigCommerceClient.Builder.defaultMapper(),
                        StoreEndpoint.accessToken("https://api.bigcommerce.com", STORE, "tok-SECRET", null))
                .rateLimiter(rateLimiter)
                .userAgent("test-agent")
                .retry(retry)
                .build();
    }

    private static Mono<RawResponse> send(Transport transport, HttpMethod method) {
        Object body = method == HttpMethod.GET || method == HttpMethod.DELETE ? null : Map.of("name", "Acme");
        return transport.send(method, ApiVersion.V3, "/catalog/brands", Query.empty(), body);
    }
}
