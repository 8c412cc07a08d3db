package io.github.bcreactive.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.json.JsonMapper;

/**
 * Hand-made JWTs for tests, built with the JDK alone so that the code under test never checks its own output.
 */
final class TestTokens {

    /** The client secret of bigcommerce-api-python's test_verify_payload: a real-format, 31-character secret. */
    static final String SECRET = "ntb1kcxa1do55wf0h25ps7h94fnsoi6";

    /** A client id in BigCommerce's format (31 characters, from the callbacks docs' example). */
    static final String CLIENT_ID = "U8RphZeDjQc4kLVSzNjePo0CMjq7yOg";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private TestTokens() {
    }

    static String jwt(String alg, Map<String, ?> claims, String secret) {
        String signingInput = part(JSON.writeValueAsString(Map.of("alg", alg, "typ", "JWT")))
                + "." + part(JSON.writeValueAsString(claims));
        return signingInput + "." + B64URL.encodeToString(hmac(jca(alg), secret, signingInput));
    }

    /** A JWT whose payload is the given bytes, base64url-encoded as they are (they need not be UTF-8 or JSON). */
    static String jwtWithPayload(String alg, byte[] payload, String secret) {
        String signingInput = part(JSON.writeValueAsString(Map.of("alg", alg, "typ", "JWT")))
                + "." + B64URL.encodeToString(payload);
        return signingInput + "." + B64URL.encodeToString(hmac(jca(alg), secret, signingInput));
    }

    static String part(String json) {
        return B64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] hmac(String jcaName, String secret, String data) {
        try {
            Mac mac = Mac.getInstance(jcaName);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), jcaName));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    static Map<String, Object> decodePart(String part) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = JSON.readValue(Base64.getUrlDecoder().decode(part), Map.class);
        return map;
    }

    private static String jca(String alg) {
        return switch (alg) {
            case "HS256", "RS256" -> "HmacSHA256";
            case "HS384" -> "HmacSHA384";
            case "HS512" -> "HmacSHA512";
            default -> throw new IllegalArgumentException(alg);
        };
    }
}
