package io.github.bcreactive.auth;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What BigCommerce's login service answers to a token exchange: the store's access token and who installed the app.
 * Store it (the access token as a secret) and make a client of it with {@link BigCommerceApp#client(OAuthToken)}.
 * Its {@link #toString()} never shows the access token.
 *
 * @param accessToken the store's access token, for {@code X-Auth-Token}
 * @param scope the granted OAuth scopes, space-separated
 * @param user the user who installed the app
 * @param owner the store owner
 * @param storeHash the store, from {@code context} ({@code stores/{hash}})
 * @param accountUuid the Developer Portal account that registered the app ({@code account_uuid})
 */
public record OAuthToken(String accessToken, String scope, AppUser user, AppUser owner, String storeHash,
        String accountUuid) {

    /**
     * Checks the parts.
     *
     * @param accessToken the store's access token
     * @param scope the granted scopes, space-separated
     * @param user the user who installed the app
     * @param owner the store owner
     * @param storeHash the store
     * @param accountUuid the Developer Portal account
     */
    public OAuthToken {
        Objects.requireNonNull(accessToken, "'accessToken' cannot be null.");
        Objects.requireNonNull(scope, "'scope' cannot be null.");
        Objects.requireNonNull(user, "'user' cannot be null.");
        Objects.requireNonNull(owner, "'owner' cannot be null.");
        Objects.requireNonNull(storeHash, "'storeHash' cannot be null.");
        Objects.requireNonNull(accountUuid, "'accountUuid' cannot be null.");
    }

    /**
     * The granted scopes one by one.
     *
     * @return e.g. {@code [store_v2_orders, store_channel_listings_read_only]}
     */
    public List<String> scopes() {
        return Arrays.stream(scope.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    public String toString() {
        return "OAuthToken[store=" + storeHash + ", scope=" + scope + ", user=" + user.id() + ", owner=" + owner.id()
                + ", accountUuid=" + accountUuid + ", accessToken=hidden]";
    }
}
