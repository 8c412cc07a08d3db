package io.github.bcreactive.model;

import java.math.BigDecimal;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/**
 * A product variant (v3 {@code /catalog/products/{product_id}/variants}).
 *
 * @param id the variant id
 * @param productId the product id
 * @param sku the SKU
 * @param skuId the legacy SKU id
 * @param price the price, or {@code null} for the product's
 * @param calculatedPrice the price shown to shoppers
 * @param salePrice the sale price
 * @param retailPrice the retail price
 * @param costPrice the cost price
 * @param weight the weight
 * @param width the width
 * @param height the height
 * @param depth the depth
 * @param isFreeShipping whether it ships free
 * @param fixedCostShippingPrice the fixed shipping price
 * @param purchasingDisabled whether it cannot be bought
 * @param upc the UPC
 * @param inventoryLevel the stock level
 * @param inventoryWarningLevel the low-stock warning level
 * @param binPickingNumber the bin picking number
 * @param imageUrl the image URL
 * @param optionValues the option values that make this variant
 * @param extra every other field, kept as sent and written back
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Variant(
        Long id,
        @JsonProperty("product_id") Long productId,
        String sku,
        @JsonProperty("sku_id") Long skuId,
        BigDecimal price,
        @JsonProperty("calculated_price") BigDecimal calculatedPrice,
        @JsonProperty("sale_price") BigDecimal salePrice,
        @JsonProperty("retail_price") BigDecimal retailPrice,
        @JsonProperty("cost_price") BigDecimal costPrice,
        BigDecimal weight,
        BigDecimal width,
        BigDecimal height,
        BigDecimal depth,
        @JsonProperty("is_free_shipping") Boolean isFreeShipping,
        @JsonProperty("fixed_cost_shipping_price") BigDecimal fixedCostShippingPrice,
        @JsonProperty("purchasing_disabled") Boolean purchasingDisabled,
        String upc,
        @JsonProperty("inventory_level") Integer inventoryLevel,
        @JsonProperty("inventory_warning_level") Integer inventoryWarningLevel,
        @JsonProperty("bin_picking_number") String binPickingNumber,
        @JsonProperty("image_url") String imageUrl,
        @JsonProperty("option_values") JsonNode optionValues,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the model, making its collections read-only.
     */
    public Variant {
        extra = Extras.copy(extra);
    }
}
