package io.github.bcreactive.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.error.ClientRequestException;
import io.github.bcreactive.error.DecodeException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

class TokenExchangeTest {

    // the response example of the auth docs
    private static final String TOKEN_RESPONSE = """
            {
              "access_token": "xxxxalphanumstringxxxx",
              "scope": "store_v2_orders store_channel_listings_read_only",
              "user": {"id": 24654, "username": "merchant@example.com", "email": "merchant@example.com"},
              "owner": {"id": 12345, "username": "owner@example.com", "email": "owner@example.com"},
              "context": "stores/g5cd38",
              "account_uuid": "12345678-90ab-cdef-1234-567890abcdef"
            }""";

    private MockWebServer login;
    private MockWebServer api;
    private BigCommerceApp app;

    @BeforeEach
    void start() throws IOException {
        login = new MockWebServer();
        login.start(InetAddress.getByName("127.0.0.1"), 0);
        api = new MockWebServer();
        api.start(InetAddress.getByName("127.0.0.1"), 0);
        app = BigCommerceApp.builder()
                .clientId(TestTokens.CLIENT_ID)
                .clientSecret(TestTokens.SECRET)
                .loginUrl(url(login))
                .clientSettings(builder -> builder.apiUrl(url(api)))
                .clock(Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC))
                .build();
    }

    @AfterEach
    void stop() {
        login.close();
        api.close();
    }

    private static String url(MockWebServer server) {
        String url = server.url("/").toString();
        return url.substring(0, url.length() - 1);
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    @Test
    void exchangePostsTheDocumentedJsonBodyAndReturnsTheToken() throws InterruptedException {
        login.enqueue(json(200, TOKEN_RESPONSE));

        StepVerifier.create(app.exchange("qr6h3thvbvag2ffq", "stores/g5cd38",
                        "store_v2_orders store_channel_listings_read_only", "https://app.example.com/auth"))
                .assertNext(token -> {
                    assertThat(token.accessToken()).isEqualTo("xxxxalphanumstringxxxx");
                    assertThat(token.scopes()).containsExactly("store_v2_orders", "store_channel_listings_read_only");
                    assertThat(token.user()).isEqualTo(new AppUser(24654, "merchant@example.com",
                            Optional.of("merchant@example.com"), Optional.empty()));
                    assertThat(token.owner().id()).isEqualTo(12345);
                    assertThat(token.storeHash()).isEqualTo("g5cd38");
                    assertThat(token.accountUuid()).isEqualTo("12345678-90ab-cdef-1234-567890abcdef");
                    assertThat(token.toString()).doesNotContain("xxxxalphanumstringxxxx");
                })
                .verifyComplete();

        RecordedRequest request = login.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/oauth2/token");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
        assertThat(request.getHeaders().get("X-Auth-Token")).isNull();
        @SuppressWarnings("unchecked")
        Map<String, Object> body = JsonMapper.builder().build().readValue(request.getBody().utf8(), Map.class);
        assertThat(body).containsExactlyEntriesOf(orderedBody());
    }

    private static Map<String, Object> orderedBody() {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("client_id", TestTokens.CLIENT_ID);
        body.put("client_secret", TestTokens.SECRET);
        body.put("code", "qr6h3thvbvag2ffq");
        body.put("context", "stores/g5cd38");
        body.put("scope", "store_v2_orders store_channel_listings_read_only");
        body.put("grant_type", "authorization_code");
        body.put("redirect_uri", "https://app.example.com/auth");
        return body;
    }

    @Test
    void refusedCodeSurfacesAsTheCoreErrorTreeAndIsNotRetried() {
        login.enqueue(json(400, "{\"error\":\"Invalid grant\"}"));

        StepVerifier.create(app.exchange("used-code", "stores/g5cd38", "store_v2_orders", "https://app.example.com/auth"))
                .expectErrorSatisfies(e -> {
                    assertThat(e).isExactlyInstanceOf(ClientRequestException.class);
                    assertThat(((ClientRequestException) e).status()).isEqualTo(400);
                    assertThat(e.getMessage()).doesNotContain(TestTokens.SECRET);
                })
                .verify();
        assertThat(login.getRequestCount()).isEqualTo(1);
    }

    @Test
    void answerWithoutATokenIsADecodeErrorThatDoesNotEchoTheBody() {
        login.enqueue(json(200, "{\"access_token\":\"secret-token-1\",\"scope\":\"x\"}"));

        StepVerifier.create(app.exchange("c", "stores/g5cd38", "x", "https://app.example.com/auth"))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(DecodeException.class)
                        .hasMessageContaining("'user'").hasMessageNotContaining("secret-token-1"))
                .verify();
    }

    @Test
    void badContextIsRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> app.exchange("c", "g5cd38", "x", "https://app.example.com/auth"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'context'");
        assertThat(login.getRequestCount()).isZero();
    }

    @Test
    void clientFromTheTokenCallsTheStoreWithTheTokenAndClientId() throws InterruptedException {
        api.enqueue(json(200, "{\"id\":\"g5cd38\"}"));
        BigCommerceClient store = app.client(new OAuthToken("xxxxalphanumstringxxxx", "store_v2_information",
                new AppUser(1, "u@example.com", Optional.empty(), Optional.empty()),
                new AppUser(2, "o@example.com", Optional.empty(), Optional.empty()), "g5cd38", "uuid"));

        StepVerifier.create(store.v2().get("/store")).expectNextCount(1).verifyComplete();

        RecordedRequest request = api.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request.getTarget()).isEqualTo("/stores/g5cd38/v2/store");
        assertThat(request.getHeaders().get("X-Auth-Token")).isEqualTo("xxxxalphanumstringxxxx");
        assertThat(request.getHeaders().get("X-Auth-Client")).isEqualTo(TestTokens.CLIENT_ID);
    }

    @Test
    void customerLoginUrlIsBuiltOnTheStoresSecureUrlAndOptionallyItsClock() throws InterruptedException {
        BigCommerceClient store = BigCommerceClient.builder().apiUrl(url(api)).storeHash("g5cd38")
                .accessToken("token").build();
        api.enqueue(json(200, "{\"secure_url\":\"https://shop.example.com\"}"));
        api.enqueue(json(200, "{\"time\":1700000000}"));

        StepVerifier.create(app.customerLoginUrlOnStoreClock(store, CustomerLogin.of(42)))
                .assertNext(url -> {
                    assertThat(url.toString()).startsWith("https://shop.example.com/login/token/");
                    String jwt = url.getPath().substring("/login/token/".length());
                    Map<String, Object> claims = TestTokens.decodePart(jwt.split("\\.")[1]);
                    assertThat(claims).containsEntry("iat", 1700000000).containsEntry("store_hash", "g5cd38");
                })
                .verifyComplete();

        assertThat(api.takeRequest(5, TimeUnit.SECONDS).getTarget()).isEqualTo("/stores/g5cd38/v2/store");
        assertThat(api.takeRequest(5, TimeUnit.SECONDS).getTarget()).isEqualTo("/stores/g5cd38/v2/time");
    }

    @Test
    void customerLoginUrlUsesTheAppsClockByDefault() {
        BigCommerceClient store = BigCommerceClient.builder().apiUrl(url(api)).storeHash("g5cd38")
                .accessToken("token").build();
        api.enqueue(json(200, "{\"secure_url\":\"https://shop.example.com/\"}"));

        StepVerifier.create(app.customerLoginUrl(store, CustomerLogin.of(42)).map(URI::getPath))
                .assertNext(path -> assertThat(TestTokens.decodePart(path.split("/")[3].split("\\.")[1]))
                        .containsEntry("iat", (int) Instant.parse("2026-03-01T12:00:00Z").getEpochSecond()))
                .verifyComplete();
        assertThat(api.getRequestCount()).isEqualTo(1);
    }
}
