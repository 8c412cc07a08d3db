package io.github.bcreactive.test.api;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.bcreactive.test.store.Json;
import io.github.bcreactive.test.store.ProductChildRows;
import io.github.bcreactive.test.store.ProductRows;
import io.github.bcreactive.test.store.StoreData;
import io.github.bcreactive.test.store.Table;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The v3 catalog: products (with {@code include}, batch update, delete by filter, opt-in cursor),
 * variants, images, custom fields, categories and brands.
 */
final class CatalogApi {

    /** The most products a batch update may carry. */
    static final int PRODUCT_BATCH = 10;
    /** The most variants a batch update may carry. */
    static final int VARIANT_BATCH = 50;

    private static final Map<String, String> PRODUCT_FILTERS = Map.ofEntries(Map.entry("id", "id"),
            Map.entry("name", "name"), Map.entry("keyword", "name"), Map.entry("sku", "sku"), Map.entry("price", "price"),
            Map.entry("weight", "weight"), Map.entry("condition", "condition"), Map.entry("brand_id", "brand_id"),
            Map.entry("is_visible", "is_visible"), Map.entry("is_featured", "is_featured"),
            Map.entry("is_free_shipping", "is_free_shipping"), Map.entry("inventory_level", "inventory_level"),
            Map.entry("total_sold", "total_sold"), Map.entry("type", "type"), Map.entry("categories", "categories"),
            Map.entry("date_modified", "date_modified"), Map.entry("date_created", "date_created"),
            Map.entry("availability", "availability"));
    private static final Set<String> PRODUCT_TYPES = Set.of("physical", "digital");

    private final Resource products;
    private final Resource variants;
    private final Resource images;
    private final Resource customFields;

    CatalogApi() {
        this.variants = Resource.nested("variant", StoreData::variants, StoreData::products, "product_id",
                Map.of("id", "id", "sku", "sku"), List.of("sku"), "sku", template(ProductChildRows.Kind.VARIANTS))
                .completer((request, row, productId) -> row.put("sku_id", row.path("id").asLong()));
        this.images = Resource.nested("image", StoreData::images, StoreData::products, "product_id",
                Map.of("id", "id"), List.of(), null, template(ProductChildRows.Kind.IMAGES))
                .completer((request, row, productId) -> {
                    boolean uploaded = uploaded(request);
                    String url = uploaded ? "https://cdn11.bigcommerce.com/s-" + request.store().hash()
                            + "/product_images/uploaded/" + Rows.text(row, "image_file") : Rows.text(row, "image_url");
                    if (uploaded) {
                        row.put("image_url", url);
                    }
                    for (String size : List.of("url_zoom", "url_standard", "url_thumbnail", "url_tiny")) {
                        row.put(size, url);
                    }
                });
        this.customFields = Resource.nested("custom field", StoreData::customFields, StoreData::products, "product_id",
                Map.of("id", "id", "name", "name"), List.of("name", "value"), "name",
                template(ProductChildRows.Kind.CUSTOM_FIELDS))
                .renderer((request, row) -> Rendering.v3(request, row, "product_id"));
        this.products = Resource.topLevel("product", StoreData::products, PRODUCT_FILTERS,
                List.of("name", "type", "weight", "price"), null, productTemplate())
                .renderer(this::renderProduct)
                .completer(CatalogApi::completeProduct)
                .deleter(this::deleteProduct);
    }

    /** An image by URL (JSON, {@code image_url}) or by file ({@code multipart/form-data}, {@code image_file}). */
    private ApiResponse createImage(ApiRequest request, long[] ids) {
        String field = uploaded(request) ? "image_file" : "image_url";
        JsonNode value = request.json().get(field);
        if (value == null || !value.isString() || value.stringValue().isBlank()) {
            throw ApiErrors.invalid(request, "JSON data is missing or invalid", Map.of(field, "Please provide an "
                    + field.replace('_', ' ') + "."));
        }
        return images.create(request, ids);
    }

    private static boolean uploaded(ApiRequest request) {
        return FormBody.is(request.header("Content-Type"));
    }

    Router register(Router router) {
        products.withCursor(false).register(router, "/catalog/products");
        router.add("v3", "PUT", "/catalog/products", (request, ids) -> products.batchUpdate(request, PRODUCT_BATCH));
        variants.register(router, "/catalog/products/{id}/variants");
        router.add("v3", "POST", "/catalog/products/{id}/images", this::createImage);
        images.register(router, "/catalog/products/{id}/images");
        customFields.register(router, "/catalog/products/{id}/custom-fields");
        Resource allVariants = Resource.topLevel("variant", StoreData::variants,
                Map.of("id", "id", "sku", "sku", "product_id", "product_id"), List.of("sku"), "sku",
                template(ProductChildRows.Kind.VARIANTS))
                .renderer(CatalogApi::renderBatchVariant);
        router.add("v3", "GET", "/catalog/variants", allVariants::list);
        router.add("v3", "PUT", "/catalog/variants", (request, ids) -> allVariants.batchUpdate(request, VARIANT_BATCH));
        Map<String, String> categoryFilters = Map.of("id", "id", "name", "name", "keyword", "name", "parent_id",
                "parent_id", "page_title", "page_title", "is_visible", "is_visible");
        Resource.topLevel("category", StoreData::categories, categoryFilters, List.of("name", "parent_id"), null,
                categoryTemplate())
                .completer(CatalogApi::completeCategory)
                .register(router, "/catalog/categories");
        Resource.topLevel("brand", StoreData::brands, Map.of("id", "id", "name", "name", "page_title", "page_title"),
                List.of("name"), "name", brandTemplate())
                .register(router, "/catalog/brands");
        return router;
    }

    /**
     * A variant as {@code /catalog/variants} shows it: product-variants_catalog.v3.yml's schema of that endpoint is
     * closed and has no {@code calculated_weight}, {@code gtin}, {@code image_url}, {@code map_price} or {@code mpn}
     * (the per-product variant endpoints have them).
     */
    private static ObjectNode renderBatchVariant(ApiRequest request, ObjectNode row) {
        ObjectNode out = Rendering.v3(request, row);
        out.remove(List.of("calculated_weight", "gtin", "image_url", "map_price", "mpn"));
        return out;
    }

    private ObjectNode renderProduct(ApiRequest request, ObjectNode row) {
        ObjectNode out = Rendering.v3(request, row);
        String include = request.query().get("include");
        if (include == null || include.isEmpty()) {
            return out;
        }
        long id = row.path("id").asLong();
        Set<String> wanted = Set.of(include.split(","));
        StoreData store = request.store();
        if (wanted.contains("variants")) {
            out.set("variants", children(request, variants, store.variants(), id));
        }
        if (wanted.contains("images") || wanted.contains("primary_image")) {
            ArrayNode all = children(request, images, store.images(), id);
            if (wanted.contains("images")) {
                out.set("images", all);
            }
            if (wanted.contains("primary_image")) {
                out.set("primary_image", all.isEmpty() ? null : all.get(0));
            }
        }
        if (wanted.contains("custom_fields")) {
            out.set("custom_fields", children(request, customFields, store.customFields(), id));
        }
        for (String empty : List.of("options", "modifiers", "bulk_pricing_rules", "videos")) {
            if (wanted.contains(empty)) {
                out.putArray(empty);
            }
        }
        return out;
    }

    private static ArrayNode children(ApiRequest request, Resource resource, Table table, long productId) {
        ArrayNode out = Json.array();
        for (long childId : table.childIds(productId)) {
            ObjectNode child = table.get(childId);
            if (child != null) {
                out.add(resource.render(request, child));
            }
        }
        return out;
    }

    private static void completeProduct(ApiRequest request, ObjectNode row, long unused) {
        StoreData store = request.store();
        String type = Rows.text(row, "type");
        if (!PRODUCT_TYPES.contains(type)) {
            throw ApiErrors.invalid(request, "JSON data is missing or invalid",
                    Map.of("type", "type must be one of physical, digital"));
        }
        long self = row.path("id").asLong();
        String name = Rows.text(row, "name");
        long other = store.productIdByName(name);
        if (other > 0 && other != self) {
            throw Resource.conflict("product", "name", name);
        }
        for (JsonNode category : row.path("categories")) {
            if (!store.categories().contains(category.asLong(0))) {
                throw new ApiException(ApiErrors.v3(409, "The category does not exist", null,
                        Map.of("categories", "category " + category.asString() + " does not exist")));
            }
        }
        long brand = row.path("brand_id").asLong(0);
        if (brand != 0 && !store.brands().contains(brand)) {
            throw new ApiException(ApiErrors.v3(409, "The brand does not exist", null,
                    Map.of("brand_id", "brand " + brand + " does not exist")));
        }
        double sale = row.path("sale_price").asDouble(0);
        row.put("calculated_price", sale > 0 ? sale : row.path("price").asDouble(0));
        if (!row.path("custom_url").path("is_customized").asBoolean(false)) {
            row.set("custom_url", Json.customUrl("/" + Json.slug(name) + "/"));
        }
    }

    private void deleteProduct(ApiRequest request, long id) {
        StoreData store = request.store();
        for (Table children : List.of(store.variants(), store.images(), store.customFields())) {
            for (long childId : children.childIds(id)) {
                children.delete(childId);
            }
        }
        store.products().delete(id);
    }

    private static void completeCategory(ApiRequest request, ObjectNode row, long unused) {
        StoreData store = request.store();
        long parentId = row.path("parent_id").asLong(0);
        if (parentId != 0 && !store.categories().contains(parentId)) {
            throw ApiErrors.invalid(request, "JSON data is missing or invalid",
                    Map.of("parent_id", "parent category " + parentId + " does not exist"));
        }
        long self = row.path("id").asLong();
        String name = Rows.text(row, "name");
        long twin = store.categories().ids().filter(id -> id != self
                && store.categories().field(id, "parent_id").asLong(0) == parentId
                && store.categories().field(id, "name").asString().equalsIgnoreCase(name)).findFirst().orElse(-1);
        if (twin > 0) {
            throw Resource.conflict("category", "name", name);
        }
    }

    private static ObjectNode productTemplate() {
        ObjectNode row = new ProductRows(0, 0, 0, 0).generate(1);
        row.put("description", "");
        row.put("sale_price", 0);
        row.put("cost_price", 0);
        row.put("retail_price", 0);
        row.put("weight", 0.0);
        row.put("width", 0);
        row.put("depth", 0);
        row.put("height", 0);
        row.put("inventory_level", 0);
        row.put("inventory_tracking", "none");
        row.put("is_free_shipping", false);
        row.put("is_visible", true);
        row.put("is_featured", false);
        row.put("view_count", 0);
        row.put("total_sold", 0);
        row.put("brand_id", 0);
        row.putArray("categories");
        row.put("price", 0.0);
        // a created product has no variant of its own in the simulator; 0 rather than another product's variant
        row.put("base_variant_id", 0);
        return row;
    }

    private static ObjectNode template(ProductChildRows.Kind kind) {
        ProductRows products = new ProductRows(0, 1, 0, 0);
        ObjectNode row = new ProductChildRows(products, kind, "store").generate(1);
        if (row == null) {
            row = Json.object();
        }
        row.put("sku", "");
        row.put("name", "");
        row.put("value", "");
        row.put("image_url", "");
        if (kind != ProductChildRows.Kind.VARIANTS) {
            row.remove("sku");
        }
        if (kind != ProductChildRows.Kind.CUSTOM_FIELDS) {
            row.remove("name");
            row.remove("value");
        }
        if (kind == ProductChildRows.Kind.CUSTOM_FIELDS) {
            row.remove("image_url");
        }
        return row;
    }

    private static ObjectNode categoryTemplate() {
        ObjectNode row = new io.github.bcreactive.test.store.CategoryRows(0).generate(1);
        row.put("views", 0);
        row.put("sort_order", 0);
        row.put("description", "");
        return row;
    }

    private static ObjectNode brandTemplate() {
        return new io.github.bcreactive.test.store.BrandRows().generate(1);
    }
}
