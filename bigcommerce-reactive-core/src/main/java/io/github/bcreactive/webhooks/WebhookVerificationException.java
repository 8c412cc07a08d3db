package io.github.bcreactive.webhooks;

import java.util.Objects;

import io.github.bcreactive.error.BigCommerceException;

/**
 * A webhook callback that failed verification and must not be trusted. {@link #reason()} says why; the message never
 * contains the client secret, the signature or the body.
 *
 * <pre>{@code
 * try {
 *     WebhookEvent event = verifier.verify(headers, body);
 * } catch (WebhookVerificationException e) {
 *     if (e.reason() == WebhookVerificationException.Reason.TIMESTAMP_TOO_OLD) {
 *         // a replay, or a delivery held up for longer than the tolerance
 *     }
 * }
 * }</pre>
 */
public final class WebhookVerificationException extends BigCommerceException {

    private static final long serialVersionUID = 1L;

    /** Why a callback was rejected. */
    public enum Reason {
        /** One of {@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature} is absent or empty. */
        MISSING_HEADER,
        /** A header or the body is not of the expected form (a timestamp that is not a number, a body not JSON). */
        MALFORMED,
        /** No {@code v1} signature matches the client secret: forged, altered, or signed for another app. */
        BAD_SIGNATURE,
        /** The timestamp is older than the tolerance allows: a replay, or a delivery held up too long. */
        TIMESTAMP_TOO_OLD,
        /** The timestamp is further in the future than the tolerance allows. */
        TIMESTAMP_TOO_NEW
    }

    private final Reason reason;

    WebhookVerificationException(Reason reason, String message) {
        super(message, null);
        this.reason = Objects.requireNonNull(reason, "'reason' cannot be null.");
    }

    /**
     * Why the callback was rejected.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }
}
