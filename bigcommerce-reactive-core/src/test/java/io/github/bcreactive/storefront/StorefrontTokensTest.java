package io.github.bcreactive.storefront;

import static io.github.bcreactive.support.MockApi.STORE;
import static io.github.bcreactive.support.MockApi.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.error.DecodeException;
import io.github.bcreactive.error.UnprocessableEntityException;
import io.github.bcreactive.support.MockApi;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

/** The exact requests of each token kind and of a revoke; the token never shows. */
class StorefrontTokensTest {

    private static final Instant EXPIRES = Instant.ofEpochSecond(1_885_635_176L);
    private static final String SECRET_TOKEN = "eyJhbGciOiJFUzI1NiJ9.c2VjcmV0.c2ln";

    @RegisterExtension
    final MockApi api = MockApi.perTest();
    private BigCommerceClient client;

    @BeforeEach
    void connect() {
        client = api.client();
    }

    @Test
    void aStorefrontTokenForOneChannelWithItsOrigins() {
        api.enqueue(200, "{\"data\":{\"token\":\"" + SECRET_TOKEN + "\"},\"meta\":{}}");

        StepVerifier.create(client.storefrontTokens().createStorefrontToken(
                        TokenOptions.forChannels(EXPIRES, 1).withAllowedCorsOrigins("https://www.example.com")))
                .assertNext(token -> {
                    assertThat(token.kind()).isEqualTo(StorefrontToken.Kind.STOREFRONT);
                    assertThat(token.reveal()).isEqualTo(SECRET_TOKEN);
                    assertThat(token.channelIds()).containsExactly(1L);
                    assertThat(token.expiresAt()).isEqualTo(EXPIRES);
                    assertThat(token.toString()).doesNotContain(SECRET_TOKEN).contains("hidden");
                })
                .verifyComplete();

        RecordedRequest request = api.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/stores/" + STORE + "/v3/storefront/api-token");
        assertThat(request.getBody().utf8()).isEqualTo("{\"channel_id\":1,\"expires_at\":1885635176,"
                + "\"allowed_cors_origins\":[\"https://www.example.com\"]}");
    }

    @Test
    void aPrivateTokenForSeveralChannelsWithItsScopes() {
        api.enqueue(200, "{\"data\":{\"token\":\"p\"},\"meta\":{}}");

        StepVerifier.create(client.storefrontTokens().createPrivateToken(TokenOptions.forChannels(EXPIRES, 1, 12)
                        .withScopes(TokenOptions.Scope.CUSTOMER, TokenOptions.Scope.UNAUTHENTICATED)))
                .expectNextMatches(token -> token.kind() == StorefrontToken.Kind.PRIVATE)
                .verifyComplete();

        RecordedRequest request = api.takeRequest();
        assertThat(request.getTarget()).isEqualTo("/stores/" + STORE + "/v3/storefront/api-token-private");
        assertThat(request.getBody().utf8()).isEqualTo("{\"channel_ids\":[1,12],\"expires_at\":1885635176,"
                + "\"scopes\":[\"Unauthenticated\",\"Customer\"]}");
    }

    @Test
    void aCustomerImpersonationToken() {
        api.enqueue(200, "{\"data\":{\"token\":\"c\"},\"meta\":{}}");

        StepVerifier.create(client.storefrontTokens().createCustomerImpersonationToken(
                        TokenOptions.forChannels(EXPIRES, 2)))
                .expectNextCount(1)
                .verifyComplete();

        RecordedRequest request = api.takeRequest();
        assertThat(request.getTarget())
                .isEqualTo("/stores/" + STORE + "/v3/storefront/api-token-customer-impersonation");
        assertThat(request.getBody().utf8()).isEqualTo("{\"channel_id\":2,\"expires_at\":1885635176}");
    }

    @Test
    void revokingSendsTheTokenInItsHeaderBesideTheStoreCredentials() {
        api.enqueue(200, null);
        StorefrontToken token = new StorefrontToken(StorefrontToken.Kind.PRIVATE, SECRET_TOKEN, List.of(1L), EXPIRES);

        StepVerifier.create(client.storefrontTokens().revoke(token)).verifyComplete();

        RecordedRequest request = api.takeRequest();
        assertThat(request.getMethod()).isEqualTo("DELETE");
        assertThat(request.getTarget()).isEqualTo("/stores/" + STORE + "/v3/storefront/api-token");
        assertThat(request.getHeaders().get("Sf-Api-Token")).isEqualTo(SECRET_TOKEN);
        assertThat(request.getHeaders().get("X-Auth-Token")).isEqualTo(TOKEN);
    }

    @Test
    void optionsAKindDoesNotTakeAreRefusedBeforeSending() {
        TokenOptions plain = TokenOptions.forChannels(EXPIRES, 1);

        assertThatThrownBy(() -> client.storefrontTokens().createPrivateToken(plain))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scope");
        assertThatThrownBy(() -> client.storefrontTokens().createPrivateToken(plain
                .withScopes(TokenOptions.Scope.B2B).withAllowedCorsOrigins("https://a.example")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("allowedCorsOrigins");
        assertThatThrownBy(() -> client.storefrontTokens().createCustomerImpersonationToken(plain
                .withScopes(TokenOptions.Scope.CUSTOMER)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scopes");
        assertThatThrownBy(() -> plain.withAllowedCorsOrigins("https://a", "https://b", "https://c"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TokenOptions.forChannels(EXPIRES))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("channel");
        assertThat(api.server().getRequestCount()).isZero();
    }

    @Test
    void aResponseWithoutATokenOrAnErrorNeverShowsTheBody() {
        api.enqueue(200, "{\"data\":{\"tok\":\"" + SECRET_TOKEN + "\"}}");
        api.enqueue(422, "{\"status\":422,\"title\":\"JSON data is missing or invalid\"}");
        StorefrontTokens tokens = client.storefrontTokens();

        StepVerifier.create(tokens.createStorefrontToken(TokenOptions.forChannels(EXPIRES, 1)))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(DecodeException.class)
                        .hasMessageNotContaining(SECRET_TOKEN))
                .verify();
        StepVerifier.create(tokens.revoke(new StorefrontToken(StorefrontToken.Kind.STOREFRONT, SECRET_TOKEN,
                        List.of(1L), EXPIRES)))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(UnprocessableEntityException.class)
                        .hasMessageNotContaining(SECRET_TOKEN))
                .verify();
    }
}
