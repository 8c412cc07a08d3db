package io.github.bcreactive.model;

import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/**
 * A price list (v3 {@code /pricelists}).
 *
 * @param id the price list id
 * @param name the name
 * @param active whether it is active
 * @param dateCreated when it was created
 * @param dateModified when it was last modified
 * @param extra every other field, kept as sent and written back
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PriceList(
        Long id,
        String name,
        Boolean active,
        @JsonProperty("date_created") @V3Date OffsetDateTime dateCreated,
        @JsonProperty("date_modified") @V3Date OffsetDateTime dateModified,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the model, making its collections read-only.
     */
    public PriceList {
        extra = Extras.copy(extra);
    }
}
