package io.github.bcreactive.auth;

import java.util.Objects;

import io.github.bcreactive.error.BigCommerceException;

/**
 * Something that claimed to come from BigCommerce (a {@code signed_payload_jwt}, a legacy {@code signed_payload}, a
 * current-customer JWT) failed verification and must not be trusted. {@link #reason()} says why; the message never
 * contains the token or the client secret.
 *
 * <pre>{@code
 * try {
 *     SignedPayloadClaims claims = app.verifySignedPayloadJwt(request.getParameter("signed_payload_jwt"));
 * } catch (InvalidPayloadException e) {
 *     if (e.reason() == InvalidPayloadException.Reason.EXPIRED) {
 *         // ask the user to reopen the app
 *     }
 * }
 * }</pre>
 */
public final class InvalidPayloadException extends BigCommerceException {

    private static final long serialVersionUID = 1L;

    /** Why a payload was rejected. */
    public enum Reason {
        /** The signature does not match the client secret: forged, altered, or signed for another app. */
        BAD_SIGNATURE,
        /** The {@code alg} header is not one this kind of token may use ({@code none}, RS256, HS384, ...). */
        UNSUPPORTED_ALGORITHM,
        /** The token is past its {@code exp}, beyond the allowed clock skew. */
        EXPIRED,
        /** The token's {@code nbf} is still ahead, beyond the allowed clock skew. */
        NOT_YET_VALID,
        /** The {@code aud} claim is not this app's client id. */
        WRONG_AUDIENCE,
        /** The {@code iss} claim is not BigCommerce's. */
        WRONG_ISSUER,
        /** A claim the payload must carry is absent or not of the expected form. */
        BAD_CLAIM,
        /** Not a well-formed token or payload: truncated, bad encoding, not JSON. */
        MALFORMED
    }

    private final Reason reason;

    InvalidPayloadException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "'reason' cannot be null.");
    }

    /**
     * Why the payload was rejected.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }
}
