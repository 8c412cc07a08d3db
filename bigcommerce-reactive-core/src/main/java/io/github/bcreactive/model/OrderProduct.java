package io.github.bcreactive.model;

import java.math.BigDecimal;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/**
 * An order line (v2 {@code /orders/{order_id}/products}).
 *
 * @param id the line id
 * @param orderId the order id
 * @param productId the product id
 * @param variantId the variant id
 * @param orderAddressId the shipping address it ships to
 * @param name the product name
 * @param sku the SKU
 * @param type {@code physical} or {@code digital}
 * @param basePrice the unit price
 * @param priceExTax the unit price without tax
 * @param priceIncTax the unit price with tax
 * @param totalExTax the line total without tax
 * @param totalIncTax the line total with tax
 * @param quantity the quantity
 * @param quantityShipped the quantity shipped
 * @param productOptions the chosen options
 * @param extra every other field, kept as sent and written back
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderProduct(
        Long id,
        @JsonProperty("order_id") Long orderId,
        @JsonProperty("product_id") Long productId,
        @JsonProperty("variant_id") Long variantId,
        @JsonProperty("order_address_id") Long orderAddressId,
        String name,
        String sku,
        String type,
        @JsonProperty("base_price") BigDecimal basePrice,
        @JsonProperty("price_ex_tax") BigDecimal priceExTax,
        @JsonProperty("price_inc_tax") BigDecimal priceIncTax,
        @JsonProperty("total_ex_tax") BigDecimal totalExTax,
        @JsonProperty("total_inc_tax") BigDecimal totalIncTax,
        Integer quantity,
        @JsonProperty("quantity_shipped") Integer quantityShipped,
        @JsonProperty("product_options") JsonNode productOptions,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the model, making its collections read-only.
     */
    public OrderProduct {
        extra = Extras.copy(extra);
    }
}
