package io.github.bcreactive.test;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook callbacks as BigCommerce does (Standard Webhooks: HMAC-SHA256 keyed by the app's client secret over
 * {@code id "." timestamp "." body}, sent as {@code webhook-signature: v1,<base64>}). The simulator signs its own
 * deliveries with it; a test signs the callbacks it posts to the app's endpoint, or forges them with another secret.
 *
 * <pre>{@code
 * WebhookSigner signer = new WebhookSigner(sim.clientSecret());
 * Map<String, String> headers = signer.headers("msg_1", Instant.now().getEpochSecond(), body);
 * }</pre>
 *
 * <p>{@link #toString()} never shows the secret.
 */
public final class WebhookSigner {

    private final SecretKeySpec key;

    /**
     * A signer keyed by an app's client secret.
     *
     * @param clientSecret the secret
     */
    public WebhookSigner(String clientSecret) {
        Objects.requireNonNull(clientSecret, "'clientSecret' cannot be null.");
        this.key = new SecretKeySpec(clientSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /**
     * The signature header's value for one message.
     *
     * @param id the message id
     * @param timestamp the signing time, in epoch seconds
     * @param body the body, exactly as it will be sent
     * @return {@code v1,<base64 signature>}
     */
    public String signature(String id, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM.", e);
        }
    }

    /**
     * The three Standard Webhooks headers for one message.
     *
     * @param id the message id
     * @param timestamp the signing time, in epoch seconds
     * @param body the body, exactly as it will be sent
     * @return {@code webhook-id}, {@code webhook-timestamp} and {@code webhook-signature}, in that order
     */
    public Map<String, String> headers(String id, long timestamp, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("webhook-id", id);
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", signature(id, timestamp, body));
        return headers;
    }

    @Override
    public String toString() {
        return "WebhookSigner[secret hidden]";
    }
}
