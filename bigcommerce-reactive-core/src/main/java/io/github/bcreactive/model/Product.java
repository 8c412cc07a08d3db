package io.github.bcreactive.model;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/**
 * A catalog product (v3 {@code /catalog/products}). Embedded sub-resources are present when asked for with {@code include}.
 *
 * @param id the product id
 * @param name the name
 * @param type {@code physical} or {@code digital}
 * @param sku the SKU
 * @param description the description (HTML)
 * @param weight the weight
 * @param width the width
 * @param depth the depth
 * @param height the height
 * @param price the price
 * @param costPrice the cost price
 * @param retailPrice the retail price
 * @param salePrice the sale price
 * @param mapPrice the minimum advertised price
 * @param calculatedPrice the price shown to shoppers
 * @param taxClassId the tax class
 * @param categories the category ids
 * @param brandId the brand id
 * @param inventoryLevel the stock level
 * @param inventoryWarningLevel the low-stock warning level
 * @param inventoryTracking {@code none}, {@code product} or {@code variant}
 * @param isVisible whether shoppers see it
 * @param isFeatured whether it is featured
 * @param availability {@code available}, {@code disabled} or {@code preorder}
 * @param condition {@code New}, {@code Used} or {@code Refurbished}
 * @param sortOrder the sort order
 * @param searchKeywords the search keywords
 * @param customUrl the custom URL
 * @param dateCreated when it was created
 * @param dateModified when it was last modified
 * @param variants the variants, with {@code include=variants}
 * @param images the images, with {@code include=images}
 * @param customFields the custom fields, with {@code include=custom_fields}
 * @param options the variant options, with {@code include=options}
 * @param modifiers the modifiers, with {@code include=modifiers}
 * @param extra every other field, kept as sent and written back
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Product(
        Long id,
        String name,
        String type,
        String sku,
        String description,
        BigDecimal weight,
        BigDecimal width,
        BigDecimal depth,
        BigDecimal height,
        BigDecimal price,
        @JsonProperty("cost_price") BigDecimal costPrice,
        @JsonProperty("retail_price") BigDecimal retailPrice,
        @JsonProperty("sale_price") BigDecimal salePrice,
        @JsonProperty("map_price") BigDecimal mapPrice,
        @JsonProperty("calculated_price") BigDecimal calculatedPrice,
        @JsonProperty("tax_class_id") Long taxClassId,
        List<Long> categories,
        @JsonProperty("brand_id") Long brandId,
        @JsonProperty("inventory_level") Integer inventoryLevel,
        @JsonProperty("inventory_warning_level") Integer inventoryWarningLevel,
        @JsonProperty("inventory_tracking") String inventoryTracking,
        @JsonProperty("is_visible") Boolean isVisible,
        @JsonProperty("is_featured") Boolean isFeatured,
        String availability,
        String condition,
        @JsonProperty("sort_order") Integer sortOrder,
        @JsonProperty("search_keywords") String searchKeywords,
        @JsonProperty("custom_url") JsonNode customUrl,
        @JsonProperty("date_created") @V3Date OffsetDateTime dateCreated,
        @JsonProperty("date_modified") @V3Date OffsetDateTime dateModified,
        List<Variant> variants,
        List<ProductImage> images,
        @JsonProperty("custom_fields") List<CustomField> customFields,
        List<ProductOption> options,
        List<Modifier> modifiers,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the model, making its collections read-only.
     */
    public Product {
        categories = Extras.list(categories);
        variants = Extras.list(variants);
        images = Extras.list(images);
        customFields = Extras.list(customFields);
        options = Extras.list(options);
        modifiers = Extras.list(modifiers);
        extra = Extras.copy(extra);
    }
}
