package io.github.bcreactive.auth;

import java.util.Objects;
import java.util.Optional;

/**
 * A control-panel user as BigCommerce names it to an app: the user who installed or opened the app, or the store
 * owner.
 *
 * @param id BigCommerce's id of the user
 * @param email the user's email address
 * @param username the user's username, when BigCommerce sent one (token exchange)
 * @param locale the user's BCP 47 language tag, when BigCommerce sent one (load callback)
 */
public record AppUser(long id, String email, Optional<String> username, Optional<String> locale) {

    /**
     * Checks the parts.
     *
     * @param id BigCommerce's id of the user
     * @param email the user's email address
     * @param username the user's username, or empty
     * @param locale the user's BCP 47 language tag, or empty
     */
    public AppUser {
        Objects.requireNonNull(email, "'email' cannot be null.");
        Objects.requireNonNull(username, "'username' cannot be null.");
        Objects.requireNonNull(locale, "'locale' cannot be null.");
    }
}
