package io.github.bcreactive.test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.github.bcreactive.test.api.ApiResponse;
import io.github.bcreactive.test.store.Json;
import io.github.bcreactive.test.store.StoreData;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The login host's endpoints: the OAuth token exchange ({@code POST /oauth2/token}) and the storefront
 * customer login ({@code GET /login/token/{jwt}}), both checked against the registered app.
 */
final class AppEndpoints {

    /** How long a customer login JWT is valid after its {@code iat}, as BigCommerce documents. */
    static final long LOGIN_TOKEN_SECONDS = 30;

    private final Map<String, StoreData> stores;
    private final String clientId;
    private final String clientSecret;
    private final Clock clock;
    private final SimulatorStats stats;
    private final Set<String> usedTokenIds = ConcurrentHashMap.newKeySet();

    AppEndpoints(Map<String, StoreData> stores, String clientId, String clientSecret, Clock clock, SimulatorStats stats) {
        this.stores = stores;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.clock = clock;
        this.stats = stats;
    }

    ApiResponse token(String contentType, byte[] body) {
        Map<String, String> form = parseForm(contentType, body);
        if (form == null) {
            return oauthError(400, "invalid_request", "The body must be JSON or form-encoded.");
        }
        if (!clientId.equals(form.get("client_id")) || !constantTimeEquals(clientSecret, form.get("client_secret"))) {
            return oauthError(401, "invalid_client", "Invalid client id or secret.");
        }
        if (!"authorization_code".equals(form.get("grant_type"))) {
            return oauthError(400, "unsupported_grant_type", "grant_type must be authorization_code.");
        }
        String code = form.get("code");
        if (code == null || code.isBlank()) {
            return oauthError(400, "invalid_grant", "The code is missing.");
        }
        String context = form.getOrDefault("context", "");
        StoreData store = context.startsWith("stores/") ? stores.get(context.substring("stores/".length())) : null;
        if (store == null) {
            return oauthError(400, "invalid_request", "Unknown store context: " + context);
        }
        ObjectNode response = Json.object();
        response.put("access_token", store.accessToken());
        response.put("scope", form.getOrDefault("scope", "store_v2_default"));
        ObjectNode user = response.putObject("user");
        user.put("id", 24654);
        user.put("username", "merchant@example.com");
        user.put("email", "merchant@example.com");
        ObjectNode owner = response.putObject("owner");
        owner.put("id", 12345);
        owner.put("username", "owner@example.com");
        owner.put("email", "owner@example.com");
        response.put("context", "stores/" + store.hash());
        response.put("account_uuid", "12345678-90ab-cdef-1234-567890abcdef");
        stats.tokenIssued();
        return ApiResponse.json(200, response);
    }

    private static Map<String, String> parseForm(String contentType, byte[] body) {
        Map<String, String> form = new HashMap<>();
        if (contentType != null && contentType.toLowerCase().contains("json")) {
            try {
                JsonNode json = Json.MAPPER.readTree(body);
                if (!json.isObject()) {
                    return null;
                }
                json.properties().forEach(e -> form.put(e.getKey(), e.getValue().asString()));
                return form;
            } catch (JacksonException malformed) {
                return null;
            }
        }
        for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static ApiResponse oauthError(int status, String error, String description) {
        ObjectNode body = Json.object();
        body.put("error", error);
        body.put("error_description", description);
        return ApiResponse.json(status, body);
    }

    /**
     * Verifies a customer login JWT (HS256 with the client secret) and redirects like the storefront:
     * to {@code redirect_to} (default {@code /account.php}) when valid, to {@code /login.php} otherwise.
     */
    ApiResponse login(String jwt, String baseUrl) {
        String problem;
        JsonNode claims = null;
        try {
            claims = verify(jwt);
            problem = check(claims);
        } catch (IllegalArgumentException | JacksonException | GeneralSecurityException invalid) {
            problem = invalid.getMessage();
        }
        if (problem != null) {
            stats.loginRejected();
            return ApiResponse.text(302, "text/html", "")
                    .withHeader("Location", baseUrl + "/login.php?action=token_login_failed")
                    .withHeader("X-Simulator-Login-Error", problem);
        }
        String redirect = claims.path("redirect_to").asString("/account.php");
        stats.login(new SimulatorStats.CustomerLogin(claims.path("store_hash").asString(),
                claims.path("customer_id").asLong(), redirect));
        return ApiResponse.text(302, "text/html", "")
                .withHeader("Location", baseUrl + (redirect.startsWith("/") ? redirect : "/" + redirect))
                .withHeader("Set-Cookie", "SHOP_SESSION_TOKEN=" + claims.path("jti").asString() + "; Path=/; HttpOnly");
    }

    private JsonNode verify(String jwt) throws GeneralSecurityException {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a JWT");
        }
        Base64.Decoder decoder = Base64.getUrlDecoder();
        JsonNode header = Json.MAPPER.readTree(decoder.decode(parts[0]));
        if (!"HS256".equals(header.path("alg").asString(""))) {
            throw new IllegalArgumentException("alg must be HS256");
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(clientSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        if (!MessageDigest.isEqual(expected, decoder.decode(parts[2]))) {
            throw new IllegalArgumentException("signature does not match the client secret");
        }
        return Json.MAPPER.readTree(decoder.decode(parts[1]));
    }

    private String check(JsonNode claims) {
        long now = clock.millis() / 1000;
        long issuedAt = claims.path("iat").asLong(-1);
        String storeHash = claims.path("store_hash").asString("");
        StoreData store = stores.get(storeHash);
        String tokenId = claims.path("jti").asString("");
        if (!clientId.equals(claims.path("iss").asString(""))) {
            return "iss is not the app's client id";
        }
        if (!"customer_login".equals(claims.path("operation").asString(""))) {
            return "operation must be customer_login";
        }
        if (issuedAt < 0 || now - issuedAt > LOGIN_TOKEN_SECONDS || issuedAt - now > LOGIN_TOKEN_SECONDS) {
            return "iat is missing or outside the " + LOGIN_TOKEN_SECONDS + " s window";
        }
        if (store == null) {
            return "unknown store_hash";
        }
        if (!store.customers().contains(claims.path("customer_id").asLong(-1))) {
            return "unknown customer_id";
        }
        if (tokenId.isEmpty() || !usedTokenIds.add(storeHash + ':' + tokenId)) {
            return "jti is missing or was already used";
        }
        return null;
    }

    private static boolean constantTimeEquals(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }
}
