package io.github.bcreactive.model;

import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/**
 * A sales channel (v3 {@code /channels}).
 *
 * @param id the channel id
 * @param name the name
 * @param platform the platform
 * @param type e.g. {@code storefront}, {@code marketplace}
 * @param status e.g. {@code active}
 * @param isListableFromUi whether it can list products from the control panel
 * @param isVisible whether it shows in the control panel
 * @param externalId the external id
 * @param iconUrl the icon URL
 * @param configMeta the app configuration
 * @param dateCreated when it was created
 * @param dateModified when it was last modified
 * @param extra every other field, kept as sent and written back
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Channel(
        Long id,
        String name,
        String platform,
        String type,
        String status,
        @JsonProperty("is_listable_from_ui") Boolean isListableFromUi,
        @JsonProperty("is_visible") Boolean isVisible,
        @JsonProperty("external_id") String externalId,
        @JsonProperty("icon_url") String iconUrl,
        @JsonProperty("config_meta") JsonNode configMeta,
        @JsonProperty("date_created") @V3Date OffsetDateTime dateCreated,
        @JsonProperty("date_modified") @V3Date OffsetDateTime dateModified,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the model, making its collections read-only.
     */
    public Channel {
        extra = Extras.copy(extra);
    }
}
