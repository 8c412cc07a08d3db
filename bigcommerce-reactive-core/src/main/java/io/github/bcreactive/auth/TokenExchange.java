package io.github.bcreactive.auth;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.api.ApiResponse;
import io.github.bcreactive.error.DecodeException;
import io.github.bcreactive.query.Query;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;

/**
 * The OAuth code exchange: {@code POST {loginUrl}/oauth2/token} with a JSON body of the client id and secret, the
 * callback's code, context and scope, {@code grant_type} "authorization_code" and the redirect URI. It goes through
 * the core transport of a login-service client, so failures arrive as the core's error tree
 * ({@code ClientRequestException} for a used or wrong code, {@code TransportException},
 * {@code ClientTimeoutException}) and the POST is retried only when the connection could not be made (a code is
 * single-use).
 */
final class TokenExchange {

    private static final String STORES = "stores/";

    private final String clientId;
    private final ClientSecret secret;
    private final BigCommerceClient login;
    private final String tokenUrl;

    TokenExchange(String clientId, ClientSecret secret, BigCommerceClient login) {
        this.clientId = clientId;
        this.secret = secret;
        this.login = login;
        this.tokenUrl = login.loginUrl() + "/oauth2/token";
    }

    Mono<OAuthToken> exchange(String code, String context, String scope, String redirectUri) {
        requireText(code, "code");
        requireText(scope, "scope");
        requireText(redirectUri, "redirectUri");
        storeHash(context);
        Map<String, String> body = new LinkedHashMap<>();
        body.put("client_id", clientId);
        body.put("client_secret", secret.reveal());
        body.put("code", code);
        body.put("context", context);
        body.put("scope", scope);
        body.put("grant_type", "authorization_code");
        body.put("redirect_uri", redirectUri);
        return login.v2().afterWarmUp(login.v2().exchange(HttpMethod.POST, tokenUrl, Query.empty(), body,
                byte[].class), login.v2().mapper().constructType(Map.class))
                .map(this::token);
    }

    /** Reads the answer; a failure names the missing field but never shows the body, which holds the token. */
    private OAuthToken token(ApiResponse<byte[]> raw) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, ?> answer = login.v2().mapper().readValue(raw.body(), Map.class);
            PayloadFields fields = PayloadFields.of(answer);
            return new OAuthToken(
                    fields.text("access_token"),
                    fields.text("scope"),
                    fields.object("user").user(),
                    fields.object("owner").user(),
                    storeHash(fields.text("context")),
                    fields.text("account_uuid"));
        } catch (JacksonException | InvalidPayloadException | IllegalArgumentException e) {
            String why = e instanceof InvalidPayloadException ? e.getMessage() : "not a JSON object";
            throw new DecodeException("The token exchange answered " + raw.status() + " with an unexpected body: "
                    + why, tokenUrl, "", e);
        }
    }

    /** The hash out of {@code stores/{hash}}. */
    static String storeHash(String context) {
        Objects.requireNonNull(context, "'context' cannot be null.");
        if (!context.startsWith(STORES)) {
            throw new IllegalArgumentException("'context' must be stores/{store_hash}, was '" + context + "'.");
        }
        return CustomerLoginTokens.checkStoreHash(context.substring(STORES.length()));
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, "'" + name + "' cannot be null.");
        if (value.isBlank()) {
            throw new IllegalArgumentException("'" + name + "' cannot be blank.");
        }
    }
}
