package io.github.bcreactive.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.api.ApiVersion;
import io.github.bcreactive.error.CallTimeoutException;
import io.github.bcreactive.error.ServerException;
import io.github.bcreactive.query.Query;
import io.github.bcreactive.ratelimit.RateLimitStatus;
import io.github.bcreactive.ratelimit.RateLimiter;
import io.github.bcreactive.support.RecordingRateLimiter;
import io.github.bcreactive.support.ScriptedExchange;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** The pipeline's order, user policies, and the call deadline, on virtual time over a scripted exchange. */
class PipelineTest {

    private static final String STORE = "abc123";
    private static final String TOKEN = "tok-SECRET-pipeline";

    private final ScriptedExchange exchange = new ScriptedExchange();
    private final RecordingRateLimiter limiter = new RecordingRateLimiter();

    @Test
    void thePoliciesRunInTheDocumentedOrderWithTheUsersRightAfterRetry() {
        Transport transport = builder(limiter)
                .policies(List.of((request, next) -> next.proceed(), (request, next) -> next.proceed()))
                .build();

        assertThat(transport.policies()).containsExactly(
                "CallTimeoutPolicy", "RetryPolicy", HttpPipeline.USER_POLICY, HttpPipeline.USER_POLICY,
                "CredentialsPolicy", "UserAgentPolicy", "EndpointLimitPolicy", "RateLimitPolicy",
                "AttemptTimeoutPolicy", "StatusPolicy", "LoggingPolicy", "SendPolicy");
        assertThat(transport.withOptions(RequestOptions.defaults().withCallTimeout(Duration.ofSeconds(1)))
                .policies()).isEqualTo(transport.policies());
    }

    @Test
    void theOrderShowsOnTheWireUserHeadersThenCredentialsAndUserAgentThenOneLimiterPermitPerAttempt() {
        List<String> seen = new CopyOnWriteArrayList<>();
        HttpPolicy spy = (request, next) -> {
            seen.add("user sees token=" + request.headers().containsHeader("X-Auth-Token")
                    + " agent=" + request.headers().containsHeader(HttpHeaders.USER_AGENT)
                    + " permits=" + limiter.acquired());
            request.headers().set("X-Auth-Token", "forged");
            request.headers().set("X-Trace", "t-" + request.attempt());
            return next.proceed();
        };
        exchange.respond(200);

        StepVerifier.create(send(builder(limiter).policies(List.of(spy)).build(), HttpMethod.GET))
                .expectNextCount(1)
                .verifyComplete();

        assertThat(seen).containsExactly("user sees token=false agent=false permits=0");
        ClientRequest sent = exchange.requests().get(0);
        assertThat(sent.headers().getFirst("X-Auth-Token")).as("credentials are set after the user's policy")
                .isEqualTo(TOKEN);
        assertThat(sent.headers().getFirst("X-Trace")).isEqualTo("t-1");
        assertThat(sent.headers().getFirst(HttpHeaders.USER_AGENT)).isEqualTo("test-agent");
        assertThat(sent.attribute(Transport.ATTEMPT_ATTRIBUTE)).contains(1);
        assertThat(sent.attribute(Transport.STORE_ATTRIBUTE)).contains(STORE);
    }

    @Test
    void aUserPolicySeesEachAttemptWithAFreshRequestAndSharedCallAttributes() {
        List<String> attempts = new CopyOnWriteArrayList<>();
        HttpPolicy correlation = (request, next) -> {
            Object id = request.callAttributes().computeIfAbsent("id", key -> "call-" + attempts.size());
            attempts.add(request.attempt() + ":" + request.headers().getFirst("X-Correlation-Id"));
            request.headers().set("X-Correlation-Id", id.toString());
            return next.proceed()
                    .doOnError(failure -> attempts.add(request.attempt() + " failed "
                            + failure.getClass().getSimpleName()));
        };
        exchange.respond(503).respond(429, "X-Rate-Limit-Time-Reset-Ms", "1000").respond(200);

        StepVerifier.withVirtualTime(() -> send(builder(limiter).policies(List.of(correlation))
                        .retry(RetryOptions.defaults().withBackoff(Duration.ofSeconds(1), Duration.ofSeconds(1)))
                        .build(), HttpMethod.GET))
                .expectSubscription()
                .thenAwait(Duration.ofSeconds(5))
                .expectNextCount(1)
                .verifyComplete();

        assertThat(attempts).as("one run per attempt, each with headers of its own").containsExactly(
                "1:null", "1 failed ServerException",
                "2:null", "2 failed TooManyRequestsException",
                "3:null");
        assertThat(exchange.requests()).extracting(request -> request.headers().getFirst("X-Correlation-Id"))
                .containsExactly("call-0", "call-0", "call-0");
        assertThat(exchange.requests()).extracting(request -> request.attribute(Transport.ATTEMPT_ATTRIBUTE).get())
                .containsExactly(1, 2, 3);
    }

    @Test
    void anExceptionAUserPolicyRaisesReachesTheCallerAsItIsAndIsNotRetried() {
        HttpPolicy failing = (request, next) -> Mono.error(new IllegalStateException("policy says no"));

        StepVerifier.withVirtualTime(() -> send(builder(limiter).policies(List.of(failing)).build(), HttpMethod.GET))
                .expectErrorMessage("policy says no")
                .verify();

        assertThat(exchange.requests()).isEmpty();
    }

    @Test
    void theCallDeadlineEndsACallStuckInTheLimiterAndGivesItsPlaceBack() {
        AtomicBoolean placeGivenBack = new AtomicBoolean();
        RateLimiter stuck = new RateLimiter() {
            @Override
            public Mono<Void> acquire(String storeHash) {
                return Mono.<Void>never().doOnCancel(() -> placeGivenBack.set(true));
            }

            @Override
            public void onResponse(String storeHash, RateLimitStatus status) {
            }

            @Override
            public void onThrottled(String storeHash, Duration wait) {
            }
        };
        Transport transport = builder(stuck).callTimeout(Duration.ofSeconds(30)).build();

        StepVerifier.withVirtualTime(() -> send(transport, HttpMethod.GET))
                .expectSubscription()
                .expectNoEvent(Duration.ofMillis(29_999))
                .thenAwait(Duration.ofMillis(1))
                .expectErrorSatisfies(error -> {
                    assertThat(error).isInstanceOf(CallTimeoutException.class)
                            .hasMessageContaining("call timeout of PT30S")
                            .hasMessageNotContaining(TOKEN);
                    assertThat(((CallTimeoutException) error).timeout()).isEqualTo(Duration.ofSeconds(30));
                })
                .verify();

        assertThat(placeGivenBack).isTrue();
        assertThat(exchange.requests()).isEmpty();
    }

    @Test
    void theCallDeadlineEndsACallStuckIn429Waits() {
        exchange.respond(429, "X-Rate-Limit-Time-Reset-Ms", "25000").respond(200);
        Transport transport = builder(limiter).callTimeout(Duration.ofSeconds(20)).build();

        StepVerifier.withVirtualTime(() -> send(transport, HttpMethod.GET))
                .expectSubscription()
                .thenAwait(Duration.ofSeconds(20))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(CallTimeoutException.class)
                        .hasMessageContaining("TooManyRequestsException"))
                .verify();

        assertThat(exchange.requests()).hasSize(1);
    }

    @Test
    void theCallDeadlineEndsACallStuckInRetriesWithTheLastFailureAsItsCause() {
        for (int i = 0; i < 5; i++) {
            exchange.respond(503);
        }
        Transport transport = builder(limiter)
                .retry(RetryOptions.defaults().withMaxRetries(4).withBackoff(Duration.ofSeconds(10),
                        Duration.ofSeconds(10)))
                .callTimeout(Duration.ofSeconds(12))
                .build();

        StepVerifier.withVirtualTime(() -> send(transport, HttpMethod.GET))
                .expectSubscription()
                .thenAwait(Duration.ofSeconds(12))
                .expectErrorSatisfies(error -> {
                    assertThat(error).isInstanceOf(CallTimeoutException.class);
                    assertThat(error.getCause()).isInstanceOf(ServerException.class);
                })
                .verify();

        assertThat(exchange.requests()).hasSizeBetween(2, 3);
    }

    @Test
    void theCallTimeoutHasAClientDefaultAndAPerCallOverride() {
        exchange.hang().hang();
        BigCommerceClient client = BigCommerceClient.builder()
                .storeHash(STORE)
                .accessToken(TOKEN)
                .webClientBuilder(WebClient.builder().exchangeFunction(exchange))
                .responseTimeout(Duration.ofHours(1))
                .callTimeout(Duration.ofMinutes(3))
                .build();
        BigCommerceClient hurried = client.withOptions(RequestOptions.defaults()
                .withCallTimeout(Duration.ofSeconds(5)));

        StepVerifier.withVirtualTime(() -> hurried.v3().get("/store"))
                .expectSubscription()
                .thenAwait(Duration.ofSeconds(5))
                .expectErrorSatisfies(error -> assertThat(((CallTimeoutException) error).timeout())
                        .isEqualTo(Duration.ofSeconds(5)))
                .verify();
        StepVerifier.withVirtualTime(() -> client.v3().get("/store"))
                .expectSubscription()
                .expectNoEvent(Duration.ofSeconds(179))
                .thenAwait(Duration.ofSeconds(1))
                .expectErrorSatisfies(error -> assertThat(((CallTimeoutException) error).timeout())
                        .isEqualTo(Duration.ofMinutes(3)))
                .verify();
    }

    private Transport.Builder builder(RateLimiter rateLimiter) {
        return Transport.builder(WebClient.builder().exchangeFunction(exchange).build(),
                        BigCommerceClient.Builder.defaultMapper(),
                        StoreEndpoint.accessToken("https://api.bigcommerce.com", STORE, TOKEN, null))
                .rateLimiter(rateLimiter)
                .userAgent("test-agent");
    }

    private static Mono<RawResponse> send(Transport transport, HttpMethod method) {
        return transport.send(method, ApiVersion.V3, "/catalog/brands", Query.empty(), null);
    }
}
