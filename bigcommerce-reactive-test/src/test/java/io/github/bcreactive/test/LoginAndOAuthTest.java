package io.github.bcreactive.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.bcreactive.test.store.Json;
import tools.jackson.databind.JsonNode;

class LoginAndOAuthTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-06-01T12:00:00Z"));
    private BigCommerceSimulator sim;
    private String store;

    @BeforeEach
    void start() {
        sim = BigCommerceSimulator.builder().store("abc123").customers(5).app("my-client-id", "my-client-secret")
                .clock(clock).build().start();
        store = "abc123";
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return Http.client().send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return Http.client().send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void tokenExchangeAcceptsJsonAndFormBodies() throws Exception {
        HttpResponse<String> json = post("/oauth2/token", "application/json", "{\"client_id\":\"my-client-id\","
                + "\"client_secret\":\"my-client-secret\",\"code\":\"qr6h3thvbvag2ffq\",\"context\":\"stores/abc123\","
                + "\"scope\":\"store_v2_orders\",\"grant_type\":\"authorization_code\",\"redirect_uri\":\"https://app/auth\"}");
        assertThat(json.statusCode()).isEqualTo(200);
        JsonNode token = Json.MAPPER.readTree(json.body());
        assertThat(token.path("access_token").asString()).isEqualTo(sim.accessToken(store));
        assertThat(token.path("context").asString()).isEqualTo("stores/abc123");
        assertThat(token.path("scope").asString()).isEqualTo("store_v2_orders");
        assertThat(token.path("user").path("email").asString()).isNotEmpty();

        HttpResponse<String> form = post("/oauth2/token", "application/x-www-form-urlencoded",
                "client_id=my-client-id&client_secret=my-client-secret&code=abc&context=stores%2Fabc123"
                        + "&grant_type=authorization_code&redirect_uri=https%3A%2F%2Fapp%2Fauth");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(sim.stats().tokensIssued()).isEqualTo(2);
    }

    @Test
    void tokenExchangeRefusesWrongSecretsAndStores() throws Exception {
        HttpResponse<String> wrongSecret = post("/oauth2/token", "application/x-www-form-urlencoded",
                "client_id=my-client-id&client_secret=nope&code=abc&context=stores%2Fabc123&grant_type=authorization_code");
        assertThat(wrongSecret.statusCode()).isEqualTo(401);
        assertThat(wrongSecret.body()).doesNotContain("my-client-secret");
        HttpResponse<String> wrongStore = post("/oauth2/token", "application/x-www-form-urlencoded",
                "client_id=my-client-id&client_secret=my-client-secret&code=abc&context=stores%2Fzzz&grant_type=authorization_code");
        assertThat(wrongStore.statusCode()).isEqualTo(400);
        assertThat(sim.stats().tokensIssued()).isZero();
    }

    private String jwt(String secret, String claims) throws Exception {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String head = url.encodeToString("{\"typ\":\"JWT\",\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8));
        String body = url.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return head + "." + body + "." + url.encodeToString(mac.doFinal((head + "." + body).getBytes(StandardCharsets.US_ASCII)));
    }

    private String claims(String jti, long iat, long customerId, String redirect) {
        return "{\"iss\":\"my-client-id\",\"iat\":" + iat + ",\"jti\":\"" + jti + "\",\"operation\":\"customer_login\","
                + "\"store_hash\":\"abc123\",\"customer_id\":" + customerId
                + (redirect == null ? "" : ",\"redirect_to\":\"" + redirect + "\"") + "}";
    }

    @Test
    void validLoginTokenSignsTheCustomerInOnce() throws Exception {
        long now = clock.millis() / 1000;
        String token = jwt("my-client-secret", claims("jti-1", now, 2, null));
        HttpResponse<String> first = get("/login/token/" + token);
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(first.headers().firstValue("Location")).hasValue(sim.baseUrl() + "/account.php");
        assertThat(sim.stats().customerLogins()).containsExactly(new SimulatorStats.CustomerLogin("abc123", 2, "/account.php"));

        HttpResponse<String> replay = get("/login/token/" + token);
        assertThat(replay.headers().firstValue("Location").orElseThrow()).contains("/login.php");
        assertThat(replay.headers().firstValue("X-Simulator-Login-Error").orElseThrow()).contains("jti");

        String redirect = jwt("my-client-secret", claims("jti-2", now, 3, "/cart.php"));
        assertThat(get("/login/token/" + redirect).headers().firstValue("Location"))
                .hasValue(sim.baseUrl() + "/cart.php");
    }

    @Test
    void badSignatureExpiryAndUnknownCustomersAreRejected() throws Exception {
        long now = clock.millis() / 1000;
        assertRejected(jwt("other-secret", claims("a", now, 1, null)), "signature");
        assertRejected(jwt("my-client-secret", claims("b", now - 31, 1, null)), "iat");
        assertRejected(jwt("my-client-secret", claims("c", now, 99, null)), "customer_id");
        assertRejected("not-a-jwt", "JWT");
        assertThat(sim.stats().customerLoginsRejected()).isEqualTo(4);
        assertThat(sim.stats().customerLogins()).isEmpty();

        String later = jwt("my-client-secret", claims("d", now, 1, null));
        clock.advance(Duration.ofSeconds(31));
        assertRejected(later, "iat");
    }

    private void assertRejected(String token, String reason) throws Exception {
        HttpResponse<String> response = get("/login/token/" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).contains("/login.php");
        assertThat(response.headers().firstValue("X-Simulator-Login-Error").orElseThrow()).contains(reason);
    }
}
