package io.github.bcreactive.auth;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The verified claims of a {@code signed_payload_jwt}, the token BigCommerce sends to an app's load, uninstall and
 * remove_user callbacks.
 *
 * @param storeHash the store, from {@code sub} ({@code stores/{hash}})
 * @param user the user who triggered the callback
 * @param owner the store owner
 * @param url the deep link the app was opened with ({@code "/"} by default)
 * @param channelId the channel the click came from; empty when it came from the Apps menu
 * @param issuedAt when BigCommerce issued the token ({@code iat})
 * @param expiresAt when the token stops being valid ({@code exp})
 * @param jwtId the token's unique id ({@code jti}), for replay protection
 */
public record SignedPayloadClaims(
        String storeHash,
        AppUser user,
        AppUser owner,
        String url,
        OptionalLong channelId,
        Instant issuedAt,
        Instant expiresAt,
        String jwtId) {

    /**
     * Checks the parts.
     *
     * @param storeHash the store, from {@code sub}
     * @param user the user who triggered the callback
     * @param owner the store owner
     * @param url the deep link
     * @param channelId the channel the click came from, or empty
     * @param issuedAt when BigCommerce issued the token
     * @param expiresAt when the token stops being valid
     * @param jwtId the token's unique id
     */
    public SignedPayloadClaims {
        Objects.requireNonNull(storeHash, "'storeHash' cannot be null.");
        Objects.requireNonNull(user, "'user' cannot be null.");
        Objects.requireNonNull(owner, "'owner' cannot be null.");
        Objects.requireNonNull(url, "'url' cannot be null.");
        Objects.requireNonNull(channelId, "'channelId' cannot be null.");
        Objects.requireNonNull(issuedAt, "'issuedAt' cannot be null.");
        Objects.requireNonNull(expiresAt, "'expiresAt' cannot be null.");
        Objects.requireNonNull(jwtId, "'jwtId' cannot be null.");
    }
}
