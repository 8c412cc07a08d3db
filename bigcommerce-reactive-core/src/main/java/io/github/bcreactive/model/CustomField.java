package io.github.bcreactive.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.JsonNode;

/**
 * A product custom field (v3 {@code /catalog/products/{product_id}/custom-fields}).
 *
 * @param id the custom field id
 * @param name the name
 * @param value the value
 * @param extra every other field, kept as sent and written back
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustomField(
        Long id,
        String name,
        String value,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the model, making its collections read-only.
     */
    public CustomField {
        extra = Extras.copy(extra);
    }
}
