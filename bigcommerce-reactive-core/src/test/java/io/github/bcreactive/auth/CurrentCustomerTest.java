package io.github.bcreactive.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.bcreactive.auth.InvalidPayloadException.Reason;

class CurrentCustomerTest {

    // the Current Customer docs' example payload: valid for 15 minutes from iat
    private static final long IAT = 1480831863L;
    private static final long EXP = 1480832763L;

    private final BigCommerceApp app = BigCommerceApp.builder()
            .clientId(TestTokens.CLIENT_ID)
            .clientSecret(TestTokens.SECRET)
            .clock(Clock.fixed(Instant.ofEpochSecond(IAT + 30), ZoneOffset.UTC))
            .build();

    private static Map<String, Object> claims() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("customer", Map.of("id", 4927, "email", "john.doe@gmail.com", "group_id", "6"));
        claims.put("iss", "bc/apps");
        claims.put("sub", "abc123");
        claims.put("iat", IAT);
        claims.put("exp", EXP);
        claims.put("version", 1);
        claims.put("aud", TestTokens.CLIENT_ID);
        claims.put("application_id", "6sv16tasdgr2b5hs5dd67g2srvq");
        claims.put("store_hash", "abc123");
        claims.put("operation", "current_customer");
        return claims;
    }

    @Test
    void hs512TokenIdentifiesTheShopper() {
        CurrentCustomerClaims customer = app.verifyCurrentCustomer(TestTokens.jwt("HS512", claims(), TestTokens.SECRET));

        assertThat(customer.storeHash()).isEqualTo("abc123");
        assertThat(customer.customerId()).isEqualTo(4927);
        assertThat(customer.email()).isEqualTo("john.doe@gmail.com");
        assertThat(customer.groupId()).contains("6");
        assertThat(customer.expiresAt()).isEqualTo(Instant.ofEpochSecond(EXP));
    }

    @Test
    void hs256TokenIsNotACurrentCustomerToken() {
        assertRejected(TestTokens.jwt("HS256", claims(), TestTokens.SECRET), Reason.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void appCallbackTokenIsNotACurrentCustomerToken() {
        Map<String, Object> claims = claims();
        claims.put("iss", "bc");

        assertRejected(TestTokens.jwt("HS512", claims, TestTokens.SECRET), Reason.WRONG_ISSUER);
    }

    @Test
    void tokenForAnotherAppIsRejected() {
        Map<String, Object> claims = claims();
        claims.put("aud", "6sv16tfx3j5gsopm42ss5dd67g2srvq");

        assertRejected(TestTokens.jwt("HS512", claims, TestTokens.SECRET), Reason.WRONG_AUDIENCE);
    }

    private void assertRejected(String jwt, Reason reason) {
        assertThatThrownBy(() -> app.verifyCurrentCustomer(jwt))
                .isInstanceOfSatisfying(InvalidPayloadException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
