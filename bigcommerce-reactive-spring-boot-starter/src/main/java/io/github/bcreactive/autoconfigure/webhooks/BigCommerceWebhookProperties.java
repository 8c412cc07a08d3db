package io.github.bcreactive.autoconfigure.webhooks;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The {@code bigcommerce.webhooks.*} properties of the webhook endpoint. The key is {@code bigcommerce.client-secret}.
 *
 * <pre>{@code
 * bigcommerce.client-secret=${BIGCOMMERCE_CLIENT_SECRET}
 * bigcommerce.webhooks.path=/hooks/bigcommerce
 * bigcommerce.webhooks.concurrency=4
 * }</pre>
 *
 * @param enabled Whether the endpoint is mapped when a WebhookHandler bean exists.
 * @param path The path BigCommerce posts to (the destination of your /v3/hooks subscriptions).
 * @param tolerance How far a callback's webhook-timestamp may be from this machine's clock; older ones are refused
 *     as replays.
 * @param duplicateTtl How long a received event is remembered to drop its redeliveries (BigCommerce retries for 48
 *     hours).
 * @param duplicateCapacity The most events remembered in memory; the oldest are forgotten first. Unused when the
 *     application defines its own WebhookDeduplicator bean (e.g. RedisWebhookDeduplicator).
 * @param concurrency How many events the handlers work on at once.
 * @param queueCapacity How many accepted events may wait for a handler; past it the endpoint answers 503 and
 *     BigCommerce delivers the event again later.
 * @param maxBodySize The largest callback body accepted; BigCommerce's payloads are a few hundred bytes.
 */
@ConfigurationProperties(BigCommerceWebhookProperties.PREFIX)
public record BigCommerceWebhookProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue(DEFAULT_PATH) String path,
        @DefaultValue("5m") Duration tolerance,
        @DefaultValue("49h") Duration duplicateTtl,
        @DefaultValue("100000") int duplicateCapacity,
        @DefaultValue("8") int concurrency,
        @DefaultValue("1000") int queueCapacity,
        @DefaultValue("64KB") DataSize maxBodySize) {

    /** The property prefix. */
    public static final String PREFIX = "bigcommerce.webhooks";

    /** The default path of the endpoint. */
    public static final String DEFAULT_PATH = "/bigcommerce/webhooks";
}
