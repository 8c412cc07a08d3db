package io.github.bcreactive.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.JsonNode;

/**
 * A category tree (v3 {@code /catalog/trees}).
 *
 * @param id the tree id
 * @param name the name
 * @param channels the channels it serves
 * @param extra every other field, kept as sent and written back
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CategoryTree(
        Long id,
        String name,
        List<Long> channels,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the model, making its collections read-only.
     */
    public CategoryTree {
        channels = Extras.list(channels);
        extra = Extras.copy(extra);
    }
}
