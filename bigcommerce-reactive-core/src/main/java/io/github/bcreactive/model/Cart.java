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
 * A cart (v3 {@code /carts}).
 *
 * @param id the cart id (a UUID)
 * @param customerId the customer id, 0 for a guest
 * @param channelId the channel
 * @param email the email
 * @param currency the currency
 * @param taxIncluded whether prices include tax
 * @param baseAmount the amount before discounts
 * @param discountAmount the discount
 * @param cartAmount the amount due
 * @param coupons the coupons
 * @param discounts the discounts
 * @param lineItems the line items
 * @param createdTime when it was created
 * @param updatedTime when it was last updated
 * @param locale the locale
 * @param extra every other field, kept as sent and written back
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Cart(
        String id,
        @JsonProperty("customer_id") Long customerId,
        @JsonProperty("channel_id") Long channelId,
        String email,
        JsonNode currency,
        @JsonProperty("tax_included") Boolean taxIncluded,
        @JsonProperty("base_amount") BigDecimal baseAmount,
        @JsonProperty("discount_amount") BigDecimal discountAmount,
        @JsonProperty("cart_amount") BigDecimal cartAmount,
        JsonNode coupons,
        JsonNode discounts,
        @JsonProperty("line_items") JsonNode lineItems,
        @JsonProperty("created_time") @V3Date OffsetDateTime createdTime,
        @JsonProperty("updated_time") @V3Date OffsetDateTime updatedTime,
        String locale,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the model, making its collections read-only.
     */
    public Cart {
        extra = Extras.copy(extra);
    }
}
