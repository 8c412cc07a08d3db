package io.github.bcreactive.storefront;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A Storefront API token: a secret. {@link #toString()} shows its kind, channels and expiry, never the value; take
 * the value with {@link #reveal()} only where it must travel (a request header, a page's configuration).
 *
 * <pre>{@code
 * client.storefrontTokens()
 *         .createPrivateToken(TokenOptions.forChannels(Instant.now().plus(Duration.ofDays(30)), 1)
 *                 .withScopes(TokenOptions.Scope.UNAUTHENTICATED))
 *         .subscribe(token -> {
 *             log.info("created {}", token);      // StorefrontToken[PRIVATE, channels [1], expires ..., hidden]
 *             headers.setBearerAuth(token.reveal());
 *         });
 * }</pre>
 */
public final class StorefrontToken {

    /** The kinds of token, each created at its own endpoint. */
    public enum Kind {
        /** For browsers: CORS by {@code allowed_cors_origins}, anonymous shopping. */
        STOREFRONT,
        /** For servers: stateless, refused from browsers, with scopes. */
        PRIVATE,
        /** For servers impersonating a customer ({@code X-Bc-Customer-Id}). */
        CUSTOMER_IMPERSONATION
    }

    private final Kind kind;
    private final String value;
    private final List<Long> channelIds;
    private final Instant expiresAt;

    /**
     * Wraps a token.
     *
     * @param kind the kind
     * @param value the token itself
     * @param channelIds the channels it was created for
     * @param expiresAt when it expires
     */
    public StorefrontToken(Kind kind, String value, List<Long> channelIds, Instant expiresAt) {
        this.kind = Objects.requireNonNull(kind, "'kind' cannot be null.");
        this.value = Objects.requireNonNull(value, "'value' cannot be null.");
        this.channelIds = List.copyOf(Objects.requireNonNull(channelIds, "'channelIds' cannot be null."));
        this.expiresAt = Objects.requireNonNull(expiresAt, "'expiresAt' cannot be null.");
    }

    /**
     * The kind.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The token itself, for the one place it must go. Never log it.
     *
     * @return the token
     */
    public String reveal() {
        return value;
    }

    /**
     * The channels the token was created for.
     *
     * @return the channel ids (read-only)
     */
    public List<Long> channelIds() {
        return channelIds;
    }

    /**
     * When the token expires.
     *
     * @return the expiry
     */
    public Instant expiresAt() {
        return expiresAt;
    }

    @Override
    public String toString() {
        return "StorefrontToken[" + kind + ", channels " + channelIds + ", expires " + expiresAt + ", hidden]";
    }
}
