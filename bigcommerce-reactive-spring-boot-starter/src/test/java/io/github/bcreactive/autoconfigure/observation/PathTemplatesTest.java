package io.github.bcreactive.autoconfigure.observation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PathTemplatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/stores/abc123/v3/catalog/products/77|/stores/{store_hash}/v3/catalog/products/{product_id}",
            "/stores/abc123/v3/catalog/products|/stores/{store_hash}/v3/catalog/products",
            "/stores/abc123/v3/catalog/products/77/variants/5|/stores/{store_hash}/v3/catalog/products/{product_id}/variants/{variant_id}",
            "/stores/abc123/v3/catalog/categories/12|/stores/{store_hash}/v3/catalog/categories/{category_id}",
            "/stores/abc123/v3/catalog/products/9/custom-fields/3|/stores/{store_hash}/v3/catalog/products/{product_id}/custom-fields/{custom_field_id}",
            "/stores/abc123/v2/orders/101/shipping_addresses/2|/stores/{store_hash}/v2/orders/{order_id}/shipping_addresses/{shipping_address_id}",
            "/stores/abc123/v3/carts/9f1c2e4a-3b5d-4c6e-8f70-1a2b3c4d5e6f/items|/stores/{store_hash}/v3/carts/{cart_id}/items",
            "/stores/abc123/v2/time|/stores/{store_hash}/v2/time",
            "/oauth2/token|/oauth2/token",
            "/|/"})
    void storeHashesAndIdsBecomePlaceholders(String path, String template) {
        assertThat(PathTemplates.template(path)).isEqualTo(template);
    }
}
