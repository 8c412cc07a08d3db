package io.github.bcreactive.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/**
 * A catalog brand (v3 {@code /catalog/brands}).
 *
 * @param id the brand id
 * @param name the name
 * @param pageTitle the page title
 * @param metaKeywords the meta keywords
 * @param metaDescription the meta description
 * @param imageUrl the image URL
 * @param searchKeywords the search keywords
 * @param customUrl the custom URL
 * @param extra every other field, kept as sent and written back
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Brand(
        Long id,
        String name,
        @JsonProperty("page_title") String pageTitle,
        @JsonProperty("meta_keywords") List<String> metaKeywords,
        @JsonProperty("meta_description") String metaDescription,
        @JsonProperty("image_url") String imageUrl,
        @JsonProperty("search_keywords") String searchKeywords,
        @JsonProperty("custom_url") JsonNode customUrl,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the model, making its collections read-only.
     */
    public Brand {
        metaKeywords = Extras.list(metaKeywords);
        extra = Extras.copy(extra);
    }
}
