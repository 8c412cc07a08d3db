package io.github.bcreactive.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bcreactive.webhooks.WebhookVerificationException.Reason;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** Verified events come out once; redeliveries within the time to live are dropped; the store stays bounded. */
class WebhookReceiverTest {

    private static final long NOW = 1_700_000_000L;

    private final MovableClock clock = new MovableClock(NOW * 1000);
    private final WebhookReceiver receiver = new WebhookReceiver(
            WebhookVerifier.of(Signing.SECRET).withClock(clock),
            WebhookDeduplicator.inMemory(Duration.ofHours(1), 100, clock));

    @Test
    void aRedeliveryOfTheSameEventIsDroppedEvenUnderANewMessageId() {
        String body = Signing.payload("store/product/created", "{\"type\":\"product\",\"id\":5}", "h5", NOW);

        StepVerifier.create(receiver.receive(Signing.signed("msg_1", NOW, body), bytes(body)))
                .assertNext(event -> assertThat(event.messageId()).isEqualTo("msg_1"))
                .verifyComplete();
        StepVerifier.create(receiver.receive(Signing.signed("msg_1", NOW, body), bytes(body))).verifyComplete();
        StepVerifier.create(receiver.receive(Signing.signed("msg_2", NOW, body), bytes(body))).verifyComplete();
    }

    @Test
    void aForgedCallbackFailsBeforeItIsRecorded() {
        String body = Signing.payload("store/product/created", "{\"type\":\"product\",\"id\":6}", "h6", NOW);

        StepVerifier.create(receiver.receive(Signing.headers("msg_3", NOW, "v1,AAAA"), bytes(body)))
                .expectErrorSatisfies(e -> assertThat(((WebhookVerificationException) e).reason())
                        .isEqualTo(Reason.BAD_SIGNATURE))
                .verify();
        StepVerifier.create(receiver.receive(Signing.signed("msg_3", NOW, body), bytes(body)))
                .expectNextCount(1)
                .verifyComplete();
    }

    @Test
    void aForgottenEventIsAcceptedAgain() {
        String body = Signing.payload("store/order/created", "{\"type\":\"order\",\"id\":7}", "h7", NOW);
        WebhookEvent event = receiver.receive(Signing.signed("msg_4", NOW, body), bytes(body)).blockOptional()
                .orElseThrow();

        StepVerifier.create(receiver.forget(event)).verifyComplete();
        StepVerifier.create(receiver.receive(Signing.signed("msg_4", NOW, body), bytes(body)))
                .expectNextCount(1)
                .verifyComplete();
    }

    @Test
    void keysExpireAfterTheirTimeToLive() {
        InMemoryWebhookDeduplicator seen = new InMemoryWebhookDeduplicator(Duration.ofMinutes(10), 100, clock);

        assertThat(seen.markSeen("a").block()).isTrue();
        clock.advance(Duration.ofMinutes(9));
        assertThat(seen.markSeen("a").block()).isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(seen.markSeen("a").block()).isTrue();
    }

    @Test
    void theStoreIsBoundedAndDropsTheOldestKeyFirst() {
        InMemoryWebhookDeduplicator seen = new InMemoryWebhookDeduplicator(Duration.ofHours(1), 3, clock);
        for (String key : new String[] {"a", "b", "c", "d"}) {
            assertThat(seen.markSeen(key).block()).isTrue();
        }

        assertThat(seen.size()).isEqualTo(3);
        assertThat(seen.markSeen("d").block()).isFalse();
        assertThat(seen.markSeen("a").block()).isTrue();
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }

    /** A clock the test moves. */
    private static final class MovableClock extends Clock {

        private final AtomicLong millis;

        MovableClock(long millis) {
            this.millis = new AtomicLong(millis);
        }

        void advance(Duration by) {
            millis.addAndGet(by.toMillis());
        }

        @Override
        public long millis() {
            return millis.get();
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis.get());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
