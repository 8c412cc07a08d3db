package io.github.bcreactive.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.bcreactive.auth.InvalidPayloadException.Reason;

class SignedPayloadJwtTest {

    // the claims of the callbacks docs' example: iat 1659031626, nbf 5 s earlier, exp 24 h later
    private static final long IAT = 1659031626L;
    private static final long NBF = 1659031621L;
    private static final long EXP = 1659118026L;
    private static final Duration SKEW = Duration.ofSeconds(10);

    private static Map<String, Object> claims() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("aud", TestTokens.CLIENT_ID);
        claims.put("iss", "bc");
        claims.put("iat", IAT);
        claims.put("nbf", NBF);
        claims.put("exp", EXP);
        claims.put("jti", "c5f0bcf5-a504-4ae6-8dcc-0e40eaa5a070");
        claims.put("sub", "stores/z4zn3wo");
        claims.put("user", Map.of("id", 9876543, "email", "authorized_user@example.com", "locale", "en-US"));
        claims.put("owner", Map.of("id", 7654321, "email", "owner@example.com"));
        claims.put("url", "/products/12");
        claims.put("channel_id", null);
        return claims;
    }

    private static BigCommerceApp appAt(long epochSecond) {
        return BigCommerceApp.builder()
                .clientId(TestTokens.CLIENT_ID)
                .clientSecret(TestTokens.SECRET)
                .clock(Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC))
                .clockSkew(SKEW)
                .build();
    }

    private static final BigCommerceApp APP = appAt(IAT + 60);

    private static String signed(Map<String, Object> claims) {
        return TestTokens.jwt("HS256", claims, TestTokens.SECRET);
    }

    private static void assertRejected(String jwt, Reason reason) {
        assertRejected(APP, jwt, reason);
    }

    private static void assertRejected(BigCommerceApp app, String jwt, Reason reason) {
        assertThatThrownBy(() -> app.verifySignedPayloadJwt(jwt))
                .isInstanceOfSatisfying(InvalidPayloadException.class, e -> {
                    assertThat(e.reason()).as("reason (cause: %s)", e.getCause()).isEqualTo(reason);
                    assertThat(e.getMessage()).doesNotContain(TestTokens.SECRET).doesNotContain(jwt);
                });
    }

    @Test
    void validTokenWithARealLengthSecretGivesTypedClaims() {
        SignedPayloadClaims claims = APP.verifySignedPayloadJwt(signed(claims()));

        assertThat(claims.storeHash()).isEqualTo("z4zn3wo");
        assertThat(claims.user()).isEqualTo(new AppUser(9876543, "authorized_user@example.com", Optional.empty(), Optional.of("en-US")));
        assertThat(claims.owner()).isEqualTo(new AppUser(7654321, "owner@example.com", Optional.empty(), Optional.empty()));
        assertThat(claims.url()).isEqualTo("/products/12");
        assertThat(claims.channelId()).isEmpty();
        assertThat(claims.issuedAt()).isEqualTo(Instant.ofEpochSecond(IAT));
        assertThat(claims.expiresAt()).isEqualTo(Instant.ofEpochSecond(EXP));
        assertThat(claims.jwtId()).isEqualTo("c5f0bcf5-a504-4ae6-8dcc-0e40eaa5a070");
    }

    @Test
    void hs512TokenIsAcceptedAndCarriesTheChannel() {
        Map<String, Object> claims = claims();
        claims.put("channel_id", 1664810);

        SignedPayloadClaims verified = APP.verifySignedPayloadJwt(TestTokens.jwt("HS512", claims, TestTokens.SECRET));

        assertThat(verified.channelId()).hasValue(1664810);
    }

    @ParameterizedTest
    @ValueSource(strings = {"exp", "iat", "nbf"})
    void aDateClaimGivenAsAStringIsRejected(String claim) {
        Map<String, Object> claims = claims();
        claims.put(claim, String.valueOf(claims.get(claim)));

        assertRejected(signed(claims), Reason.BAD_CLAIM);
    }

    @Test
    void aPayloadThatIsNotUtf8IsRejected() {
        String json = new String(Base64.getUrlDecoder().decode(signed(claims()).split("\\.")[1]),
                StandardCharsets.UTF_8);
        // a Latin-1 'é' (0xE9) where UTF-8 needs two bytes: a well-signed payload that is not UTF-8
        byte[] payload = json.replace("authorized_user", "authorized\u00e9user").getBytes(StandardCharsets.ISO_8859_1);

        assertRejected(TestTokens.jwtWithPayload("HS256", payload, TestTokens.SECRET), Reason.MALFORMED);
    }

    @Test
    void tokenSignedWithAnotherSecretIsRejected() {
        assertRejected(TestTokens.jwt("HS256", claims(), "a6t18jv7evll0s8m77jx0qitc8q0ecr"), Reason.BAD_SIGNATURE);
    }

    @Test
    void tokenForAnotherAppIsRejected() {
        Map<String, Object> claims = claims();
        claims.put("aud", "someotherappclientid0000000000");

        assertRejected(signed(claims), Reason.WRONG_AUDIENCE);
    }

    @Test
    void tokenNotIssuedByBigCommerceIsRejected() {
        Map<String, Object> claims = claims();
        claims.put("iss", "bc/apps");

        assertRejected(signed(claims), Reason.WRONG_ISSUER);
    }

    @Test
    void expiredTokenIsRejectedOnlyBeyondTheClockSkew() {
        String jwt = signed(claims());

        assertThat(appAt(EXP + SKEW.toSeconds() - 1).verifySignedPayloadJwt(jwt).storeHash()).isEqualTo("z4zn3wo");
        assertRejected(appAt(EXP + SKEW.toSeconds() + 1), jwt, Reason.EXPIRED);
    }

    @Test
    void tokenNotYetValidIsRejectedOnlyBeyondTheClockSkew() {
        String jwt = signed(claims());

        assertThat(appAt(NBF - SKEW.toSeconds() + 1).verifySignedPayloadJwt(jwt).storeHash()).isEqualTo("z4zn3wo");
        assertRejected(appAt(NBF - SKEW.toSeconds() - 1), jwt, Reason.NOT_YET_VALID);
    }

    @Test
    void unsignedAlgNoneTokenIsRejected() {
        String jwt = TestTokens.part("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "."
                + TestTokens.part("{\"aud\":\"" + TestTokens.CLIENT_ID + "\",\"iss\":\"bc\",\"sub\":\"stores/x\","
                        + "\"exp\":" + EXP + ",\"iat\":" + IAT + "}") + ".";

        assertRejected(jwt, Reason.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void tokenSwitchedToAnAlgorithmThatIsNotAllowedIsRejected() {
        // HS384 with the right secret: a valid MAC, but not an algorithm BigCommerce uses for this token
        assertRejected(TestTokens.jwt("HS384", claims(), TestTokens.SECRET), Reason.UNSUPPORTED_ALGORITHM);
        // RS256 in the header over an HMAC made with the secret: the classic key-confusion forgery
        assertRejected(TestTokens.jwt("RS256", claims(), TestTokens.SECRET), Reason.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void tamperedClaimsAreRejected() {
        String[] parts = signed(claims()).split("\\.");
        Map<String, Object> claims = claims();
        claims.put("user", Map.of("id", 1, "email", "attacker@example.com"));
        String tampered = parts[0] + "." + TestTokens.part(toJson(claims)) + "." + parts[2];

        assertRejected(tampered, Reason.BAD_SIGNATURE);
    }

    @Test
    void truncatedTokenIsRejected() {
        String jwt = signed(claims());

        assertRejected(jwt.substring(0, jwt.length() - 5), Reason.BAD_SIGNATURE);
        assertRejected(jwt.substring(0, jwt.lastIndexOf('.')), Reason.MALFORMED);
    }

    @Test
    void tokenWithoutAStoreSubjectIsRejected() {
        Map<String, Object> claims = claims();
        claims.put("sub", "z4zn3wo");

        assertRejected(signed(claims), Reason.BAD_CLAIM);
    }

    @Test
    void tokenWithoutExpiryIsRejected() {
        Map<String, Object> claims = claims();
        claims.remove("exp");

        assertRejected(signed(claims), Reason.BAD_CLAIM);
    }

    @Test
    void duplicatedClaimIsMalformedRatherThanLastOneWins() {
        String json = toJson(claims());
        String withSecondAudience = json.substring(0, json.length() - 1) + ",\"aud\":\"someone-else\"}";
        String signingInput = TestTokens.part("{\"alg\":\"HS256\"}") + "." + TestTokens.part(withSecondAudience);
        String jwt = signingInput + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(TestTokens.hmac("HmacSHA256", TestTokens.SECRET, signingInput));

        assertRejected(jwt, Reason.MALFORMED);
    }

    private static String toJson(Map<String, Object> claims) {
        return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(claims);
    }
}
