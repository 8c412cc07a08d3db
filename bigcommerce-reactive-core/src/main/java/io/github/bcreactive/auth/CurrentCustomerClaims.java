package io.github.bcreactive.auth;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The verified claims of a current-customer JWT: the storefront's {@code /customer/current.jwt?app_client_id=...}
 * answer, which identifies the signed-in shopper to the app's server.
 *
 * @param storeHash the store ({@code store_hash})
 * @param customerId the shopper's customer id ({@code customer.id})
 * @param email the shopper's email address ({@code customer.email})
 * @param groupId the shopper's customer group, when they are in one ({@code customer.group_id})
 * @param issuedAt when BigCommerce issued the token ({@code iat})
 * @param expiresAt when the token stops being valid ({@code exp}, 15 minutes after issue)
 */
public record CurrentCustomerClaims(
        String storeHash,
        long customerId,
        String email,
        Optional<String> groupId,
        Instant issuedAt,
        Instant expiresAt) {

    /**
     * Checks the parts.
     *
     * @param storeHash the store
     * @param customerId the shopper's customer id
     * @param email the shopper's email address
     * @param groupId the shopper's customer group, or empty
     * @param issuedAt when BigCommerce issued the token
     * @param expiresAt when the token stops being valid
     */
    public CurrentCustomerClaims {
        Objects.requireNonNull(storeHash, "'storeHash' cannot be null.");
        Objects.requireNonNull(email, "'email' cannot be null.");
        Objects.requireNonNull(groupId, "'groupId' cannot be null.");
        Objects.requireNonNull(issuedAt, "'issuedAt' cannot be null.");
        Objects.requireNonNull(expiresAt, "'expiresAt' cannot be null.");
    }
}
