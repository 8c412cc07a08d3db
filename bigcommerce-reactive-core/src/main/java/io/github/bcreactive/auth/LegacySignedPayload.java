package io.github.bcreactive.auth;

import java.util.Objects;
import java.util.Optional;

/**
 * The verified content of a legacy {@code signed_payload} (the HMAC-SHA256 form BigCommerce sent before
 * {@code signed_payload_jwt}). It carries no expiry: prefer {@code signed_payload_jwt} where both are sent.
 *
 * @param storeHash the store ({@code store_hash})
 * @param user the user who triggered the callback
 * @param owner the store owner, when the payload names one
 */
public record LegacySignedPayload(String storeHash, AppUser user, Optional<AppUser> owner) {

    /**
     * Checks the parts.
     *
     * @param storeHash the store
     * @param user the user who triggered the callback
     * @param owner the store owner, or empty
     */
    public LegacySignedPayload {
        Objects.requireNonNull(storeHash, "'storeHash' cannot be null.");
        Objects.requireNonNull(user, "'user' cannot be null.");
        Objects.requireNonNull(owner, "'owner' cannot be null.");
    }
}
