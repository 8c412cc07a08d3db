package io.github.bcreactive.webhooks;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.http.HttpHeaders;

/** Signs callbacks as BigCommerce does, for the tests: an implementation apart from the verifier's. */
final class Signing {

    static final String SECRET = "k3ytq1r1c0n2abcdefghijklmnopqrs";

    private Signing() {
    }

    static String signature(String secret, String id, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static HttpHeaders headers(String id, long timestamp, String signature) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Webhook-Id", id);
        headers.set("Webhook-Timestamp", Long.toString(timestamp));
        headers.set("Webhook-Signature", signature);
        return headers;
    }

    static HttpHeaders signed(String id, long timestamp, String body) {
        return headers(id, timestamp, signature(SECRET, id, timestamp, body));
    }

    static String payload(String scope, String data, String hash, long createdAt) {
        return "{\"scope\":\"" + scope + "\",\"store_id\":\"1025646\",\"data\":" + data + ",\"hash\":\"" + hash
                + "\",\"created_at\":" + createdAt + ",\"producer\":\"stores/abc123\"}";
    }
}
