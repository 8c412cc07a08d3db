package io.github.bcreactive.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.error.UnprocessableEntityException;
import io.github.bcreactive.storefront.StorefrontToken;
import io.github.bcreactive.storefront.StorefrontTokens;
import io.github.bcreactive.storefront.TokenOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** Creating and revoking every kind of Storefront API token, end to end on the simulator. */
class StorefrontTokensSimulatorTest {

    private static final Instant EXPIRES = Instant.parse("2030-01-01T00:00:00Z");

    private static BigCommerceSimulator sim;
    private static BigCommerceClient client;

    @BeforeAll
    static void start() {
        sim = BigCommerceSimulator.builder().stores(2).quota(10_000, Duration.ofSeconds(30)).build().start();
        client = sim.clientBuilder().build();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void eachKindIsCreatedThenRevokedOnce() {
        StorefrontTokens tokens = client.storefrontTokens();
        for (StorefrontToken token : new StorefrontToken[] {
                tokens.createStorefrontToken(TokenOptions.forChannels(EXPIRES, 1)
                        .withAllowedCorsOrigins("https://www.example.com", "https://shop.example.com")).block(),
                tokens.createPrivateToken(TokenOptions.forChannels(EXPIRES, 1, 2)
                        .withScopes(TokenOptions.Scope.UNAUTHENTICATED, TokenOptions.Scope.CUSTOMER)).block(),
                tokens.createCustomerImpersonationToken(TokenOptions.forChannels(EXPIRES, 1)).block()}) {
            assertThat(token.reveal()).isNotBlank();
            assertThat(token.toString()).doesNotContain(token.reveal());

            StepVerifier.create(tokens.revoke(token)).verifyComplete();
            StepVerifier.create(tokens.revoke(token))
                    .expectErrorSatisfies(error -> assertThat(error)
                            .isInstanceOf(UnprocessableEntityException.class)
                            .hasMessageNotContaining(token.reveal()))
                    .verify();
        }
    }

    @Test
    void aTokenOfAnotherStoreCannotBeRevokedHere() {
        StorefrontToken token = client.storefrontTokens()
                .createCustomerImpersonationToken(TokenOptions.forChannels(EXPIRES, 1)).block();
        BigCommerceClient other = sim.clientBuilder(sim.storeHashes().get(1)).build();

        StepVerifier.create(other.storefrontTokens().revoke(token))
                .expectError(UnprocessableEntityException.class)
                .verify();
        StepVerifier.create(client.storefrontTokens().revoke(token)).verifyComplete();
    }

    @Test
    void theSimulatorRefusesBodiesTheSpecRefuses() {
        for (Map<String, Object> body : new Map[] {
                Map.of("expires_at", 1),                                          // no channel
                Map.of("channel_id", 1, "channel_ids", new int[] {1}, "expires_at", 1),  // both
                Map.of("channel_id", 1),                                          // no expiry
                Map.of("channel_id", 1, "expires_at", 1, "allowed_cors_origins", new String[] {"a", "b", "c"})}) {
            StepVerifier.create(client.v3().post("/storefront/api-token", body))
                    .expectError(UnprocessableEntityException.class)
                    .verify();
        }
        StepVerifier.create(client.v3().post("/storefront/api-token-private", Map.of("channel_id", 1,
                        "expires_at", 1, "scopes", new String[] {"Everything"})))
                .expectError(UnprocessableEntityException.class)
                .verify();
    }
}
