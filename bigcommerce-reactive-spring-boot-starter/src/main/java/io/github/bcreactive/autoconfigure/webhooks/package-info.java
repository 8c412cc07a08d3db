/**
 * The webhook endpoint of a WebFlux application: {@link io.github.bcreactive.autoconfigure.webhooks.WebhookHandler}
 * beans receive only verified, de-duplicated events, after the endpoint has answered BigCommerce.
 */
package io.github.bcreactive.autoconfigure.webhooks;
