package io.github.bcreactive.http;

import static io.github.bcreactive.support.MockApi.STORE;
import static io.github.bcreactive.support.MockApi.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.error.HttpException;
import io.github.bcreactive.error.RedirectionException;
import io.github.bcreactive.query.Query;
import io.github.bcreactive.support.MockApi;
import io.github.bcreactive.support.RecordingRateLimiter;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

/** The exact bytes of the requests the client sends: paths, headers, query encoding and bodies. */
class RequestShapeTest {

    @RegisterExtension
    final MockApi api = MockApi.perTest();
    private BigCommerceClient client;

    @BeforeEach
    void connect() {
        client = api.client();
    }

    @Test
    void v3GetGoesToTheStoresV3PathWithTheCredentialAndStandardHeaders() {
        api.enqueue(200, "{\"data\":{\"id\":77},\"meta\":{}}");

        StepVerifier.create(client.v3().get("/catalog/products/77"))
                .assertNext(body -> assertThat(body.at("/data/id").asInt()).isEqualTo(77))
                .verifyComplete();

        RecordedRequest request = api.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo("/stores/" + STORE + "/v3/catalog/products/77");
        assertThat(request.getHeaders().get("X-Auth-Token")).isEqualTo(TOKEN);
        assertThat(request.getHeaders().get("X-Auth-Client")).isNull();
        assertThat(request.getHeaders().get("Authorization")).isNull();
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
        assertThat(request.getHeaders().get("Content-Type")).isNull();
        assertThat(request.getBodySize()).isZero();
        assertThat(BigCommerceClient.VERSION).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(request.getHeaders().get("User-Agent"))
                .startsWith("bigcommerce-reactive/" + BigCommerceClient.VERSION + " ");
    }

    @Test
    void v2PathsSitUnderV2AndARelativePathWithoutALeadingSlashIsJoined() {
        api.enqueue(200, "{\"id\":101}");
        api.enqueue(200, "{\"id\":102}");

        StepVerifier.create(client.v2().get("/orders/101")).expectNextCount(1).verifyComplete();
        StepVerifier.create(client.v2().get("orders/102")).expectNextCount(1).verifyComplete();

        assertThat(api.takeRequest().getTarget()).isEqualTo("/stores/" + STORE + "/v2/orders/101");
        assertThat(api.takeRequest().getTarget()).isEqualTo("/stores/" + STORE + "/v2/orders/102");
    }

    @Test
    void aClientIdIsSentAsXAuthClient() {
        api.enqueue(200, "{}");
        BigCommerceClient withClientId = api.clientBuilder().clientId("app-client-id").build();

        StepVerifier.create(withClientId.v3().get("/store")).expectNextCount(1).verifyComplete();

        RecordedRequest request = api.takeRequest();
        assertThat(request.getHeaders().get("X-Auth-Client")).isEqualTo("app-client-id");
        assertThat(request.getHeaders().get("X-Auth-Token")).isEqualTo(TOKEN);
    }

    @Test
    void aCustomUserAgentReplacesTheDefault() {
        api.enqueue(200, "{}");
        BigCommerceClient custom = api.clientBuilder().userAgent("catalog-sync/2.0").build();

        StepVerifier.create(custom.v3().get("/store")).expectNextCount(1).verifyComplete();

        assertThat(api.takeRequest().getHeaders().get("User-Agent")).isEqualTo("catalog-sync/2.0");
    }

    @Test
    void legacyBasicAuthGoesToApiV2OnTheStoreHostWithAnAuthorizationHeader() {
        api.enqueue(200, "[{\"id\":1}]");
        BigCommerceClient basic = BigCommerceClient.builder()
                .basicAuth(api.url(), "admin", "legacy-SECRET-token")
                .retry(RetryOptions.defaults().withMaxRetries(0))
                .build();

        StepVerifier.create(basic.v2().get("/products", Query.of("is_visible", true)))
                .expectNextCount(1)
                .verifyComplete();

        RecordedRequest request = api.takeRequest();
        assertThat(request.getTarget()).isEqualTo("/api/v2/products?is_visible=true");
        String expected = Base64.getEncoder()
                .encodeToString("admin:legacy-SECRET-token".getBytes(StandardCharsets.UTF_8));
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Basic " + expected);
        assertThat(request.getHeaders().get("X-Auth-Token")).isNull();
        assertThat(basic.storeHash()).isEqualTo("127.0.0.1");
        assertThat(basic.toString()).doesNotContain("legacy-SECRET-token").doesNotContain(expected);
    }

    @Test
    void queriesAreEncodedForTheVersionTheyAreSentTo() {
        api.enqueue(200, "{}");
        api.enqueue(200, "{}");
        Query query = Query.builder()
                .in("id", 1, 2, 3)
                .eq("is_visible", true)
                .min("date_modified", OffsetDateTime.parse("2026-03-01T10:15:30+02:00"))
                .like("name", "a&b=c d/é#?")
                .build();

        StepVerifier.create(client.v3().get("/catalog/products", query)).expectNextCount(1).verifyComplete();
        StepVerifier.create(client.v2().get("/orders", query)).expectNextCount(1).verifyComplete();

        assertThat(api.takeRequest().getTarget()).isEqualTo("/stores/" + STORE + "/v3/catalog/products"
                + "?id:in=1,2,3&is_visible=true&date_modified:min=2026-03-01T10:15:30%2B02:00"
                + "&name:like=a%26b%3Dc%20d%2F%C3%A9%23%3F");
        RecordedRequest v2 = api.takeRequest();
        assertThat(v2.getTarget()).isEqualTo("/stores/" + STORE + "/v2/orders"
                + "?id:in=1,2,3&is_visible=true&min_date_modified=Sun%2C%2001%20Mar%202026%2010:15:30%20%2B0200"
                + "&name:like=a%26b%3Dc%20d%2F%C3%A9%23%3F");
        assertThat(v2.getUrl().queryParameter("min_date_modified")).isEqualTo("Sun, 01 Mar 2026 10:15:30 +0200");
        assertThat(v2.getUrl().queryParameter("name:like")).isEqualTo("a&b=c d/é#?");
    }

    @Test
    void postWritesTheBodyAsJsonWithAContentType() {
        api.enqueue(200, "{\"data\":{\"id\":9}}");
        Map<String, Object> brand = new LinkedHashMap<>();
        brand.put("name", "Acme & Co");
        brand.put("is_visible", true);
        brand.put("ids", List.of(1, 2));

        StepVerifier.create(client.v3().post("/catalog/brands", brand))
                .assertNext(body -> assertThat(body.at("/data/id").asInt()).isEqualTo(9))
                .verifyComplete();

        RecordedRequest request = api.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/stores/" + STORE + "/v3/catalog/brands");
        assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
        assertThat(request.getBody().utf8()).isEqualTo("{\"name\":\"Acme & Co\",\"is_visible\":true,\"ids\":[1,2]}");
    }

    @Test
    void putAndDeleteSendTheirMethodQueryAndBody() {
        api.enqueue(200, "{\"id\":5}");
        api.server().enqueue(new MockResponse.Builder().code(204).build());

        StepVerifier.create(client.v2().put("/customers/5", Map.of("notes", "vip")))
                .expectNextCount(1)
                .verifyComplete();
        StepVerifier.create(client.v3().delete("/catalog/products", Query.in("id", 7, 8), null))
                .verifyComplete();

        RecordedRequest put = api.takeRequest();
        assertThat(put.getMethod()).isEqualTo("PUT");
        assertThat(put.getTarget()).isEqualTo("/stores/" + STORE + "/v2/customers/5");
        assertThat(put.getBody().utf8()).isEqualTo("{\"notes\":\"vip\"}");
        RecordedRequest delete = api.takeRequest();
        assertThat(delete.getMethod()).isEqualTo("DELETE");
        assertThat(delete.getTarget()).isEqualTo("/stores/" + STORE + "/v3/catalog/products?id:in=7,8");
        assertThat(delete.getHeaders().get("Content-Type")).isNull();
        assertThat(delete.getBodySize()).isZero();
    }

    @Test
    void exchangeGivesStatusHeadersAndTypedBody() {
        api.server().enqueue(new MockResponse.Builder().code(201)
                .setHeader("Content-Type", "application/json")
                .setHeader("X-Rate-Limit-Requests-Left", "41")
                .body("{\"id\":3,\"name\":\"Acme\"}")
                .build());

        StepVerifier.create(client.v2().exchange(HttpMethod.POST, "/brands", Query.empty(), Map.of("name", "Acme"),
                        Brand.class))
                .assertNext(response -> {
                    assertThat(response.status()).isEqualTo(201);
                    assertThat(response.headers().getFirst("x-rate-limit-requests-left")).isEqualTo("41");
                    assertThat(response.body()).isEqualTo(new Brand(3, "Acme"));
                })
                .verifyComplete();
    }

    @Test
    void anAbsoluteUrlOnTheApiHostPassesThroughUnchangedWithTheCredentials() {
        api.enqueue(200, "{}");
        String absolute = api.url() + "/stores/" + STORE + "/v3/catalog/products?page=2&limit=5";

        StepVerifier.create(client.v3().get(absolute, Query.of("include", "images"))).expectNextCount(1)
                .verifyComplete();

        RecordedRequest request = api.takeRequest();
        assertThat(request.getTarget())
                .isEqualTo("/stores/" + STORE + "/v3/catalog/products?page=2&limit=5&include=images");
        assertThat(request.getHeaders().get("X-Auth-Token")).isEqualTo(TOKEN);
    }

    @Test
    void anAbsoluteUrlOnAnotherHostGetsNoCredentials() {
        try (MockApi elsewhere = MockApi.start()) {
            elsewhere.enqueue(200, "{}");
            BigCommerceClient withClientId = api.clientBuilder().clientId("app-client-id").build();

            StepVerifier.create(withClientId.v3().get(elsewhere.url() + "/webhook-target"))
                    .expectNextCount(1)
                    .verifyComplete();

            RecordedRequest request = elsewhere.takeRequest();
            assertThat(request.getTarget()).isEqualTo("/webhook-target");
            assertThat(request.getHeaders().get("X-Auth-Token")).isNull();
            assertThat(request.getHeaders().get("X-Auth-Client")).isNull();
            assertThat(request.getHeaders().get("User-Agent")).startsWith("bigcommerce-reactive/");
        }
    }

    @Test
    void redirectsAreNotFollowedSoCredentialsNeverLeaveTheApiHost() {
        try (MockApi elsewhere = MockApi.start()) {
            elsewhere.enqueue(200, "{}");
            api.server().enqueue(new MockResponse.Builder().code(301)
                    .setHeader("Location", elsewhere.url() + "/stolen").build());

            StepVerifier.create(client.v3().get("/catalog/products"))
                    .expectErrorSatisfies(error -> {
                        assertThat(error).isInstanceOf(RedirectionException.class);
                        HttpException http = (HttpException) error;
                        assertThat(http.status()).isEqualTo(301);
                        assertThat(http.headers().getFirst("Location")).isEqualTo(elsewhere.url() + "/stolen");
                    })
                    .verify();

            assertThat(api.server().getRequestCount()).isEqualTo(1);
            assertThat(elsewhere.server().getRequestCount()).isZero();
        }
    }

    @Test
    void aBasicAuthClientHasNoV3() {
        BigCommerceClient basic = BigCommerceClient.builder().basicAuth(api.url(), "admin", "t0ken").build();

        assertThatThrownBy(basic::v3)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("v3");
    }

    @Test
    void aPathThatIsNotAValidUrlFailsTheMonoWithoutSending() {
        StepVerifier.create(client.v3().get("/catalog/products/a b"))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("'path'"))
                .verify();
        assertThat(api.server().getRequestCount()).isZero();
    }

    @Test
    void nothingIsSentBeforeSubscription() {
        api.enqueue(200, "{}");
        RecordingRateLimiter limiter = new RecordingRateLimiter();
        Mono<JsonNode> call = api.clientBuilder().rateLimiter(limiter).build().v3().get("/store");

        assertThat(limiter.acquired()).isZero();
        StepVerifier.create(call).expectNextCount(1).verifyComplete();
        assertThat(limiter.events()).containsExactly("acquire " + STORE, "response " + STORE);
        assertThat(api.server().getRequestCount()).isEqualTo(1);
    }

    /** A typed body. */
    record Brand(int id, String name) {
    }
}
