package io.github.bcreactive.model;

import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/**
 * An order shipment (v2 {@code /orders/{order_id}/shipments}).
 *
 * @param id the shipment id
 * @param orderId the order id
 * @param customerId the customer id
 * @param orderAddressId the shipping address id
 * @param dateCreated when it was created
 * @param trackingNumber the tracking number
 * @param shippingMethod the shipping method
 * @param shippingProvider the shipping provider
 * @param trackingCarrier the carrier
 * @param trackingLink the tracking link
 * @param comments the comments
 * @param billingAddress the billing address
 * @param shippingAddress the shipping address
 * @param items the shipped items
 * @param extra every other field, kept as sent and written back
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Shipment(
        Long id,
        @JsonProperty("order_id") Long orderId,
        @JsonProperty("customer_id") Long customerId,
        @JsonProperty("order_address_id") Long orderAddressId,
        @JsonProperty("date_created") @V2Date OffsetDateTime dateCreated,
        @JsonProperty("tracking_number") String trackingNumber,
        @JsonProperty("shipping_method") String shippingMethod,
        @JsonProperty("shipping_provider") String shippingProvider,
        @JsonProperty("tracking_carrier") String trackingCarrier,
        @JsonProperty("tracking_link") String trackingLink,
        String comments,
        @JsonProperty("billing_address") JsonNode billingAddress,
        @JsonProperty("shipping_address") JsonNode shippingAddress,
        JsonNode items,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the model, making its collections read-only.
     */
    public Shipment {
        extra = Extras.copy(extra);
    }
}
