package io.github.bcreactive.model;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/**
 * A checkout (v3 {@code /checkouts/{checkout_id}}).
 *
 * @param id the checkout id (the cart id)
 * @param cart the cart
 * @param billingAddress the billing address
 * @param consignments the consignments
 * @param coupons the coupons
 * @param orderId the order id, once placed
 * @param shippingCostTotalIncTax the shipping cost with tax
 * @param shippingCostTotalExTax the shipping cost without tax
 * @param subtotalIncTax the subtotal with tax
 * @param subtotalExTax the subtotal without tax
 * @param taxTotal the tax
 * @param grandTotal the total
 * @param customerMessage the shopper's message
 * @param createdTime when it was created
 * @param updatedTime when it was last updated
 * @param extra every other field, kept as sent and written back
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Checkout(
        String id,
        JsonNode cart,
        @JsonProperty("billing_address") JsonNode billingAddress,
        JsonNode consignments,
        JsonNode coupons,
        @JsonProperty("order_id") String orderId,
        @JsonProperty("shipping_cost_total_inc_tax") BigDecimal shippingCostTotalIncTax,
        @JsonProperty("shipping_cost_total_ex_tax") BigDecimal shippingCostTotalExTax,
        @JsonProperty("subtotal_inc_tax") BigDecimal subtotalIncTax,
        @JsonProperty("subtotal_ex_tax") BigDecimal subtotalExTax,
        @JsonProperty("tax_total") BigDecimal taxTotal,
        @JsonProperty("grand_total") BigDecimal grandTotal,
        @JsonProperty("customer_message") String customerMessage,
        @JsonProperty("created_time") @V3Date OffsetDateTime createdTime,
        @JsonProperty("updated_time") @V3Date OffsetDateTime updatedTime,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the model, making its collections read-only.
     */
    public Checkout {
        extra = Extras.copy(extra);
    }
}
