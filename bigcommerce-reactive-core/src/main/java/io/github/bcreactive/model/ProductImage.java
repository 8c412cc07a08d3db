package io.github.bcreactive.model;

import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/**
 * A product image (v3 {@code /catalog/products/{product_id}/images}).
 *
 * @param id the image id
 * @param productId the product id
 * @param imageFile the stored file name
 * @param isThumbnail whether it is the thumbnail
 * @param sortOrder the sort order
 * @param description the description
 * @param imageUrl the URL it was uploaded from
 * @param urlZoom the zoom-size URL
 * @param urlStandard the standard-size URL
 * @param urlThumbnail the thumbnail URL
 * @param urlTiny the tiny-size URL
 * @param dateModified when it was last modified
 * @param extra every other field, kept as sent and written back
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProductImage(
        Long id,
        @JsonProperty("product_id") Long productId,
        @JsonProperty("image_file") String imageFile,
        @JsonProperty("is_thumbnail") Boolean isThumbnail,
        @JsonProperty("sort_order") Integer sortOrder,
        String description,
        @JsonProperty("image_url") String imageUrl,
        @JsonProperty("url_zoom") String urlZoom,
        @JsonProperty("url_standard") String urlStandard,
        @JsonProperty("url_thumbnail") String urlThumbnail,
        @JsonProperty("url_tiny") String urlTiny,
        @JsonProperty("date_modified") @V3Date OffsetDateTime dateModified,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /**
     * Creates the model, making its collections read-only.
     */
    public ProductImage {
        extra = Extras.copy(extra);
    }
}
