package io.github.bcreactive.webhooks;

import java.util.Objects;

import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Mono;

/**
 * Receives webhook callbacks: verifies each ({@link WebhookVerifier}) and drops the ones already received
 * ({@link WebhookDeduplicator}), so that what comes out is trusted and new.
 *
 * <pre>{@code
 * WebhookReceiver receiver = new WebhookReceiver(WebhookVerifier.of(clientSecret),
 *         WebhookDeduplicator.inMemory(WebhookDeduplicator.DEFAULT_TTL, WebhookDeduplicator.DEFAULT_CAPACITY));
 * receiver.receive(headers, body)
 *         .flatMap(this::handle)                                     // empty for a duplicate
 *         .onErrorResume(WebhookVerificationException.class, e -> refuse(e.reason()));
 * }</pre>
 */
public final class WebhookReceiver {

    private final WebhookVerifier verifier;
    private final WebhookDeduplicator deduplicator;

    /**
     * Creates a receiver.
     *
     * @param verifier checks the signature and the timestamp
     * @param deduplicator remembers the events received
     */
    public WebhookReceiver(WebhookVerifier verifier, WebhookDeduplicator deduplicator) {
        this.verifier = Objects.requireNonNull(verifier, "'verifier' cannot be null.");
        this.deduplicator = Objects.requireNonNull(deduplicator, "'deduplicator' cannot be null.");
    }

    /**
     * Verifies a callback and records it as seen.
     *
     * @param headers the request headers
     * @param body the body exactly as received
     * @return the event when it is verified and new; empty for a redelivery; a
     *     {@link WebhookVerificationException} when it must not be trusted
     */
    public Mono<WebhookEvent> receive(HttpHeaders headers, byte[] body) {
        return Mono.fromCallable(() -> verifier.verify(headers, body))
                .filterWhen(event -> deduplicator.markSeen(event.deduplicationKey()));
    }

    /**
     * Forgets an event, so that BigCommerce's redelivery of it is accepted: for an event received but not taken
     * in (a full queue, a shutdown).
     *
     * @param event the event
     * @return completes when forgotten
     */
    public Mono<Void> forget(WebhookEvent event) {
        return deduplicator.forget(event.deduplicationKey());
    }
}
