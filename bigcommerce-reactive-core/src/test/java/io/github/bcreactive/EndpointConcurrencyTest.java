package io.github.bcreactive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.bcreactive.api.ApiVersion;
import io.github.bcreactive.error.CallTimeoutException;
import io.github.bcreactive.http.RequestOptions;
import io.github.bcreactive.query.Query;
import io.github.bcreactive.ratelimit.AdaptiveConcurrencyLimiter;
import io.github.bcreactive.ratelimit.AdaptiveConcurrencyOptions;
import io.github.bcreactive.ratelimit.RateLimiter;
import io.github.bcreactive.resource.DeclaredLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

/**
 * The concurrency limits the API states per endpoint are kept by every client without the caller asking: calls are
 * fired all at once, the fake store holds every answer until the test releases it, and the test counts what is in
 * flight on the wire (no clocks: answers are released by hand, deadlines run on virtual time).
 */
class EndpointConcurrencyTest {

    /** Holds every request until the test answers it, counting those in flight. */
    private static final class HeldStore implements ExchangeFunction {

        private final List<Sinks.One<ClientResponse>> held = new CopyOnWriteArrayList<>();
        private final List<String> paths = new CopyOnWriteArrayList<>();
        private final AtomicInteger answered = new AtomicInteger();
        private final AtomicInteger maxInFlight = new AtomicInteger();

        @Override
        public Mono<ClientResponse> exchange(ClientRequest request) {
            Sinks.One<ClientResponse> answer = Sinks.one();
            return Mono.defer(() -> {
                paths.add(request.method() + " " + request.url().getRawPath());
                held.add(answer);
                // in flight: sent and not answered yet, counted when a request arrives
                maxInFlight.accumulateAndGet(waitingAnswers(), Math::max);
                return answer.asMono();
            });
        }

        /** Answers the oldest held request with an empty v3 object. */
        void answerNext() {
            held.get(answered.getAndIncrement()).tryEmitValue(ClientResponse.create(HttpStatus.OK)
                    .header("Content-Type", "application/json").body("{\"data\":{}}").build());
        }

        int waitingAnswers() {
            return held.size() - answered.get();
        }
    }

    private final HeldStore store = new HeldStore();

    private BigCommerceClient client(RateLimiter limiter) {
        return BigCommerceClient.builder().storeHash("abc123").accessToken("t0k3n")
                .webClientBuilder(WebClient.builder().exchangeFunction(store))
                .rateLimiter(limiter)
                .build();
    }

    /** Fires {@code calls} calls at once, then answers them one by one; returns the most ever in flight. */
    private int fireAndDrain(Flux<Mono<JsonNode>> calls, int expectedAtOnce, int total) {
        List<Disposable> running = new ArrayList<>();
        AtomicInteger done = new AtomicInteger();
        calls.subscribe(call -> running.add(call.doFinally(s -> done.incrementAndGet()).subscribe()));
        assertThat(store.waitingAnswers()).as("requests on the wire before any answer").isEqualTo(expectedAtOnce);
        while (done.get() < total) {
            store.answerNext();
        }
        running.forEach(Disposable::dispose);
        return store.maxInFlight.get();
    }

    @ParameterizedTest(name = "{0} {1}: at most {3} of {2} calls in flight")
    @CsvSource({
            "GET, /catalog/trees/5/categories, 12, 1",
            "GET, /catalog/categories, 100, 40",
            "PUT, /customers/form-field-values, 30, 10",
            "POST, /customers, 12, 3",
            "PUT, /pricelists/records, 5, 1"})
    void callsToALimitedEndpointNeverExceedItsStatedConcurrency(String method, String path, int calls, int limit) {
        BigCommerceClient client = client(RateLimiter.unlimited());
        HttpMethod verb = HttpMethod.valueOf(method);
        Flux<Mono<JsonNode>> fired = Flux.range(0, calls).map(i -> verb.equals(HttpMethod.GET)
                ? client.v3().get(path) : client.v3().exchange(verb, path, Query.empty(), List.of(Map.of("i", i)),
                        JsonNode.class).mapNotNull(response -> response.body()));

        assertThat(fireAndDrain(fired, limit, calls)).isEqualTo(limit);
        assertThat(store.paths).hasSize(calls);
    }

    @Test
    void theLimitIsPerTemplateAcrossIdsAndDoesNotHoldOtherEndpoints() {
        BigCommerceClient client = client(RateLimiter.unlimited());
        Flux<Mono<JsonNode>> trees = Flux.just(client.v3().get("/catalog/trees/1/categories"),
                client.v3().get("/catalog/trees/2/categories"), client.v3().get("/catalog/products"),
                client.v3().get("/catalog/brands"));

        // one tree request, and the two unlimited endpoints, go at once; the second tree waits
        assertThat(fireAndDrain(trees, 3, 4)).isEqualTo(3);
    }

    @Test
    void aRequestHoldsItsEndpointSlotAndItsStoresPermitTogether() {
        AdaptiveConcurrencyLimiter adaptive = AdaptiveConcurrencyLimiter.around(RateLimiter.unlimited(),
                AdaptiveConcurrencyOptions.builder().initialLimit(2).build());
        BigCommerceClient client = client(adaptive);
        List<Disposable> running = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            running.add(client.v3().get("/catalog/trees/" + i + "/categories").subscribe());
        }
        running.add(client.v3().get("/catalog/products").subscribe());

        // the two tree calls waiting for the endpoint hold no permit: the products call got the second one
        assertThat(store.paths).containsExactly("GET /stores/abc123/v3/catalog/trees/0/categories",
                "GET /stores/abc123/v3/catalog/products");
        store.answerNext();
        assertThat(store.paths).hasSize(3).last().isEqualTo("GET /stores/abc123/v3/catalog/trees/1/categories");
        running.forEach(Disposable::dispose);
    }

    @Test
    void aWaitIsBoundedByTheCallDeadlineAndACancelledWaiterKeepsNoSlot() {
        BigCommerceClient client = client(RateLimiter.unlimited());
        Disposable first = client.v3().get("/catalog/trees/1/categories").subscribe();

        StepVerifier.withVirtualTime(() -> client.withOptions(RequestOptions.defaults()
                        .withCallTimeout(Duration.ofSeconds(5))).v3().get("/catalog/trees/2/categories"))
                .expectSubscription()
                .thenAwait(Duration.ofSeconds(5))
                .expectError(CallTimeoutException.class)
                .verify(Duration.ofSeconds(10));
        Disposable cancelled = client.v3().get("/catalog/trees/3/categories").subscribe();
        cancelled.dispose();
        assertThat(store.paths).hasSize(1);

        store.answerNext();
        Disposable next = client.v3().get("/catalog/trees/4/categories").subscribe();
        // the timed-out and the cancelled waiters left nothing behind: the next call goes at once
        assertThat(store.paths).hasSize(2).last().isEqualTo("GET /stores/abc123/v3/catalog/trees/4/categories");
        first.dispose();
        next.dispose();
    }

    @Test
    void clientsOfOneFactoryShareTheSlotsOfAStore() {
        try (BigCommerceClients stores = BigCommerceClients.builder()
                .clientSettings(builder -> builder.webClientBuilder(WebClient.builder().exchangeFunction(store)))
                .build()) {
            Disposable one = stores.forStore("abc123", "t1").v3().get("/catalog/trees/1/categories").subscribe();
            Disposable two = stores.forStore("abc123", "t2").v3().get("/catalog/trees/1/categories").subscribe();
            Disposable other = stores.forStore("def456", "t3").v3().get("/catalog/trees/1/categories").subscribe();

            assertThat(store.paths).containsExactly("GET /stores/abc123/v3/catalog/trees/1/categories",
                    "GET /stores/def456/v3/catalog/trees/1/categories");
            List.of(one, two, other).forEach(Disposable::dispose);
        }
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "GET, /catalog/trees/5/categories, V3 GET /catalog/trees/{tree_id}/categories=1",
            "GET, /catalog/categories, V3 GET /catalog/categories=40",
            "PUT, /customers/form-field-values, V3 PUT /customers/form-field-values=10",
            "PUT, /customers, V3 PUT /customers=3",
            "PUT, /pricelists/records, V3 PUT /pricelists/records=1",
            "GET, /catalog/products, none",
            "GET, /catalog/trees/5/categories/extra, none"})
    void theDeclaredLimitsFindTheTemplateOfAConcretePath(String method, String path, String expected) {
        assertThat(DeclaredLimits.table().find(HttpMethod.valueOf(method), ApiVersion.V3, path)
                .map(limit -> limit.endpoint() + "=" + limit.concurrency()).orElse("none")).isEqualTo(expected);
    }
}
