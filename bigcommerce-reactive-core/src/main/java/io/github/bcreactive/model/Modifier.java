package io.github.bcreactive.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/**
 * A product modifier (v3 {@code /catalog/products/{product_id}/modifiers}).
 *
 * @param id the modifier id
 * @param productId the product id
 * @param name the unique name
 * @param displayName the name shoppers see
 * @param type e.g. {@code text}, {@code checkbox}
 * @param required whether shoppers must fill it
 * @param sortOrder the sort order
 * @param config the type's configuration
 * @param optionValues the values
 * @param extra every other field, kept as sent and written back
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Modifier(
        Long id,
        @JsonProperty("product_id") Long productId,
        String name,
        @JsonProperty("display_name") String displayName,
        String type,
        Boolean required,
        @JsonProperty("sort_order") Integer sortOrder,
        JsonNode config,
        @JsonProperty("option_values") JsonNode optionValues,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the model, making its collections read-only.
     */
    public Modifier {
        extra = Extras.copy(extra);
    }
}
