package io.github.bcreactive.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.github.bcreactive.webhooks.WebhookVerificationException.Reason;
import org.springframework.http.HttpHeaders;

/**
 * Verifies a webhook callback as BigCommerce signs it, by the Standard Webhooks scheme: the key is the app's client
 * secret (its UTF-8 bytes), the signed content is {@code webhook-id "." webhook-timestamp "." body}, and
 * {@code webhook-signature} holds one or more space-separated {@code v1,<base64 HMAC-SHA256>} signatures, any of
 * which may match. Signatures are compared in constant time, and a timestamp further than the tolerance from this
 * machine's clock (default {@link #DEFAULT_TOLERANCE}, as the Standard Webhooks libraries use) is refused, so that a
 * captured callback cannot be replayed later. Pure: no I/O, safe to call on an event loop.
 *
 * <pre>{@code
 * WebhookVerifier verifier = WebhookVerifier.of(System.getenv("BIGCOMMERCE_CLIENT_SECRET"));
 * WebhookEvent event = verifier.verify(request.getHeaders(), bodyBytes);   // the raw bytes, as received
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; {@link #toString()} never shows the secret.
 */
public final class WebhookVerifier {

    /** The default tolerance between the callback's timestamp and this machine's clock. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);
    /** The header with the message id, the same on every delivery attempt of one message. */
    public static final String ID_HEADER = "webhook-id";
    /** The header with the signing time, in epoch seconds. */
    public static final String TIMESTAMP_HEADER = "webhook-timestamp";
    /** The header with the signatures. */
    public static final String SIGNATURE_HEADER = "webhook-signature";

    /** The shortest client secret accepted, in UTF-8 bytes (128 bits); BigCommerce issues 31 characters. */
    static final int MIN_SECRET_BYTES = 16;

    private static final String ALGORITHM = "HmacSHA256";
    private static final String VERSION = "v1,";
    private static final int MAX_ID_LENGTH = 256;
    private static final int MAX_SIGNATURE_HEADER_LENGTH = 4096;

    private final SecretKeySpec key;
    private final Duration tolerance;
    private final Clock clock;

    static {
        // builds the payload readers now, at start-up, not at the first callback on an event-loop thread
        WebhookEvent.readersReady();
    }

    private WebhookVerifier(SecretKeySpec key, Duration tolerance, Clock clock) {
        this.key = key;
        this.tolerance = tolerance;
        this.clock = clock;
    }

    /**
     * A verifier keyed by an app's client secret, with the default tolerance and the system clock.
     *
     * @param clientSecret the client secret from the app's profile in the Developer Portal
     * @return the verifier
     * @throws IllegalArgumentException when the secret is shorter than 16 bytes (never one BigCommerce issued)
     */
    public static WebhookVerifier of(String clientSecret) {
        Objects.requireNonNull(clientSecret, "'clientSecret' cannot be null.");
        byte[] bytes = clientSecret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("'clientSecret' is " + bytes.length + " bytes; a BigCommerce client "
                    + "secret has at least " + MIN_SECRET_BYTES + ".");
        }
        return new WebhookVerifier(new SecretKeySpec(bytes, ALGORITHM), DEFAULT_TOLERANCE, Clock.systemUTC());
    }

    /**
     * This verifier with another tolerance.
     *
     * @param tolerance how far a timestamp may be from this machine's clock, either way; 1 second to 1 hour
     * @return a new verifier
     */
    public WebhookVerifier withTolerance(Duration tolerance) {
        Objects.requireNonNull(tolerance, "'tolerance' cannot be null.");
        if (tolerance.compareTo(Duration.ofSeconds(1)) < 0 || tolerance.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("'tolerance' must be between 1 second and 1 hour, was " + tolerance);
        }
        return new WebhookVerifier(key, tolerance, clock);
    }

    /**
     * This verifier reading another clock, e.g. a fixed one in tests.
     *
     * @param clock the clock timestamps are compared with
     * @return a new verifier
     */
    public WebhookVerifier withClock(Clock clock) {
        return new WebhookVerifier(key, tolerance, Objects.requireNonNull(clock, "'clock' cannot be null."));
    }

    /**
     * The tolerance on timestamps.
     *
     * @return the tolerance
     */
    public Duration tolerance() {
        return tolerance;
    }

    /**
     * Verifies a callback and decodes its payload.
     *
     * @param headers the request headers (names are matched case-insensitively)
     * @param body the request body exactly as received; re-encoding it would break the signature
     * @return the verified event
     * @throws WebhookVerificationException when the callback must not be trusted, or its body is not a payload
     */
    public WebhookEvent verify(HttpHeaders headers, byte[] body) {
        Objects.requireNonNull(headers, "'headers' cannot be null.");
        Objects.requireNonNull(body, "'body' cannot be null.");
        String id = required(headers, ID_HEADER);
        String timestamp = required(headers, TIMESTAMP_HEADER);
        String signatures = required(headers, SIGNATURE_HEADER);
        if (id.length() > MAX_ID_LENGTH) {
            throw new WebhookVerificationException(Reason.MALFORMED, "The webhook-id header is not a message id.");
        }
        Instant signedAt = checkTimestamp(timestamp);
        checkSignature(id, timestamp, body, signatures);
        return WebhookEvent.parse(id, signedAt, body);
    }

    private static String required(HttpHeaders headers, String name) {
        String value = headers.getFirst(name);
        if (value == null || value.isBlank()) {
            throw new WebhookVerificationException(Reason.MISSING_HEADER, "The " + name + " header is missing.");
        }
        return value.trim();
    }

    private Instant checkTimestamp(String timestamp) {
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            throw new WebhookVerificationException(Reason.MALFORMED,
                    "The webhook-timestamp header is not a number of seconds.");
        }
        long now = clock.millis() / 1000;
        long allowed = tolerance.toSeconds();
        if (seconds < now - allowed) {
            throw new WebhookVerificationException(Reason.TIMESTAMP_TOO_OLD,
                    "The webhook was signed " + (now - seconds) + " s ago, more than the " + allowed
                            + " s tolerance: refused as a possible replay.");
        }
        if (seconds > now + allowed) {
            throw new WebhookVerificationException(Reason.TIMESTAMP_TOO_NEW,
                    "The webhook's timestamp is " + (seconds - now) + " s ahead, more than the " + allowed
                            + " s tolerance.");
        }
        return Instant.ofEpochSecond(seconds);
    }

    private void checkSignature(String id, String timestamp, byte[] body, String signatures) {
        if (signatures.length() > MAX_SIGNATURE_HEADER_LENGTH) {
            throw new WebhookVerificationException(Reason.MALFORMED, "The webhook-signature header is too long.");
        }
        byte[] expected = mac(id, timestamp, body);
        boolean matched = false;
        for (String candidate : signatures.split(" ")) {
            if (!candidate.startsWith(VERSION)) {
                continue;
            }
            byte[] given;
            try {
                given = Base64.getDecoder().decode(candidate.substring(VERSION.length()));
            } catch (IllegalArgumentException e) {
                continue;
            }
            // no early exit, so the time taken does not tell which signature matched
            matched |= MessageDigest.isEqual(expected, given);
        }
        if (!matched) {
            throw new WebhookVerificationException(Reason.BAD_SIGNATURE,
                    "No webhook signature matches the client secret.");
        }
    }

    private byte[] mac(String id, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM.", e);
        }
    }

    @Override
    public String toString() {
        return "WebhookVerifier[tolerance=" + tolerance + ", secret hidden]";
    }
}
