package io.github.bcreactive.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/**
 * A catalog category (v3 {@code /catalog/categories}).
 *
 * @param id the category id
 * @param parentId the parent category id, 0 at the top
 * @param name the name
 * @param description the description
 * @param views how often it was viewed
 * @param sortOrder the sort order
 * @param pageTitle the page title
 * @param metaKeywords the meta keywords
 * @param metaDescription the meta description
 * @param layoutFile the layout file
 * @param imageUrl the image URL
 * @param isVisible whether shoppers see it
 * @param searchKeywords the search keywords
 * @param defaultProductSort the default product sort
 * @param customUrl the custom URL
 * @param extra every other field, kept as sent and written back
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Category(
        Long id,
        @JsonProperty("parent_id") Long parentId,
        String name,
        String description,
        Integer views,
        @JsonProperty("sort_order") Integer sortOrder,
        @JsonProperty("page_title") String pageTitle,
        @JsonProperty("meta_keywords") List<String> metaKeywords,
        @JsonProperty("meta_description") String metaDescription,
        @JsonProperty("layout_file") String layoutFile,
        @JsonProperty("image_url") String imageUrl,
        @JsonProperty("is_visible") Boolean isVisible,
        @JsonProperty("search_keywords") String searchKeywords,
        @JsonProperty("default_product_sort") String defaultProductSort,
        @JsonProperty("custom_url") JsonNode customUrl,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the model, making its collections read-only.
     */
    public Category {
        metaKeywords = Extras.list(metaKeywords);
        extra = Extras.copy(extra);
    }
}
