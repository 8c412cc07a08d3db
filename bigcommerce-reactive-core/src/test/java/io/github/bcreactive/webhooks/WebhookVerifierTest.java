package io.github.bcreactive.webhooks;

import static io.github.bcreactive.webhooks.Signing.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import io.github.bcreactive.webhooks.WebhookVerificationException.Reason;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** The Standard Webhooks signature as BigCommerce uses it: client secret as key, timestamp window, v1 list. */
class WebhookVerifierTest {

    private static final long NOW = 1_700_000_000L;
    private static final String BODY = Signing.payload("store/order/created", "{\"type\":\"order\",\"id\":250}",
            "dd70c0976e06b67aaf671e73f49dcb79230ebf9d", 1_699_999_990L);

    private final WebhookVerifier verifier = WebhookVerifier.of(SECRET)
            .withClock(Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));

    @Test
    void aCallbackSignedWithTheClientSecretIsVerifiedAndDecoded() {
        WebhookEvent event = verifier.verify(Signing.signed("msg_1", NOW, BODY), bytes(BODY));

        assertThat(event.messageId()).isEqualTo("msg_1");
        assertThat(event.signedAt()).isEqualTo(Instant.ofEpochSecond(NOW));
        assertThat(event.scope()).isEqualTo("store/order/created");
        assertThat(event.storeId()).isEqualTo("1025646");
        assertThat(event.storeHash()).isEqualTo("abc123");
        assertThat(event.hash()).isEqualTo("dd70c0976e06b67aaf671e73f49dcb79230ebf9d");
        assertThat(event.createdAt()).contains(Instant.ofEpochSecond(1_699_999_990L));
        assertThat(event.data()).isEqualTo(new WebhookData.Order("order", 250L, null, java.util.Map.of()));
    }

    @Test
    void anyOfSeveralSpaceSeparatedSignaturesMayMatchAndOtherVersionsAreIgnored() {
        String good = Signing.signature(SECRET, "msg_2", NOW, BODY);
        String other = Signing.signature("another-app-secret-0123456789ab", "msg_2", NOW, BODY);
        HttpHeaders headers = Signing.headers("msg_2", NOW, "v1a,AAAA " + other + " v1,not*base64 " + good);

        assertThat(verifier.verify(headers, bytes(BODY)).messageId()).isEqualTo("msg_2");
    }

    @Test
    void aSignatureByAnotherSecretIsRefused() {
        String forged = Signing.signature("another-app-secret-0123456789ab", "msg_3", NOW, BODY);

        assertRefused(Signing.headers("msg_3", NOW, forged), BODY, Reason.BAD_SIGNATURE);
    }

    @Test
    void anAlteredBodyIdOrTimestampBreaksTheSignature() {
        HttpHeaders headers = Signing.signed("msg_4", NOW, BODY);

        assertRefused(headers, BODY.replace("250", "251"), Reason.BAD_SIGNATURE);
        assertRefused(Signing.headers("msg_5", NOW, headers.getFirst("webhook-signature")), BODY,
                Reason.BAD_SIGNATURE);
        assertRefused(Signing.headers("msg_4", NOW - 1, headers.getFirst("webhook-signature")), BODY,
                Reason.BAD_SIGNATURE);
    }

    @Test
    void aCorrectlySignedCallbackOlderThanTheToleranceIsRefusedAsAReplay() {
        long old = NOW - 301;

        assertRefused(Signing.signed("msg_6", old, BODY), BODY, Reason.TIMESTAMP_TOO_OLD);
        assertThat(verifier.verify(Signing.signed("msg_6", NOW - 300, BODY), bytes(BODY))).isNotNull();
        assertThat(verifier.withTolerance(Duration.ofMinutes(10)).verify(Signing.signed("msg_6", old, BODY),
                bytes(BODY))).isNotNull();
    }

    @Test
    void aTimestampTooFarAheadIsRefused() {
        assertRefused(Signing.signed("msg_7", NOW + 301, BODY), BODY, Reason.TIMESTAMP_TOO_NEW);
    }

    @Test
    void missingOrMalformedHeadersAreTyped() {
        HttpHeaders noSignature = Signing.signed("msg_8", NOW, BODY);
        noSignature.remove("webhook-signature");
        assertRefused(noSignature, BODY, Reason.MISSING_HEADER);

        HttpHeaders badTimestamp = Signing.signed("msg_8", NOW, BODY);
        badTimestamp.set("webhook-timestamp", "yesterday");
        assertRefused(badTimestamp, BODY, Reason.MALFORMED);

        HttpHeaders longId = Signing.signed("m".repeat(300), NOW, BODY);
        assertRefused(longId, BODY, Reason.MALFORMED);
    }

    @Test
    void aSignedBodyThatIsNotAPayloadIsMalformed() {
        assertRefused(Signing.signed("msg_9", NOW, "[1,2]"), "[1,2]", Reason.MALFORMED);
        assertRefused(Signing.signed("msg_9", NOW, "{\"scope\":\"store/order/created\"}"),
                "{\"scope\":\"store/order/created\"}", Reason.MALFORMED);
    }

    @Test
    void theSecretNeverShowsAndAShortOneIsRefused() {
        assertThat(verifier.toString()).doesNotContain(SECRET);
        assertThatThrownBy(() -> WebhookVerifier.of("short-secret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("short-secret");
        assertThatThrownBy(() -> verifier.verify(Signing.headers("msg_10", NOW, "v1,AAAA"), bytes(BODY)))
                .hasMessageNotContaining(SECRET)
                .hasMessageNotContaining("AAAA");
    }

    private void assertRefused(HttpHeaders headers, String body, Reason reason) {
        assertThatThrownBy(() -> verifier.verify(headers, bytes(body)))
                .isInstanceOfSatisfying(WebhookVerificationException.class,
                        e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
