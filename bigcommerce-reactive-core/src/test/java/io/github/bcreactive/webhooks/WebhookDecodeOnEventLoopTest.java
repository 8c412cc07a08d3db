package io.github.bcreactive.webhooks;

import static io.github.bcreactive.webhooks.Signing.SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

import io.github.bcreactive.support.JacksonCacheLock;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.ObjectReader;

/**
 * Callbacks arrive on event-loop threads (the starter's endpoint, the simulator's receivers), where BlockHound fails
 * any wait. Decoding a payload must not build a deserializer there: Jackson builds every one under its cache's lock.
 * With that lock held by another thread, a callback of every data family is verified at once on non-blocking
 * threads, and each decodes from the readers built when the verifier was made.
 */
class WebhookDecodeOnEventLoopTest {

    private static final long NOW = 1_700_000_000L;
    private static final List<String> SCOPES = List.of("store/product/updated", "store/order/created",
            "store/customer/updated", "store/cart/created", "store/information/updated",
            "store/product/metafield/created", "store/channel/created");

    @Test
    void callbacksOfEveryFamilyDecodeOnNonBlockingThreadsWhileJacksonsCacheIsBusy() throws Exception {
        WebhookVerifier verifier = WebhookVerifier.of(SECRET)
                .withClock(Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));
        // the payload readers' cache
        ReentrantLock cacheLock = JacksonCacheLock.of((ObjectReader) JacksonCacheLock.read(null, WebhookEvent.class,
                "TREE"));

        cacheLock.lock();
        List<WebhookEvent> events;
        try {
            List<Mono<WebhookEvent>> calls = new ArrayList<>();
            for (int i = 0; i < SCOPES.size(); i++) {
                String id = "msg_" + i;
                String body = Signing.payload(SCOPES.get(i), "{\"type\":\"x\",\"id\":" + (100 + i) + "}",
                        "hash" + i, NOW);
                calls.add(Mono.fromCallable(() -> verifier.verify(Signing.signed(id, NOW, body),
                        body.getBytes(StandardCharsets.UTF_8))).subscribeOn(Schedulers.parallel()));
            }
            var done = Flux.mergeSequential(calls).collectList().toFuture();
            while (!done.isDone() && !cacheLock.hasQueuedThreads()) {
                LockSupport.parkNanos(1_000_000); // the test thread may wait; it only lets the others run
            }
            // a thread parked on the lock would be a callback building a deserializer: BlockHound fails it
            assertThat(cacheLock.hasQueuedThreads()).as("a callback waits on Jackson's cache lock").isFalse();
            events = done.get(30, TimeUnit.SECONDS);
        } finally {
            cacheLock.unlock();
        }

        assertThat(events).extracting(WebhookEvent::scope).containsExactlyElementsOf(SCOPES);
        assertThat(events.get(0).data()).isInstanceOf(WebhookData.Product.class);
        assertThat(events.get(5).data()).isInstanceOf(WebhookData.Metafield.class);
        assertThat(events.get(6).data()).isInstanceOf(WebhookData.Other.class);
    }
}
