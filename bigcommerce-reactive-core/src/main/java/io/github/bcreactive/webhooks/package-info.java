/**
 * Webhook callbacks received safely: {@link io.github.bcreactive.webhooks.WebhookVerifier} checks the Standard
 * Webhooks signature BigCommerce puts on each callback (keyed by the app's client secret, with a timestamp window
 * against replays), {@link io.github.bcreactive.webhooks.WebhookEvent} is the typed payload, and
 * {@link io.github.bcreactive.webhooks.WebhookReceiver} adds the de-duplication by a pluggable
 * {@link io.github.bcreactive.webhooks.WebhookDeduplicator}. Nothing here does I/O except the deduplicator a caller
 * plugs in.
 */
package io.github.bcreactive.webhooks;
