package io.github.bcreactive.webhooks;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/**
 * The {@code data} of a webhook payload, typed by the family of its scope (the event reference in
 * {@code docs/webhooks/}). Every record keeps the fields it does not name in {@code extra}, so a field BigCommerce
 * adds is not lost. Test for the family:
 *
 * <pre>{@code
 * if (event.data() instanceof WebhookData.Product product) {
 *     refreshProduct(product.id());
 * } else if (event.data() instanceof WebhookData.Order order) {
 *     refreshOrder(order.id());
 * }
 * }</pre>
 */
public sealed interface WebhookData {

    /**
     * The family a scope belongs to.
     *
     * @param scope the payload's scope, e.g. {@code store/product/updated}
     * @return the record type its {@code data} decodes to
     */
    static Class<? extends WebhookData> familyOf(String scope) {
        if (scope.contains("/metafield/")) {
            return Metafield.class;
        }
        if (scope.startsWith("store/product/")) {
            return Product.class;
        }
        if (scope.startsWith("store/order/")) {
            return Order.class;
        }
        if (scope.startsWith("store/customer/")) {
            return Customer.class;
        }
        if (scope.startsWith("store/cart/")) {
            return Cart.class;
        }
        if (scope.startsWith("store/information/") || scope.startsWith("store/app/")) {
            return Store.class;
        }
        return Other.class;
    }

    private static Map<String, JsonNode> copy(Map<String, JsonNode> extra) {
        return extra == null || extra.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    /**
     * {@code store/product/*} (created, updated, deleted, inventory).
     *
     * @param type always {@code product}
     * @param id the product id
     * @param properties the fields an override update changed, for channel-locale updates; else {@code null}
     * @param context the channel and locale of an override update; else {@code null}
     * @param inventory the inventory change of the inventory scopes; else {@code null}
     * @param extra every other field
     */
    record Product(String type, Long id, List<String> properties, Context context, Inventory inventory,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements WebhookData {

        /** Makes the collections read-only. */
        public Product {
            properties = properties == null ? null : List.copyOf(properties);
            extra = copy(extra);
        }
    }

    /**
     * A channel and locale, for events on channel-locale overrides.
     *
     * @param channelId the channel
     * @param locale the locale, e.g. {@code fr}
     */
    record Context(@JsonProperty("channel_id") Long channelId, String locale) {
    }

    /**
     * An inventory change.
     *
     * @param productId the product
     * @param method {@code absolute} (API or control panel) or {@code relative} (an order)
     * @param value the level set, or the change
     */
    record Inventory(@JsonProperty("product_id") Long productId, String method, Long value) {
    }

    /**
     * {@code store/order/*} (created, updated, archived, statusUpdated, message, refund, transaction).
     *
     * @param type {@code order} ({@code transaction} for the transaction scopes)
     * @param id the order id; {@code null} for the transaction scopes, which carry {@code order_id} in {@code extra}
     * @param status the status change of {@code store/order/statusUpdated}; else {@code null}
     * @param extra every other field ({@code message}, {@code refund}, transaction details)
     */
    record Order(String type, Long id, StatusChange status,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements WebhookData {

        /** Makes the collections read-only. */
        public Order {
            extra = copy(extra);
        }
    }

    /**
     * An order's status change.
     *
     * @param previousStatusId the status before
     * @param newStatusId the status after
     */
    record StatusChange(@JsonProperty("previous_status_id") Long previousStatusId,
            @JsonProperty("new_status_id") Long newStatusId) {
    }

    /**
     * {@code store/customer/*} (created, updated, deleted, address, payment instrument).
     *
     * @param type always {@code customer}
     * @param id the customer id (the address id for the address scopes, whose customer is in {@code extra})
     * @param extra every other field
     */
    record Customer(String type, Long id, @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra)
            implements WebhookData {

        /** Makes the collections read-only. */
        public Customer {
            extra = copy(extra);
        }
    }

    /**
     * {@code store/cart/*} (created, updated, deleted, abandoned, couponApplied, converted, line items).
     *
     * @param type {@code cart} or {@code cart_line_item}
     * @param id the cart id (a UUID) or line item id
     * @param couponId the coupon of {@code store/cart/couponApplied}; else {@code null}
     * @param orderId the order of {@code store/cart/converted}; else {@code null}
     * @param extra every other field
     */
    record Cart(String type, String id, Long couponId, Long orderId,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements WebhookData {

        /** Makes the collections read-only. */
        public Cart {
            extra = copy(extra);
        }
    }

    /**
     * Every {@code .../metafield/*} scope, on any resource.
     *
     * @param metafieldId the metafield
     * @param resourceId the resource it belongs to (a product id, a cart UUID, ...), as text
     * @param resourceType the resource's kind, when the payload names it ({@code product}, {@code location}, ...)
     * @param extra every other field
     */
    record Metafield(@JsonProperty("metafield_id") Long metafieldId, @JsonProperty("resource_id") String resourceId,
            @JsonProperty("resource_type") String resourceType,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements WebhookData {

        /** Makes the collections read-only. */
        public Metafield {
            extra = copy(extra);
        }
    }

    /**
     * {@code store/information/updated} and {@code store/app/uninstalled}.
     *
     * @param type {@code store}, when sent
     * @param extra every other field
     */
    record Store(String type, @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) implements WebhookData {

        /** Makes the collections read-only. */
        public Store {
            extra = copy(extra);
        }
    }

    /**
     * Any other scope (brands, categories, channels, shipments, SKUs, ...): the {@code data} object as sent.
     *
     * @param json the {@code data} node
     */
    record Other(JsonNode json) implements WebhookData {
    }
}
