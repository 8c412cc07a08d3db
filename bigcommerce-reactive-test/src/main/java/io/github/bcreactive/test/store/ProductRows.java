package io.github.bcreactive.test.store;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.DoubleNode;
import tools.jackson.databind.node.LongNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Generates catalog products (v3 {@code product_Full} fields) and the per-product facts that
 * variants, images, custom fields and order lines derive from. Filterable fields are computed
 * without building the row.
 */
public final class ProductRows implements RowGenerator {

    /** The most variants a generated product has; variant ids are {@code (product - 1) * 3 + n}. */
    public static final int MAX_VARIANTS = 3;
    /** The most images a generated product has. */
    public static final int MAX_IMAGES = 2;
    /** The most custom fields a generated product has. */
    public static final int MAX_CUSTOM_FIELDS = 2;

    private final long seed;
    private final long count;
    private final int categories;
    private final int brands;

    /**
     * Creates the generator.
     *
     * @param seed the store's seed
     * @param count how many products the store has
     * @param categories how many categories products are spread over
     * @param brands how many brands products are spread over
     */
    public ProductRows(long seed, long count, int categories, int brands) {
        this.seed = seed;
        this.count = count;
        this.categories = categories;
        this.brands = brands;
    }

    private long h(long id, int salt) {
        return Seeds.hash(seed, id, salt);
    }

    /**
     * The generated name; it ends with the id, which keeps generated names unique.
     *
     * @param id the product id
     * @return the name
     */
    public String name(long id) {
        return Words.pick(Words.ADJECTIVES, h(id, 1)) + " " + Words.pick(Words.NOUNS, h(id, 2)) + " " + id;
    }

    /**
     * The id a generated name belongs to, read from its trailing number.
     *
     * @param name a product name
     * @return the id, or {@code -1} when the name does not end with a number
     */
    public static long idFromName(String name) {
        int space = name.lastIndexOf(' ');
        String tail = name.substring(space + 1);
        if (tail.isEmpty() || tail.length() > 18 || !tail.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Long.parseLong(tail);
    }

    /**
     * The generated SKU.
     *
     * @param id the product id
     * @return the SKU
     */
    public String sku(long id) {
        return String.format("SKU-%07d", id);
    }

    /**
     * The generated price.
     *
     * @param id the product id
     * @return the price
     */
    public double price(long id) {
        return Json.cents(1 + Seeds.pick(h(id, 3), 50_000) / 100.0);
    }

    private double salePrice(long id) {
        return Seeds.unit(h(id, 4)) < 0.2 ? Json.cents(price(id) * 0.8) : 0;
    }

    private double calculatedPrice(long id) {
        double sale = salePrice(id);
        return sale > 0 ? sale : price(id);
    }

    /**
     * How many variants the generated product has, 1 to {@link #MAX_VARIANTS}.
     *
     * @param id the product id
     * @return the variant count
     */
    public int variantCount(long id) {
        return id <= count ? 1 + Seeds.pick(h(id, 5), MAX_VARIANTS) : 0;
    }

    /**
     * How many images the generated product has, 1 to {@link #MAX_IMAGES}.
     *
     * @param id the product id
     * @return the image count
     */
    public int imageCount(long id) {
        return id <= count ? 1 + Seeds.pick(h(id, 6), MAX_IMAGES) : 0;
    }

    /**
     * How many custom fields the generated product has, 0 to {@link #MAX_CUSTOM_FIELDS}.
     *
     * @param id the product id
     * @return the custom field count
     */
    public int customFieldCount(long id) {
        return id <= count ? Seeds.pick(h(id, 7), MAX_CUSTOM_FIELDS + 1) : 0;
    }

    /**
     * The generated inventory level.
     *
     * @param id the product id
     * @return the level
     */
    public int inventoryLevel(long id) {
        return Seeds.pick(h(id, 8), 500);
    }

    private boolean visible(long id) {
        return Seeds.unit(h(id, 9)) < 0.9;
    }

    private boolean featured(long id) {
        return Seeds.unit(h(id, 10)) < 0.1;
    }

    private long created(long id) {
        return Dates.generatedCreated(h(id, 11));
    }

    private long modified(long id) {
        return Dates.generatedModified(created(id), h(id, 12));
    }

    private long brandId(long id) {
        return brands == 0 ? 0 : 1 + Seeds.pick(h(id, 13), brands);
    }

    private ArrayNode categoryIds(long id) {
        ArrayNode ids = Json.array();
        if (categories > 0) {
            ids.add(1 + Seeds.pick(h(id, 14), categories));
        }
        return ids;
    }

    private String type(long id) {
        return Seeds.unit(h(id, 15)) < 0.95 ? "physical" : "digital";
    }

    private double weight(long id) {
        return Json.cents(Seeds.pick(h(id, 16), 1000) / 100.0);
    }

    private int totalSold(long id) {
        return Seeds.pick(h(id, 17), 1000);
    }

    @Override
    public JsonNode field(long id, String name) {
        return switch (name) {
            case "id" -> LongNode.valueOf(id);
            case "name" -> StringNode.valueOf(name(id));
            case "sku" -> StringNode.valueOf(sku(id));
            case "price" -> DoubleNode.valueOf(price(id));
            case "sale_price" -> DoubleNode.valueOf(salePrice(id));
            case "calculated_price" -> DoubleNode.valueOf(calculatedPrice(id));
            case "is_visible" -> BooleanNode.valueOf(visible(id));
            case "is_featured" -> BooleanNode.valueOf(featured(id));
            case "date_created" -> LongNode.valueOf(created(id));
            case "date_modified" -> LongNode.valueOf(modified(id));
            case "brand_id" -> LongNode.valueOf(brandId(id));
            case "categories" -> categoryIds(id);
            case "inventory_level" -> LongNode.valueOf(inventoryLevel(id));
            case "type" -> StringNode.valueOf(type(id));
            case "weight" -> DoubleNode.valueOf(weight(id));
            case "total_sold" -> LongNode.valueOf(totalSold(id));
            default -> RowGenerator.super.field(id, name);
        };
    }

    @Override
    public ObjectNode generate(long id) {
        String name = name(id);
        ObjectNode p = Json.object();
        p.put("id", id);
        p.put("name", name);
        p.put("type", type(id));
        p.put("sku", sku(id));
        p.put("description", "<p>" + name + ", generated by the BigCommerce simulator.</p>");
        p.put("weight", weight(id));
        p.put("width", Seeds.pick(h(id, 18), 50));
        p.put("depth", Seeds.pick(h(id, 19), 50));
        p.put("height", Seeds.pick(h(id, 20), 50));
        p.put("price", price(id));
        p.put("cost_price", Json.cents(price(id) * 0.6));
        p.put("retail_price", Json.cents(price(id) * 1.2));
        p.put("sale_price", salePrice(id));
        p.put("map_price", 0);
        p.put("tax_class_id", 0);
        p.put("product_tax_code", "");
        p.set("categories", categoryIds(id));
        p.put("brand_id", brandId(id));
        p.put("inventory_level", inventoryLevel(id));
        p.put("inventory_warning_level", 0);
        p.put("inventory_tracking", variantCount(id) > 1 ? "variant" : "product");
        p.put("fixed_cost_shipping_price", 0);
        p.put("is_free_shipping", Seeds.unit(h(id, 21)) < 0.1);
        p.put("is_visible", visible(id));
        p.put("is_featured", featured(id));
        p.putArray("related_products").add(-1);
        p.put("warranty", "");
        p.put("bin_picking_number", "");
        p.put("layout_file", "product.html");
        p.put("upc", "");
        p.put("search_keywords", "");
        p.put("availability_description", "");
        p.put("availability", "available");
        p.put("gift_wrapping_options_type", "any");
        p.putArray("gift_wrapping_options_list");
        p.put("sort_order", 0);
        p.put("condition", "New");
        p.put("is_condition_shown", true);
        p.put("order_quantity_minimum", 0);
        p.put("order_quantity_maximum", 0);
        p.put("page_title", "");
        p.putArray("meta_keywords");
        p.put("meta_description", "");
        p.put("view_count", Seeds.pick(h(id, 22), 10_000));
        p.putNull("preorder_release_date");
        p.put("preorder_message", "");
        p.put("is_preorder_only", false);
        p.put("is_price_hidden", false);
        p.put("price_hidden_label", "");
        p.set("custom_url", Json.customUrl("/" + Json.slug(name) + "/"));
        p.put("open_graph_type", "product");
        p.put("open_graph_title", "");
        p.put("open_graph_description", "");
        p.put("open_graph_use_meta_description", true);
        p.put("open_graph_use_product_name", true);
        p.put("open_graph_use_image", true);
        p.put("gtin", "");
        p.put("mpn", "");
        p.put("reviews_rating_sum", 0);
        p.put("reviews_count", 0);
        p.put("total_sold", totalSold(id));
        p.put("date_created", created(id));
        p.put("date_modified", modified(id));
        // products_catalog.v3.yml types both as integers (not nullable): every product has a base variant (its
        // first), and a product without an option set leaves option_set_id out
        p.put("base_variant_id", (id - 1) * MAX_VARIANTS + 1);
        p.put("calculated_price", calculatedPrice(id));
        p.put("option_set_display", "right");
        return p;
    }
}
