package io.github.bcreactive.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/**
 * A webhook (v3 {@code /hooks}; the v2 table's {@code Webhooks} use it too).
 *
 * @param id the webhook id
 * @param clientId the app's client id
 * @param storeHash the store hash
 * @param scope the event, e.g. {@code store/order/*}
 * @param destination the HTTPS URL events go to
 * @param isActive whether events are sent
 * @param headers headers sent with each event
 * @param createdAt when it was created, in epoch seconds
 * @param updatedAt when it was last updated, in epoch seconds
 * @param extra every other field, kept as sent and written back
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Webhook(
        Long id,
        @JsonProperty("client_id") String clientId,
        @JsonProperty("store_hash") String storeHash,
        String scope,
        String destination,
        @JsonProperty("is_active") Boolean isActive,
        JsonNode headers,
        @JsonProperty("created_at") Long createdAt,
        @JsonProperty("updated_at") Long updatedAt,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the model, making its collections read-only.
     */
    public Webhook {
        extra = Extras.copy(extra);
    }
}
