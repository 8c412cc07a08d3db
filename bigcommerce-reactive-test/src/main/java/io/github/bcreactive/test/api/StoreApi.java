package io.github.bcreactive.test.api;

import java.util.Map;

import io.github.bcreactive.test.store.Json;
import io.github.bcreactive.test.store.StoreData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * v2 store information ({@code /store}, {@code /time}) and the v2 views of products, customers and
 * categories (list, count, get), rendered in v2's shapes from the same rows v3 serves.
 */
final class StoreApi {

    private static final Map<String, String> PRODUCT_FILTERS = Map.of("id", "id", "name", "name", "sku", "sku",
            "price", "price", "is_visible", "is_visible", "is_featured", "is_featured", "brand_id", "brand_id",
            "date_modified", "date_modified", "date_created", "date_created", "category", "categories");
    private static final Map<String, String> CUSTOMER_FILTERS = Map.of("id", "id", "email", "email", "first_name",
            "first_name", "last_name", "last_name", "company", "company", "customer_group_id", "customer_group_id",
            "date_created", "date_created", "date_modified", "date_modified");
    private static final Map<String, String> CATEGORY_FILTERS = Map.of("id", "id", "name", "name", "parent_id",
            "parent_id", "is_visible", "is_visible");

    Router register(Router router) {
        router.add("v2", "GET", "/store", (r, ids) -> ApiResponse.json(200, store(r)));
        router.add("v2", "GET", "/time", (r, ids) -> ApiResponse.json(200, Json.object().put("time",
                r.context().nowSeconds())));
        readOnly(router, "/products", StoreData::products, PRODUCT_FILTERS, StoreApi::product);
        readOnly(router, "/customers", StoreData::customers, CUSTOMER_FILTERS, StoreApi::customer);
        readOnly(router, "/categories", StoreData::categories, CATEGORY_FILTERS, StoreApi::category);
        return router;
    }

    private static void readOnly(Router router, String path,
            java.util.function.Function<StoreData, io.github.bcreactive.test.store.Table> table,
            Map<String, String> filters,
            java.util.function.BiFunction<ApiRequest, ObjectNode, ObjectNode> render) {
        router.add("v2", "GET", path, (r, ids) -> V2Lists.list(r, table.apply(r.store()), filters, null, render));
        router.add("v2", "GET", path + "/count", (r, ids) -> V2Lists.count(r, table.apply(r.store()), filters, null));
        router.add("v2", "GET", path + "/{id}", (r, ids) -> V2Lists.get(r, table.apply(r.store()), ids[0], render));
    }

    private static ObjectNode store(ApiRequest request) {
        String baseUrl = request.context().baseUrl().get();
        String hash = request.store().hash();
        ObjectNode s = Json.object();
        s.put("id", hash);
        s.put("account_uuid", new java.util.UUID(hash.hashCode(), 42).toString());
        s.put("domain", baseUrl.replaceFirst("^https?://", ""));
        s.put("secure_url", baseUrl);
        s.put("control_panel_base_url", baseUrl + "/stores/" + hash + "/manage");
        s.put("status", "live");
        s.put("name", "Simulated store " + hash);
        s.put("first_name", "Jane");
        s.put("last_name", "Doe");
        s.put("address", "BigCommerce simulator");
        s.put("country", "United States");
        s.put("country_code", "US");
        s.put("phone", "555-123-4567");
        s.put("admin_email", "admin@example.com");
        s.put("order_email", "orders@example.com");
        s.put("favicon_url", "");
        ObjectNode timezone = s.putObject("timezone");
        timezone.put("name", "Etc/UTC");
        timezone.put("raw_offset", 0);
        timezone.put("dst_offset", 0);
        timezone.put("dst_correction", false);
        timezone.putObject("date_format").put("display", "M jS Y").put("export", "M jS Y").put("extended_display",
                "M jS Y @ g:i A");
        s.put("language", "en");
        s.put("currency", "USD");
        s.put("currency_symbol", "$");
        s.put("decimal_separator", ".");
        s.put("thousands_separator", ",");
        s.put("decimal_places", 2);
        s.put("currency_symbol_location", "left");
        s.put("weight_units", "Ounces");
        s.put("dimension_units", "Inches");
        s.put("dimension_decimal_places", 2);
        s.put("dimension_decimal_token", ".");
        s.put("dimension_thousands_token", ",");
        s.put("plan_name", "Standard");
        s.put("plan_level", "Standard");
        s.put("plan_is_trial", false);
        s.put("industry", "Technology");
        s.putObject("logo");
        s.put("is_price_entered_with_tax", false);
        s.put("store_id", Math.abs((long) hash.hashCode()));
        s.put("default_channel_id", 1);
        s.put("default_site_id", 1000);
        s.putArray("active_comparison_modules");
        s.putObject("features").put("stencil_enabled", true).put("sitewidehttps_enabled", false)
                .put("facebook_catalog_id", "").put("checkout_type", "optimized").put("wishlists_enabled", true)
                .put("graphql_storefront_api_enabled", true).put("shopper_consent_tracking_enabled", false)
                .put("multi_storefront_enabled", false);
        return s;
    }

    private static ObjectNode product(ApiRequest request, ObjectNode row) {
        ObjectNode out = Json.object();
        long id = row.path("id").asLong();
        out.put("id", id);
        for (String field : new String[] {"name", "type", "sku", "description", "search_keywords",
            "availability_description", "sort_order", "is_visible", "is_featured", "inventory_level",
            "inventory_warning_level", "warranty", "is_free_shipping", "total_sold", "brand_id", "view_count",
            "page_title", "meta_description", "layout_file", "is_price_hidden", "price_hidden_label", "condition",
            "is_condition_shown", "availability", "upc", "mpn", "gtin"}) {
            JsonNode value = row.get(field);
            if (value != null) {
                out.set(field, value);
            }
        }
        for (String money : new String[] {"price", "cost_price", "retail_price", "sale_price", "calculated_price",
            "weight", "width", "height", "depth", "fixed_cost_shipping_price"}) {
            out.put(money, Json.money(row.path(money).asDouble(0)));
        }
        String tracking = row.path("inventory_tracking").asString("none");
        out.put("inventory_tracking", "product".equals(tracking) ? "simple" : "variant".equals(tracking) ? "sku" : "none");
        out.put("rating_total", row.path("reviews_rating_sum").asLong(0));
        out.put("rating_count", row.path("reviews_count").asLong(0));
        out.set("categories", row.path("categories").deepCopy());
        out.set("meta_keywords", row.path("meta_keywords").deepCopy());
        out.put("custom_url", row.path("custom_url").path("url").asString(""));
        out.put("related_products", "-1");
        out.set("date_created", row.get("date_created"));
        out.set("date_modified", row.get("date_modified"));
        ObjectNode rendered = Rendering.v2(out);
        rendered.set("skus", V2Lists.link(request, "/products/" + id + "/skus"));
        rendered.set("images", V2Lists.link(request, "/products/" + id + "/images"));
        rendered.set("custom_fields", V2Lists.link(request, "/products/" + id + "/custom_fields"));
        return rendered;
    }

    private static ObjectNode customer(ApiRequest request, ObjectNode row) {
        ObjectNode out = Json.object();
        long id = row.path("id").asLong();
        out.put("id", id);
        for (String field : new String[] {"company", "first_name", "last_name", "email", "phone", "date_created",
            "date_modified", "registration_ip_address", "customer_group_id", "notes", "tax_exempt_category"}) {
            out.set(field, row.get(field));
        }
        out.put("store_credit", Json.money(0));
        out.put("accepts_marketing", row.path("accepts_product_review_abandoned_cart_emails").asBoolean(false));
        out.put("reset_pass_on_login", false);
        out.putNull("form_fields");
        ObjectNode rendered = Rendering.v2(out);
        rendered.set("addresses", V2Lists.link(request, "/customers/" + id + "/addresses"));
        return rendered;
    }

    private static ObjectNode category(ApiRequest request, ObjectNode row) {
        ObjectNode out = Json.object();
        long id = row.path("id").asLong();
        long parentId = row.path("parent_id").asLong(0);
        out.put("id", id);
        out.put("parent_id", parentId);
        for (String field : new String[] {"name", "description", "sort_order", "page_title", "meta_keywords",
            "meta_description", "layout_file", "is_visible", "search_keywords"}) {
            out.set(field, row.get(field));
        }
        ArrayNode parents = out.putArray("parent_category_list");
        if (parentId != 0) {
            parents.add(parentId);
        }
        parents.add(id);
        out.put("image_file", "");
        out.put("url", row.path("custom_url").path("url").asString(""));
        return out;
    }
}
