package io.github.bcreactive.autoconfigure.webhooks;

import io.github.bcreactive.webhooks.WebhookEvent;
import reactor.core.publisher.Mono;

/**
 * Handles the webhook events BigCommerce sends the application. Declare one as a bean and the starter maps
 * {@code POST bigcommerce.webhooks.path} (default {@value BigCommerceWebhookProperties#DEFAULT_PATH}) to an endpoint
 * that verifies each callback's signature with {@code bigcommerce.client-secret}, drops redeliveries, answers 200 at
 * once and then calls the handler, at most {@code bigcommerce.webhooks.concurrency} at a time.
 *
 * <pre>{@code
 * @Bean
 * WebhookHandler reindexProducts(BigCommerceClient client, SearchIndex index) {
 *     return event -> event.data() instanceof WebhookData.Product product
 *             ? client.catalog().products().get(product.id()).flatMap(index::put)
 *             : Mono.empty();
 * }
 * }</pre>
 *
 * <p>The handler runs after BigCommerce was told the event was received, so a failure is logged, not retried: make
 * it idempotent and keep its own retries. It must not block; move blocking work to {@code boundedElastic}.
 */
@FunctionalInterface
public interface WebhookHandler {

    /**
     * Handles one verified, new event.
     *
     * @param event the event
     * @return completes when handled
     */
    Mono<Void> handle(WebhookEvent event);
}
