package io.github.bcreactive.storefront;

import java.util.Map;
import java.util.Objects;

import io.github.bcreactive.error.DecodeException;
import io.github.bcreactive.api.ApiVersion;
import io.github.bcreactive.http.Transport;
import io.github.bcreactive.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Creates and revokes Storefront API tokens ({@code /v3/storefront/api-token*}). Each kind has its endpoint; one
 * endpoint revokes any token, given in its {@code Sf-Api-Token} header. A create is a POST and is not retried once it
 * may have reached the server (a retry could mint a second token).
 *
 * <pre>{@code
 * Instant in30Days = Instant.now().plus(Duration.ofDays(30));
 * client.storefrontTokens().createStorefrontToken(
 *                 TokenOptions.forChannels(in30Days, 1).withAllowedCorsOrigins("https://www.example.com"))
 *         .flatMap(token -> publish(token).then(client.storefrontTokens().revoke(token)));
 * }</pre>
 */
public final class StorefrontTokens {

    /** The endpoint of each kind, relative to {@code /v3}. */
    private static final Map<StorefrontToken.Kind, String> PATHS = Map.of(
            StorefrontToken.Kind.STOREFRONT, "/storefront/api-token",
            StorefrontToken.Kind.PRIVATE, "/storefront/api-token-private",
            StorefrontToken.Kind.CUSTOMER_IMPERSONATION, "/storefront/api-token-customer-impersonation");

    /** The header that names the token to revoke. */
    static final String TOKEN_HEADER = "Sf-Api-Token";

    private final Transport transport;

    /**
     * Creates the family over a store's transport; package-private, so {@code BigCommerceClient.storefrontTokens()}
     * is the way to get one.
     *
     * @param transport the store's request pipeline
     */
    StorefrontTokens(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "'transport' cannot be null.");
    }

    /**
     * Creates a storefront token, for browsers (CORS by the options' allowed origins).
     *
     * @param options channels, expiry, and up to 2 allowed origins
     * @return the token
     */
    public Mono<StorefrontToken> createStorefrontToken(TokenOptions options) {
        return create(StorefrontToken.Kind.STOREFRONT, options);
    }

    /**
     * Creates a private token, for server-to-server calls.
     *
     * @param options channels, expiry and at least one scope
     * @return the token
     */
    public Mono<StorefrontToken> createPrivateToken(TokenOptions options) {
        return create(StorefrontToken.Kind.PRIVATE, options);
    }

    /**
     * Creates a customer impersonation token, for servers acting as a customer.
     *
     * @param options channels and expiry
     * @return the token
     */
    public Mono<StorefrontToken> createCustomerImpersonationToken(TokenOptions options) {
        return create(StorefrontToken.Kind.CUSTOMER_IMPERSONATION, options);
    }

    /**
     * Revokes a token of any kind.
     *
     * @param token the token
     * @return completes when revoked
     */
    public Mono<Void> revoke(StorefrontToken token) {
        Objects.requireNonNull(token, "'token' cannot be null.");
        return Mono.defer(() -> {
            HttpHeaders headers = new HttpHeaders();
            headers.set(TOKEN_HEADER, token.reveal());
            return transport.afterWarmUp(transport.send(HttpMethod.DELETE, ApiVersion.V3,
                    PATHS.get(StorefrontToken.Kind.STOREFRONT), Query.empty(), null, headers));
        }).then();
    }

    private Mono<StorefrontToken> create(StorefrontToken.Kind kind, TokenOptions options) {
        Objects.requireNonNull(options, "'options' cannot be null.");
        Map<String, Object> body = options.body(kind);
        return transport.afterWarmUp(Mono.defer(() -> transport.send(HttpMethod.POST, ApiVersion.V3, PATHS.get(kind),
                Query.empty(), body)))
                .map(raw -> {
                    JsonNode response = transport.decode(raw, transport.mapper().constructType(JsonNode.class));
                    JsonNode token = response == null ? null : response.path("data").path("token");
                    if (token == null || !token.isString() || token.asString().isEmpty()) {
                        // the body is left out: it would be the secret if the shape were only slightly off
                        throw new DecodeException("The " + kind + " token response has no data.token",
                                PATHS.get(kind), "", null);
                    }
                    return new StorefrontToken(kind, token.asString(), options.channelIds(), options.expiresAt());
                });
    }

    @Override
    public String toString() {
        return "StorefrontTokens[" + transport.endpoint() + "]";
    }
}
