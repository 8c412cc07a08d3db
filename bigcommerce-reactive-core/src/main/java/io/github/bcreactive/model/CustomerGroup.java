package io.github.bcreactive.model;

import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/**
 * A customer group (v2 {@code /customer_groups}).
 *
 * @param id the group id
 * @param name the name
 * @param isDefault whether new customers join it
 * @param isGroupForGuests whether guests belong to it
 * @param categoryAccess which categories it sees
 * @param discountRules its discount rules
 * @param dateCreated when it was created
 * @param dateModified when it was last modified
 * @param extra every other field, kept as sent and written back
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustomerGroup(
        Long id,
        String name,
        @JsonProperty("is_default") Boolean isDefault,
        @JsonProperty("is_group_for_guests") Boolean isGroupForGuests,
        @JsonProperty("category_access") JsonNode categoryAccess,
        @JsonProperty("discount_rules") JsonNode discountRules,
        @JsonProperty("date_created") @V2Date OffsetDateTime dateCreated,
        @JsonProperty("date_modified") @V2Date OffsetDateTime dateModified,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the model, making its collections read-only.
     */
    public CustomerGroup {
        extra = Extras.copy(extra);
    }
}
