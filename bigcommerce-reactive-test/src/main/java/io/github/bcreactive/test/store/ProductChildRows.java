package io.github.bcreactive.test.store;

import java.util.stream.LongStream;

import tools.jackson.databind.node.ObjectNode;

/**
 * Generates a product's sub-resources (variants, images, custom fields). Child ids are
 * {@code (product - 1) * perProduct + n}, so a child's product is known from its id alone.
 */
public final class ProductChildRows implements RowGenerator {

    /** Which sub-resource a generator produces. */
    public enum Kind {
        /** {@code /catalog/products/{id}/variants}. */
        VARIANTS(ProductRows.MAX_VARIANTS),
        /** {@code /catalog/products/{id}/images}. */
        IMAGES(ProductRows.MAX_IMAGES),
        /** {@code /catalog/products/{id}/custom-fields}. */
        CUSTOM_FIELDS(ProductRows.MAX_CUSTOM_FIELDS);

        private final int perProduct;

        Kind(int perProduct) {
            this.perProduct = perProduct;
        }
    }

    private final ProductRows products;
    private final Kind kind;
    private final String storeHash;

    /**
     * Creates the generator.
     *
     * @param products the product generator the children derive from
     * @param kind which sub-resource
     * @param storeHash the store hash, used in image URLs
     */
    public ProductChildRows(ProductRows products, Kind kind, String storeHash) {
        this.products = products;
        this.kind = kind;
        this.storeHash = storeHash;
    }

    /**
     * The highest generated child id for a store of {@code productCount} products.
     *
     * @param productCount the number of generated products
     * @return the highest id
     */
    public long maxId(long productCount) {
        return productCount * kind.perProduct;
    }

    /**
     * The generated child ids of a product.
     *
     * @param productId the product id
     * @return ascending ids
     */
    public long[] childIds(long productId) {
        long first = (productId - 1) * kind.perProduct + 1;
        return LongStream.range(first, first + countFor(productId)).toArray();
    }

    private int countFor(long productId) {
        return switch (kind) {
            case VARIANTS -> products.variantCount(productId);
            case IMAGES -> products.imageCount(productId);
            case CUSTOM_FIELDS -> products.customFieldCount(productId);
        };
    }

    @Override
    public boolean exists(long id) {
        return (id - 1) % kind.perProduct < countFor(productOf(id));
    }

    private long productOf(long id) {
        return (id - 1) / kind.perProduct + 1;
    }

    @Override
    public ObjectNode generate(long id) {
        if (!exists(id)) {
            return null;
        }
        long productId = productOf(id);
        int n = (int) ((id - 1) % kind.perProduct);
        return switch (kind) {
            case VARIANTS -> variant(id, productId, n);
            case IMAGES -> image(id, productId, n);
            case CUSTOM_FIELDS -> customField(id, productId, n);
        };
    }

    private ObjectNode variant(long id, long productId, int n) {
        boolean single = products.variantCount(productId) == 1;
        ObjectNode v = Json.object();
        v.put("id", id);
        v.put("product_id", productId);
        v.put("sku", single ? products.sku(productId) : products.sku(productId) + "-" + Words.SIZES[n].charAt(0));
        v.put("sku_id", id);
        v.putNull("price");
        v.put("calculated_price", products.price(productId));
        v.putNull("sale_price");
        v.putNull("retail_price");
        v.putNull("map_price");
        v.putNull("weight");
        v.put("calculated_weight", 1.0);
        v.putNull("width");
        v.putNull("height");
        v.putNull("depth");
        v.put("is_free_shipping", false);
        v.putNull("fixed_cost_shipping_price");
        v.put("purchasing_disabled", false);
        v.put("purchasing_disabled_message", "");
        v.put("image_url", "");
        v.putNull("cost_price");
        v.put("upc", "");
        v.put("mpn", "");
        v.put("gtin", "");
        v.put("inventory_level", products.inventoryLevel(productId) / products.variantCount(productId));
        v.put("inventory_warning_level", 0);
        v.put("bin_picking_number", "");
        var values = v.putArray("option_values");
        if (!single) {
            ObjectNode value = values.addObject();
            value.put("id", 100 + n);
            value.put("label", Words.SIZES[n]);
            value.put("option_id", productId);
            value.put("option_display_name", "Size");
        }
        return v;
    }

    private ObjectNode image(long id, long productId, int n) {
        String base = "https://cdn11.bigcommerce.com/s-" + storeHash + "/images/stencil/";
        String file = "/products/" + productId + "/" + id + "/image-" + n + ".jpg";
        ObjectNode i = Json.object();
        i.put("id", id);
        i.put("product_id", productId);
        i.put("is_thumbnail", n == 0);
        i.put("sort_order", n);
        i.put("description", "");
        i.put("image_file", "image-" + n + ".jpg");
        i.put("url_zoom", base + "1280x1280" + file);
        i.put("url_standard", base + "500x659" + file);
        i.put("url_thumbnail", base + "100x100" + file);
        i.put("url_tiny", base + "44x44" + file);
        i.put("date_modified", Dates.generatedCreated(Seeds.hash(productId, id, 30)));
        return i;
    }

    private ObjectNode customField(long id, long productId, int n) {
        ObjectNode c = Json.object();
        c.put("id", id);
        c.put("product_id", productId);
        c.put("name", n == 0 ? "Material" : "Origin");
        c.put("value", n == 0 ? Words.pick(Words.ADJECTIVES, Seeds.hash(productId, id, 31)) : "Imported");
        return c;
    }
}
