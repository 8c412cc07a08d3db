package io.github.bcreactive.auth;

import java.util.Objects;
import java.util.Optional;

/**
 * A control-panel user as BigCommerce names it in app callbacks: the user who opened the app, or the store owner.
 *
 * @param id BigCommerce's id of the user
 * @param email the user's email address
 * @param locale the user's BCP 47 language tag, when BigCommerce sent one
 */
public record AppUser(long id, String email, Optional<String> locale) {

    /**
     * Checks the parts.
     *
     * @param id BigCommerce's id of the user
     * @param email the user's email address
     * @param locale the user's BCP 47 language tag, when BigCommerce sent one
     */
    public AppUser {
        Objects.requireNonNull(email, "'email' cannot be null.");
        Objects.requireNonNull(locale, "'locale' cannot be null.");
    }
}
