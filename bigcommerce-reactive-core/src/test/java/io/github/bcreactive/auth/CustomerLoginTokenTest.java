package io.github.bcreactive.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CustomerLoginTokenTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final BigCommerceApp app = BigCommerceApp.builder()
            .clientId(TestTokens.CLIENT_ID)
            .clientSecret(TestTokens.SECRET)
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .build();

    @Test
    void tokenIsHs256SignedWithTheClientSecretAndCarriesTheRequiredClaims() {
        String jwt = app.customerLoginToken("abc123", CustomerLogin.of(42));
        String[] parts = jwt.split("\\.");

        assertThat(TestTokens.decodePart(parts[0])).containsEntry("alg", "HS256");
        byte[] expected = TestTokens.hmac("HmacSHA256", TestTokens.SECRET, parts[0] + "." + parts[1]);
        assertThat(Base64.getUrlDecoder().decode(parts[2])).isEqualTo(expected);

        Map<String, Object> claims = TestTokens.decodePart(parts[1]);
        assertThat(claims).containsOnlyKeys("iss", "iat", "jti", "operation", "store_hash", "customer_id");
        assertThat(claims)
                .containsEntry("iss", TestTokens.CLIENT_ID)
                .containsEntry("iat", (int) NOW.getEpochSecond())
                .containsEntry("operation", "customer_login")
                .containsEntry("store_hash", "abc123")
                .containsEntry("customer_id", 42);
        assertThat(UUID.fromString((String) claims.get("jti"))).isNotNull();
    }

    @Test
    void optionalClaimsAppearWhenAsked() {
        CustomerLogin login = CustomerLogin.of(42)
                .withRedirectTo("/cart.php")
                .withRequestIp("203.0.113.7")
                .withChannelId(1664810);

        Map<String, Object> claims = TestTokens.decodePart(app.customerLoginToken("abc123", login).split("\\.")[1]);

        assertThat(claims)
                .containsEntry("redirect_to", "/cart.php")
                .containsEntry("request_ip", "203.0.113.7")
                .containsEntry("channel_id", 1664810);
    }

    @Test
    void everyTokenHasItsOwnJti() {
        String first = app.customerLoginToken("abc123", CustomerLogin.of(42));
        String second = app.customerLoginToken("abc123", CustomerLogin.of(42));

        assertThat(TestTokens.decodePart(first.split("\\.")[1]).get("jti"))
                .isNotEqualTo(TestTokens.decodePart(second.split("\\.")[1]).get("jti"));
    }

    @Test
    void badInputsAreNamed() {
        assertThatThrownBy(() -> CustomerLogin.of(0)).hasMessageContaining("'customerId'");
        assertThatThrownBy(() -> CustomerLogin.of(1).withRedirectTo("https://evil.example.com"))
                .hasMessageContaining("'redirectTo'");
        assertThatThrownBy(() -> CustomerLogin.of(1).withRedirectTo("//evil.example.com"))
                .hasMessageContaining("'redirectTo'");
        assertThatThrownBy(() -> CustomerLogin.of(1).withChannelId(0)).hasMessageContaining("'channelId'");
        assertThatThrownBy(() -> app.customerLoginToken("abc/../123", CustomerLogin.of(1)))
                .hasMessageContaining("'storeHash'");
    }
}
