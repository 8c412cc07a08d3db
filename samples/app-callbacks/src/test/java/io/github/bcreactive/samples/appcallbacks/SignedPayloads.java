package io.github.bcreactive.samples.appcallbacks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.json.JsonMapper;

/** Signs {@code signed_payload_jwt}s as BigCommerce does (HS256 with the client secret), with the JDK alone. */
final class SignedPayloads {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private SignedPayloads() {
    }

    static String jwt(String clientId, String secret, String storeHash, long userId, long ownerId) {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("aud", clientId);
        claims.put("iss", "bc");
        claims.put("iat", now);
        claims.put("nbf", now - 5);
        claims.put("exp", now + 3600);
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("sub", "stores/" + storeHash);
        claims.put("user", Map.of("id", userId, "email", "user" + userId + "@example.com", "locale", "en-US"));
        claims.put("owner", Map.of("id", ownerId, "email", "owner@example.com"));
        claims.put("url", "/");
        claims.put("channel_id", null);
        String signingInput = part(Map.of("alg", "HS256", "typ", "JWT")) + "." + part(claims);
        return signingInput + "." + B64URL.encodeToString(hmac(secret, signingInput));
    }

    private static String part(Object json) {
        return B64URL.encodeToString(JSON.writeValueAsString(json).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(String secret, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
