package io.github.bcreactive.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.github.bcreactive.auth.InvalidPayloadException.Reason;

class LegacySignedPayloadTest {

    // bigcommerce-api-python, tests/test_connection.py, test_verify_payload: a payload and its secret
    private static final String PYTHON_VECTOR = "eyJ1c2VyIjp7ImlkIjo3MiwiZW1haWwiOiJqYWNraWUuaHV5bmh"
            + "AYmlnY29tbWVyY2UuY29tIn0sInN0b3JlX2hhc2giOiJsY3R2aD"
            + "V3bSIsInRpbWVzdGFtcCI6MTM4OTA1MDMyNy42NTc5NjI2fQ==."
            + "ZTViYzAzNTM2MGFjM2M2YTVkZjFmNzFlYTk4NTY1ODZiMzkxODZmZDExZTdjZGFmOGEzN2E3YTEzNGQ0MmExYw==";
    // the same test's fake: both parts altered
    private static final String PYTHON_FAKE = "notevenreal7ImlkIjo3MiwiZW1haWwiOiJqYWNraWUuaHV5bmh"
            + "AYmlnY29tbWVyY2UuY29tIn0sInN0b3JlX2hhc2giOiJsY3R2aD"
            + "V3bSIsInRpbWVzdGFtcCI6MTM4OTA1MDMyNy42NTc5NjI2fQ==."
            + "quitefakeTM2MGFjM2M2YTVkZjFmNzFlYTk4NTY1ODZiMzkxODZmZDExZTdjZGFmOGEzN2E3YTEzNGQ0MmExYw==";

    private final BigCommerceApp app = BigCommerceApp.builder()
            .clientId(TestTokens.CLIENT_ID)
            .clientSecret(TestTokens.SECRET)
            .build();

    @Test
    void realPayloadFromThePythonClientsTestsVerifies() {
        LegacySignedPayload payload = app.verifySignedPayload(PYTHON_VECTOR);

        assertThat(payload.storeHash()).isEqualTo("lctvh5wm");
        assertThat(payload.user()).isEqualTo(new AppUser(72, "jackie.huynh@bigcommerce.com", Optional.empty(), Optional.empty()));
        assertThat(payload.owner()).isEmpty();
    }

    @Test
    void forgedPayloadIsRejected() {
        assertThatThrownBy(() -> app.verifySignedPayload(PYTHON_FAKE))
                .isInstanceOfSatisfying(InvalidPayloadException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.BAD_SIGNATURE));
    }

    @Test
    void payloadWhoseJsonWasSwappedUnderTheOriginalSignatureIsRejected() {
        String json = "{\"user\":{\"id\":1,\"email\":\"attacker@example.com\"},\"store_hash\":\"lctvh5wm\"}";
        String signature = PYTHON_VECTOR.substring(PYTHON_VECTOR.indexOf('.') + 1);
        String forged = Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8)) + "." + signature;

        assertThatThrownBy(() -> app.verifySignedPayload(forged))
                .isInstanceOfSatisfying(InvalidPayloadException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.BAD_SIGNATURE));
    }

    @Test
    void payloadSignedWithTheSecretCarriesTheOwner() {
        String json = "{\"user\":{\"id\":5,\"email\":\"u@example.com\"},"
                + "\"owner\":{\"id\":6,\"email\":\"o@example.com\"},\"store_hash\":\"abc123\"}";
        String hex = HexFormat.of().formatHex(TestTokens.hmac("HmacSHA256", TestTokens.SECRET, json));
        String signed = Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8)) + "."
                + Base64.getEncoder().encodeToString(hex.getBytes(StandardCharsets.US_ASCII));

        assertThat(app.verifySignedPayload(signed).owner())
                .contains(new AppUser(6, "o@example.com", Optional.empty(), Optional.empty()));
    }

    @Test
    void payloadWithoutTwoPartsIsMalformed() {
        assertThatThrownBy(() -> app.verifySignedPayload(PYTHON_VECTOR.substring(0, PYTHON_VECTOR.indexOf('.'))))
                .isInstanceOfSatisfying(InvalidPayloadException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED));
    }
}
