package io.github.bcreactive.test.api;

import java.util.List;
import java.util.Map;

import io.github.bcreactive.test.store.CustomerRows;
import io.github.bcreactive.test.store.Json;
import io.github.bcreactive.test.store.OrderRows;
import io.github.bcreactive.test.store.ProductRows;
import io.github.bcreactive.test.store.StoreData;
import io.github.bcreactive.test.store.Table;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * v2 orders: list, count, get, create (201), update, delete, and the products, shipping_addresses,
 * shipments (with create, 201) and coupons sub-resources.
 */
final class OrdersApi {

    private static final Map<String, String> ORDER_FILTERS = Map.of("id", "id", "customer_id", "customer_id",
            "status_id", "status_id", "payment_method", "payment_method", "date_created", "date_created",
            "date_modified", "date_modified", "channel_id", "channel_id", "cart_id", "cart_id", "total",
            "total_inc_tax");
    private static final Map<String, String> ID_ONLY = Map.of("id", "id");

    private final ObjectNode orderTemplate = new OrderRows(0, 0, 0, new ProductRows(0, 0, 0, 0), new CustomerRows(0))
            .generate(1);

    Router register(Router router) {
        router.add("v2", "GET", "/orders", (r, ids) -> V2Lists.list(r, r.store().orders(), ORDER_FILTERS, null,
                this::renderOrder));
        router.add("v2", "GET", "/orders/count", this::count);
        router.add("v2", "POST", "/orders", this::create);
        router.add("v2", "GET", "/orders/{id}", (r, ids) -> V2Lists.get(r, r.store().orders(), ids[0], this::renderOrder));
        router.add("v2", "PUT", "/orders/{id}", this::update);
        router.add("v2", "DELETE", "/orders/{id}", (r, ids) -> {
            Rows.find(r, r.store().orders(), ids[0], "order");
            r.store().orders().delete(ids[0]);
            return ApiResponse.empty(204);
        });
        children(router, "products", StoreData::orderProducts);
        children(router, "shipping_addresses", StoreData::shippingAddresses);
        children(router, "shipments", StoreData::shipments);
        children(router, "coupons", StoreData::coupons);
        router.add("v2", "GET", "/orders/{id}/shipments/count", (r, ids) -> V2Lists.count(r, r.store().shipments(),
                ID_ONLY, order(r, ids[0], r.store().shipments())));
        router.add("v2", "POST", "/orders/{id}/shipments", this::createShipment);
        router.add("v2", "PUT", "/orders/{id}/shipments/{id}", this::updateShipment);
        router.add("v2", "DELETE", "/orders/{id}/shipments/{id}", (r, ids) -> {
            child(r, r.store().shipments(), ids);
            r.store().shipments().delete(ids[1]);
            return ApiResponse.empty(204);
        });
        return router;
    }

    private void children(Router router, String name,
            java.util.function.Function<StoreData, Table> table) {
        router.add("v2", "GET", "/orders/{id}/" + name, (r, ids) -> V2Lists.list(r, table.apply(r.store()), ID_ONLY,
                order(r, ids[0], table.apply(r.store())), OrdersApi::renderChild));
        router.add("v2", "GET", "/orders/{id}/" + name + "/{id}", (r, ids) ->
                ApiResponse.json(200, renderChild(r, child(r, table.apply(r.store()), ids))));
    }

    private static long[] order(ApiRequest request, long orderId, Table children) {
        Rows.find(request, request.store().orders(), orderId, "order");
        return children.childIds(orderId);
    }

    private static ObjectNode child(ApiRequest request, Table table, long[] ids) {
        Rows.find(request, request.store().orders(), ids[0], "order");
        ObjectNode row = Rows.find(request, table, ids[1], "row");
        if (row.path("order_id").asLong() != ids[0]) {
            throw ApiErrors.notFound(request, "row", ids[1]);
        }
        return row;
    }

    private static ObjectNode renderChild(ApiRequest request, ObjectNode row) {
        return Rendering.v2(row);
    }

    private ObjectNode renderOrder(ApiRequest request, ObjectNode row) {
        ObjectNode out = Rendering.v2(row);
        long id = row.path("id").asLong();
        out.set("products", V2Lists.link(request, "/orders/" + id + "/products"));
        out.set("shipping_addresses", V2Lists.link(request, "/orders/" + id + "/shipping_addresses"));
        out.set("coupons", V2Lists.link(request, "/orders/" + id + "/coupons"));
        return out;
    }

    private ApiResponse count(ApiRequest request, long[] ids) {
        Table orders = request.store().orders();
        Map<Integer, Long> byStatus = new java.util.TreeMap<>();
        orders.ids().forEach(id -> byStatus.merge((int) orders.field(id, "status_id").asLong(0), 1L, Long::sum));
        ObjectNode body = Json.object();
        ArrayNode statuses = body.putArray("statuses");
        byStatus.forEach((status, n) -> {
            ObjectNode entry = statuses.addObject();
            entry.put("id", status);
            entry.put("name", OrderRows.statusName(status));
            entry.put("system_label", OrderRows.statusName(status));
            entry.put("custom_label", OrderRows.statusName(status));
            entry.put("count", n);
        });
        body.put("count", orders.count());
        return ApiResponse.json(200, body);
    }

    private ApiResponse create(ApiRequest request, long[] ids) {
        ObjectNode body = Rows.object(request);
        if (!body.path("billing_address").isObject()) {
            throw new ApiException(ApiErrors.v2(400, "The required field 'billing_address' was not supplied."));
        }
        JsonNode lines = body.path("products");
        if (!lines.isArray() || lines.isEmpty()) {
            throw new ApiException(ApiErrors.v2(400, "The required field 'products' was not supplied."));
        }
        StoreData store = request.store();
        for (JsonNode line : lines) {
            long productId = line.path("product_id").asLong(0);
            if (productId != 0 && !store.products().contains(productId)) {
                throw new ApiException(ApiErrors.v2(400, "The product with id " + productId + " does not exist."));
            }
            if (productId == 0 && !line.hasNonNull("name")) {
                throw new ApiException(ApiErrors.v2(400, "Each product needs a product_id or a name."));
            }
        }
        long now = request.context().nowSeconds();
        ObjectNode order = store.orders().insert(id -> {
            ObjectNode row = Rows.merge(orderTemplate, body);
            row.remove("products");
            row.remove("shipping_addresses");
            row.put("id", id);
            row.put("customer_id", body.path("customer_id").asLong(0));
            int status = (int) body.path("status_id").asLong(1);
            row.put("status_id", status);
            row.put("status", OrderRows.statusName(status));
            row.put("custom_status", OrderRows.statusName(status));
            row.put("date_created", now);
            row.put("date_modified", now);
            row.put("date_shipped", 0);
            return row;
        });
        long orderId = order.path("id").asLong();
        double subtotal = 0;
        int items = 0;
        for (JsonNode line : lines) {
            ObjectNode row = addLine(store, orderId, line);
            subtotal += Double.parseDouble(row.path("total_inc_tax").asString());
            items += (int) row.path("quantity").asLong();
        }
        JsonNode shipping = body.path("shipping_addresses").path(0);
        ObjectNode address = (ObjectNode) (shipping.isObject() ? shipping : body.get("billing_address")).deepCopy();
        store.shippingAddresses().insert(id -> address.put("id", id).put("order_id", orderId));
        ObjectNode finished = order.deepCopy();
        finished.put("subtotal_ex_tax", Json.money(subtotal));
        finished.put("subtotal_inc_tax", Json.money(subtotal));
        finished.put("total_ex_tax", Json.money(subtotal));
        finished.put("total_inc_tax", Json.money(subtotal));
        finished.put("items_total", items);
        finished.put("items_shipped", 0);
        finished.put("discount_amount", Json.money(0));
        finished.put("coupon_discount", Json.money(0));
        store.orders().replace(orderId, finished);
        return ApiResponse.json(201, renderOrder(request, finished));
    }

    private static ObjectNode addLine(StoreData store, long orderId, JsonNode line) {
        long productId = line.path("product_id").asLong(0);
        ObjectNode product = productId == 0 ? null : store.products().get(productId);
        String name = product == null ? line.path("name").asString("Custom item") : product.path("name").asString();
        double price = product == null ? line.path("price_inc_tax").asDouble(0) : product.path("price").asDouble(0);
        int quantity = (int) Math.max(1, line.path("quantity").asLong(1));
        return store.orderProducts().insert(id -> {
            ObjectNode row = Json.object();
            row.put("id", id);
            row.put("order_id", orderId);
            row.put("product_id", productId);
            row.put("name", name);
            row.put("sku", product == null ? line.path("sku").asString("") : product.path("sku").asString());
            row.put("type", "physical");
            row.put("base_price", Json.money(price));
            row.put("price_ex_tax", Json.money(price));
            row.put("price_inc_tax", Json.money(price));
            row.put("total_ex_tax", Json.money(price * quantity));
            row.put("total_inc_tax", Json.money(price * quantity));
            row.put("quantity", quantity);
            row.put("quantity_shipped", 0);
            row.putArray("product_options");
            return row;
        });
    }

    private ApiResponse update(ApiRequest request, long[] ids) {
        ObjectNode current = Rows.find(request, request.store().orders(), ids[0], "order");
        ObjectNode body = Rows.object(request);
        ObjectNode row = Rows.merge(current, body);
        row.remove("products");
        if (body.has("status_id")) {
            int status = (int) body.path("status_id").asLong(1);
            row.put("status", OrderRows.statusName(status));
            row.put("custom_status", OrderRows.statusName(status));
        }
        row.put("date_modified", request.context().nowSeconds());
        request.store().orders().replace(ids[0], row);
        return ApiResponse.json(200, renderOrder(request, row));
    }

    private ApiResponse createShipment(ApiRequest request, long[] ids) {
        ObjectNode order = Rows.find(request, request.store().orders(), ids[0], "order");
        ObjectNode body = Rows.object(request);
        for (String field : List.of("order_address_id", "items")) {
            if (!body.hasNonNull(field)) {
                throw new ApiException(ApiErrors.v2(400, "The required field '" + field + "' was not supplied."));
            }
        }
        long now = request.context().nowSeconds();
        ObjectNode shipment = request.store().shipments().insert(id -> {
            ObjectNode row = Rows.merge(Json.object(), body);
            row.put("id", id);
            row.put("order_id", ids[0]);
            row.put("customer_id", order.path("customer_id").asLong(0));
            row.put("date_created", now);
            row.set("billing_address", order.get("billing_address"));
            return row;
        });
        return ApiResponse.json(201, Rendering.v2(shipment));
    }

    private ApiResponse updateShipment(ApiRequest request, long[] ids) {
        ObjectNode current = child(request, request.store().shipments(), ids);
        ObjectNode row = Rows.merge(current, Rows.object(request));
        request.store().shipments().replace(ids[1], row);
        return ApiResponse.json(200, Rendering.v2(row));
    }
}
