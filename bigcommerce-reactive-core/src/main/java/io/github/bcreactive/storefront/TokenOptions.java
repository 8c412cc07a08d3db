package io.github.bcreactive.storefront;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a new Storefront API token is for: its channels and expiry (every kind), the browser origins of a storefront
 * token, the scopes of a private token.
 *
 * <pre>{@code
 * TokenOptions.forChannels(Instant.parse("2027-01-01T00:00:00Z"), 1)
 *         .withAllowedCorsOrigins("https://www.example.com");
 * }</pre>
 *
 * @param channelIds the channels, at least one (sent as {@code channel_id} when one, {@code channel_ids} else)
 * @param expiresAt when the token expires ({@code expires_at}, epoch seconds)
 * @param allowedCorsOrigins the browser origins of a storefront token, none or up to 2
 * @param scopes the scopes of a private token
 */
public record TokenOptions(List<Long> channelIds, Instant expiresAt, List<String> allowedCorsOrigins,
        Set<TokenOptions.Scope> scopes) {

    /** The most CORS origins a storefront token may allow. */
    public static final int MAX_CORS_ORIGINS = 2;

    /** What a private token may do. */
    public enum Scope {
        /** Anonymous shopping. */
        UNAUTHENTICATED("Unauthenticated"),
        /** Signed-in customers. */
        CUSTOMER("Customer"),
        /** B2B Edition. */
        B2B("B2B");

        private final String wire;

        Scope(String wire) {
            this.wire = wire;
        }

        /**
         * The value the API takes.
         *
         * @return e.g. {@code Unauthenticated}
         */
        public String wire() {
            return wire;
        }
    }

    /**
     * Checks the options.
     *
     * @param channelIds at least one positive channel id
     * @param expiresAt not before the epoch
     * @param allowedCorsOrigins up to 2 non-blank origins
     * @param scopes the scopes
     */
    public TokenOptions {
        channelIds = List.copyOf(Objects.requireNonNull(channelIds, "'channelIds' cannot be null."));
        if (channelIds.isEmpty() || channelIds.stream().anyMatch(id -> id < 1)) {
            throw new IllegalArgumentException("'channelIds' must hold at least one positive channel id.");
        }
        Objects.requireNonNull(expiresAt, "'expiresAt' cannot be null.");
        if (expiresAt.getEpochSecond() < 0) {
            throw new IllegalArgumentException("'expiresAt' cannot be before the epoch.");
        }
        allowedCorsOrigins = List.copyOf(Objects.requireNonNull(allowedCorsOrigins,
                "'allowedCorsOrigins' cannot be null."));
        if (allowedCorsOrigins.size() > MAX_CORS_ORIGINS || allowedCorsOrigins.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("'allowedCorsOrigins' takes up to " + MAX_CORS_ORIGINS
                    + " non-blank origins.");
        }
        scopes = Set.copyOf(Objects.requireNonNull(scopes, "'scopes' cannot be null."));
    }

    /**
     * Options for these channels, expiring then, with no origins and no scopes.
     *
     * @param expiresAt when the token expires
     * @param channelIds the channels, at least one
     * @return the options
     */
    public static TokenOptions forChannels(Instant expiresAt, long... channelIds) {
        return new TokenOptions(Arrays.stream(channelIds).boxed().toList(), expiresAt, List.of(), Set.of());
    }

    /**
     * These options with the browser origins of a storefront token.
     *
     * @param origins up to 2, e.g. {@code https://www.example.com}
     * @return new options
     */
    public TokenOptions withAllowedCorsOrigins(String... origins) {
        return new TokenOptions(channelIds, expiresAt, List.of(origins), scopes);
    }

    /**
     * These options with the scopes of a private token.
     *
     * @param scopes at least one for a private token
     * @return new options
     */
    public TokenOptions withScopes(Scope... scopes) {
        Set<Scope> set = scopes.length == 0 ? Set.of() : EnumSet.copyOf(List.of(scopes));
        return new TokenOptions(channelIds, expiresAt, allowedCorsOrigins, set);
    }

    /** The request body for a token of this kind; refuses what that kind does not take. */
    Map<String, Object> body(StorefrontToken.Kind kind) {
        if (kind != StorefrontToken.Kind.STOREFRONT && !allowedCorsOrigins.isEmpty()) {
            throw new IllegalArgumentException("Only a storefront token takes 'allowedCorsOrigins'; a " + kind
                    + " token is for servers.");
        }
        if (kind == StorefrontToken.Kind.PRIVATE && scopes.isEmpty()) {
            throw new IllegalArgumentException("A private token needs at least one scope.");
        }
        if (kind != StorefrontToken.Kind.PRIVATE && !scopes.isEmpty()) {
            throw new IllegalArgumentException("Only a private token takes 'scopes'.");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        if (channelIds.size() == 1) {
            body.put("channel_id", channelIds.get(0));
        } else {
            body.put("channel_ids", channelIds);
        }
        body.put("expires_at", expiresAt.getEpochSecond());
        if (!allowedCorsOrigins.isEmpty()) {
            body.put("allowed_cors_origins", allowedCorsOrigins);
        }
        if (!scopes.isEmpty()) {
            body.put("scopes", scopes.stream().sorted().map(Scope::wire).toList());
        }
        return body;
    }
}
