package io.github.bcreactive.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Payloads from the event reference decode to their family's record, keeping fields they do not name. */
class WebhookEventTest {


    @Test
    void productUpdatesCarryPropertiesAndContext() {
        WebhookData data = parse("store/product/updated", "{\"type\":\"product\",\"id\":205,"
                + "\"properties\":[\"warranty\",\"is_featured\"],\"context\":{\"channel_id\":2,\"locale\":\"fr\"}}");

        assertThat(data).isEqualTo(new WebhookData.Product("product", 205L, List.of("warranty", "is_featured"),
                new WebhookData.Context(2L, "fr"), null, java.util.Map.of()));
    }

    @Test
    void productInventoryAndOrderStatusAreTyped() {
        WebhookData.Product inventory = (WebhookData.Product) parse("store/product/inventory/updated",
                "{\"type\":\"product\",\"id\":167,\"inventory\":{\"product_id\":167,\"method\":\"absolute\","
                        + "\"value\":100}}");
        assertThat(inventory.inventory()).isEqualTo(new WebhookData.Inventory(167L, "absolute", 100L));

        WebhookData.Order order = (WebhookData.Order) parse("store/order/statusUpdated",
                "{\"type\":\"order\",\"id\":250,\"status\":{\"previous_status_id\":0,\"new_status_id\":11}}");
        assertThat(order.status()).isEqualTo(new WebhookData.StatusChange(0L, 11L));
    }

    @Test
    void unnamedFieldsAreKept() {
        WebhookData.Customer address = (WebhookData.Customer) parse("store/customer/address/created",
                "{\"type\":\"customer\",\"id\":60,\"address\":{\"customer_id\":32}}");

        assertThat(address.id()).isEqualTo(60L);
        assertThat(address.extra().get("address").path("customer_id").asLong()).isEqualTo(32L);
    }

    @Test
    void cartsMetafieldsStoreAndOtherScopes() {
        assertThat(parse("store/cart/converted", "{\"type\":\"cart\",\"id\":\"d300\",\"orderId\":252}"))
                .isEqualTo(new WebhookData.Cart("cart", "d300", null, 252L, java.util.Map.of()));
        assertThat(parse("store/product/metafield/created",
                "{\"metafield_id\":12,\"resource_id\":\"118\",\"resource_type\":\"product\"}"))
                .isEqualTo(new WebhookData.Metafield(12L, "118", "product", java.util.Map.of()));
        assertThat(parse("store/information/updated", "{\"type\":\"store\"}"))
                .isEqualTo(new WebhookData.Store("store", java.util.Map.of()));
        assertThat(parse("store/brand/created", "{\"type\":\"brand\",\"id\":3}"))
                .isInstanceOfSatisfying(WebhookData.Other.class,
                        other -> assertThat(other.json().path("id").asInt()).isEqualTo(3));
    }

    @Test
    void theDeduplicationKeyTellsRedeliveriesFromLaterEventsOfTheSameObject() {
        WebhookEvent first = event("msg_1", 1_000);
        WebhookEvent redelivered = event("msg_2", 1_000);
        WebhookEvent later = event("msg_3", 2_000);

        assertThat(redelivered.deduplicationKey()).isEqualTo(first.deduplicationKey());
        assertThat(later.deduplicationKey()).isNotEqualTo(first.deduplicationKey());
    }

    private static WebhookEvent event(String id, long createdAt) {
        String body = Signing.payload("store/product/updated", "{\"type\":\"product\",\"id\":1}", "abc", createdAt);
        return WebhookEvent.parse(id, Instant.EPOCH, body.getBytes(StandardCharsets.UTF_8));
    }

    private static WebhookData parse(String scope, String data) {
        String body = Signing.payload(scope, data, "h", 1);
        return WebhookEvent.parse("msg", Instant.EPOCH, body.getBytes(StandardCharsets.UTF_8)).data();
    }
}
