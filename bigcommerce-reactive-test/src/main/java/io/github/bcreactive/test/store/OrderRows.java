package io.github.bcreactive.test.store;

import java.util.stream.LongStream;

import tools.jackson.databind.node.ObjectNode;

/**
 * Generates v2 orders and their sub-resources (products, shipping addresses, shipments, coupons).
 * Money is kept as the v2 API writes it (text with four decimals); dates are epoch seconds.
 */
public final class OrderRows implements RowGenerator {

    /** The most order products a generated order has; their ids are {@code (order - 1) * 3 + n}. */
    public static final int MAX_LINES = 3;

    private static final int[] STATUS_IDS = {11, 9, 2, 10, 7, 1, 5};
    private static final String[] STATUS_NAMES = {"Awaiting Fulfillment", "Awaiting Shipment", "Shipped", "Completed",
        "Awaiting Payment", "Pending", "Cancelled"};

    private final long seed;
    private final int customers;
    private final long productCount;
    private final ProductRows products;
    private final CustomerRows customerRows;

    /**
     * Creates the generator.
     *
     * @param seed the store's seed
     * @param customers how many customers orders are spread over
     * @param productCount how many products order lines are drawn from
     * @param products the product generator
     * @param customerRows the customer generator
     */
    public OrderRows(long seed, int customers, long productCount, ProductRows products, CustomerRows customerRows) {
        this.seed = seed;
        this.customers = customers;
        this.productCount = productCount;
        this.products = products;
        this.customerRows = customerRows;
    }

    private long h(long id, int salt) {
        return Seeds.hash(seed, id, salt);
    }

    /**
     * The name of an order status id, as {@code GET /v2/order_statuses} names it.
     *
     * @param statusId the status id
     * @return the name, or {@code "Pending"} for an unknown id
     */
    public static String statusName(int statusId) {
        for (int i = 0; i < STATUS_IDS.length; i++) {
            if (STATUS_IDS[i] == statusId) {
                return STATUS_NAMES[i];
            }
        }
        return "Pending";
    }

    private int statusIndex(long orderId) {
        return Seeds.pick(h(orderId, 60), STATUS_IDS.length);
    }

    /**
     * How many lines the generated order has.
     *
     * @param orderId the order id
     * @return 1 to {@link #MAX_LINES}
     */
    public int lineCount(long orderId) {
        return 1 + Seeds.pick(h(orderId, 61), MAX_LINES);
    }

    private boolean shipped(long orderId) {
        int status = STATUS_IDS[statusIndex(orderId)];
        return status == 2 || status == 10;
    }

    private boolean hasCoupon(long orderId) {
        return Seeds.pick(h(orderId, 62), 4) == 0;
    }

    private long customerId(long orderId) {
        return customers == 0 || Seeds.pick(h(orderId, 63), 10) == 0 ? 0 : 1 + Seeds.pick(h(orderId, 64), customers);
    }

    private long lineProduct(long lineId) {
        return productCount == 0 ? 0 : 1 + Math.floorMod(h(lineId, 65), productCount);
    }

    private int lineQuantity(long lineId) {
        return 1 + Seeds.pick(h(lineId, 66), 3);
    }

    private double linePrice(long lineId) {
        long productId = lineProduct(lineId);
        return productId == 0 ? 10.0 : products.price(productId);
    }

    private double subtotal(long orderId) {
        long first = (orderId - 1) * MAX_LINES + 1;
        return LongStream.range(first, first + lineCount(orderId))
                .mapToDouble(line -> linePrice(line) * lineQuantity(line)).sum();
    }

    private double discount(long orderId) {
        return hasCoupon(orderId) ? 5.0 : 0.0;
    }

    private ObjectNode address(long orderId, boolean billing) {
        long customerId = customerId(orderId);
        ObjectNode a = Json.object();
        a.put("first_name", customerId == 0 ? "Guest" : customerRows.firstName(customerId));
        a.put("last_name", customerId == 0 ? "Shopper" : customerRows.lastName(customerId));
        a.put("company", "");
        a.put("street_1", (100 + orderId % 900) + " Main Street");
        a.put("street_2", "");
        int place = Seeds.pick(h(orderId, 67), Words.CITIES.length);
        a.put("city", Words.CITIES[place]);
        a.put("state", Words.STATES[place]);
        a.put("zip", String.format("%05d", 10_000 + orderId % 89_999));
        a.put("country", "United States");
        a.put("country_iso2", "US");
        a.put("phone", "555-123-4567");
        a.put("email", customerId == 0 ? "guest." + orderId + "@example.com" : customerRows.email(customerId));
        if (billing) {
            a.putArray("form_fields");
        }
        return a;
    }

    @Override
    public ObjectNode generate(long id) {
        int status = statusIndex(id);
        double subtotal = subtotal(id);
        double shipping = 10.0;
        double total = subtotal + shipping - discount(id);
        long created = Dates.generatedCreated(h(id, 68));
        int items = (int) LongStream.range((id - 1) * MAX_LINES + 1, (id - 1) * MAX_LINES + 1 + lineCount(id))
                .map(this::lineQuantity).sum();
        ObjectNode o = Json.object();
        o.put("id", id);
        o.put("customer_id", customerId(id));
        o.put("date_created", created);
        o.put("date_modified", Dates.generatedModified(created, h(id, 69)));
        o.put("date_shipped", shipped(id) ? created + 86_400 : 0);
        o.put("status_id", STATUS_IDS[status]);
        o.put("status", STATUS_NAMES[status]);
        o.put("subtotal_ex_tax", Json.money(subtotal));
        o.put("subtotal_inc_tax", Json.money(subtotal));
        o.put("subtotal_tax", Json.money(0));
        costs(o, "shipping_cost", shipping);
        costs(o, "handling_cost", 0);
        costs(o, "wrapping_cost", 0);
        o.put("total_ex_tax", Json.money(total));
        o.put("total_inc_tax", Json.money(total));
        o.put("total_tax", Json.money(0));
        o.put("is_tax_inclusive_pricing", false);
        o.put("items_total", items);
        o.put("items_shipped", shipped(id) ? items : 0);
        o.put("payment_method", "Test Payment Gateway");
        o.put("payment_provider_id", "");
        o.put("payment_status", status == 4 ? "" : "captured");
        o.put("refunded_amount", Json.money(0));
        o.put("order_is_digital", false);
        o.put("store_credit_amount", Json.money(0));
        o.put("gift_certificate_amount", Json.money(0));
        o.put("ip_address", "");
        o.put("geoip_country", "");
        o.put("geoip_country_iso2", "");
        o.put("currency_id", 1);
        o.put("currency_code", "USD");
        o.put("currency_exchange_rate", "1.0000000000");
        o.put("default_currency_id", 1);
        o.put("default_currency_code", "USD");
        o.put("staff_notes", "");
        o.put("customer_message", "");
        o.put("discount_amount", Json.money(discount(id)));
        o.put("coupon_discount", Json.money(discount(id)));
        o.put("shipping_address_count", 1);
        o.put("ebay_order_id", "0");
        o.put("cart_id", new java.util.UUID(h(id, 70), h(id, 71)).toString());
        o.set("billing_address", address(id, true));
        o.put("is_email_opt_in", false);
        o.putNull("credit_card_type");
        o.put("order_source", "www");
        o.put("channel_id", 1);
        o.putNull("external_source");
        o.putNull("external_id");
        o.putNull("external_merchant_id");
        o.put("tax_provider_id", "BasicTaxProvider");
        o.put("store_default_currency_code", "USD");
        o.put("store_default_to_transactional_exchange_rate", "1.0000000000");
        o.put("custom_status", STATUS_NAMES[status]);
        o.put("customer_locale", "en");
        // orders.v2.oas2.yml types it as a string, not nullable: an order from no other system has an empty one
        o.put("external_order_id", "");
        return o;
    }

    /** Generates the rows of one order sub-resource. */
    public final class Children implements RowGenerator {

        private final String kind;
        private final int perOrder;

        private Children(String kind, int perOrder) {
            this.kind = kind;
            this.perOrder = perOrder;
        }

        /**
         * The highest generated child id for a store of {@code orderCount} orders.
         *
         * @param orderCount the number of generated orders
         * @return the highest id
         */
        public long maxId(long orderCount) {
            return orderCount * perOrder;
        }

        /**
         * The generated child ids of an order.
         *
         * @param orderId the order id
         * @return ascending ids
         */
        public long[] childIds(long orderId) {
            long first = (orderId - 1) * perOrder + 1;
            return LongStream.range(first, first + countFor(orderId)).toArray();
        }

        private int countFor(long orderId) {
            return switch (kind) {
                case "products" -> lineCount(orderId);
                case "shipments" -> shipped(orderId) ? 1 : 0;
                case "coupons" -> hasCoupon(orderId) ? 1 : 0;
                default -> 1;
            };
        }

        @Override
        public boolean exists(long id) {
            return (id - 1) % perOrder < countFor((id - 1) / perOrder + 1);
        }

        @Override
        public ObjectNode generate(long id) {
            if (!exists(id)) {
                return null;
            }
            long orderId = (id - 1) / perOrder + 1;
            return switch (kind) {
                case "products" -> line(id, orderId);
                case "shipments" -> shipment(id, orderId);
                case "coupons" -> coupon(id, orderId);
                default -> shippingAddress(id, orderId);
            };
        }
    }

    /**
     * Order lines: {@code /v2/orders/{id}/products}.
     *
     * @return the generator
     */
    public Children lines() {
        return new Children("products", MAX_LINES);
    }

    /**
     * {@code /v2/orders/{id}/shipping_addresses}: one per order, with the order's id.
     *
     * @return the generator
     */
    public Children shippingAddresses() {
        return new Children("shipping_addresses", 1);
    }

    /**
     * {@code /v2/orders/{id}/shipments}: one for shipped and completed orders.
     *
     * @return the generator
     */
    public Children shipments() {
        return new Children("shipments", 1);
    }

    /**
     * {@code /v2/orders/{id}/coupons}: one for a quarter of the orders.
     *
     * @return the generator
     */
    public Children coupons() {
        return new Children("coupons", 1);
    }

    private ObjectNode line(long id, long orderId) {
        long productId = lineProduct(id);
        double price = linePrice(id);
        int quantity = lineQuantity(id);
        String name = productId == 0 ? "Custom item" : products.name(productId);
        ObjectNode l = Json.object();
        l.put("id", id);
        l.put("order_id", orderId);
        l.put("product_id", productId);
        l.put("variant_id", productId == 0 ? 0 : (productId - 1) * ProductRows.MAX_VARIANTS + 1);
        l.put("order_address_id", orderId);
        l.put("name", name);
        l.put("name_customer", name);
        l.put("name_merchant", name);
        l.put("sku", productId == 0 ? "" : products.sku(productId));
        l.put("upc", "");
        l.put("type", "physical");
        l.put("base_price", Json.money(price));
        l.put("price_ex_tax", Json.money(price));
        l.put("price_inc_tax", Json.money(price));
        l.put("price_tax", Json.money(0));
        l.put("base_total", Json.money(price * quantity));
        l.put("total_ex_tax", Json.money(price * quantity));
        l.put("total_inc_tax", Json.money(price * quantity));
        l.put("total_tax", Json.money(0));
        l.put("weight", "1.0000");
        l.put("quantity", quantity);
        l.put("base_cost_price", Json.money(price * 0.6));
        l.put("cost_price_inc_tax", Json.money(price * 0.6));
        l.put("cost_price_ex_tax", Json.money(price * 0.6));
        l.put("cost_price_tax", Json.money(0));
        l.put("is_refunded", false);
        l.put("quantity_refunded", 0);
        l.put("refund_amount", Json.money(0));
        l.put("return_id", 0);
        l.put("wrapping_name", "");
        l.put("base_wrapping_cost", Json.money(0));
        l.put("wrapping_cost_ex_tax", Json.money(0));
        l.put("wrapping_cost_inc_tax", Json.money(0));
        l.put("wrapping_cost_tax", Json.money(0));
        l.put("wrapping_message", "");
        l.put("quantity_shipped", shipped(orderId) ? quantity : 0);
        l.put("fixed_shipping_cost", Json.money(0));
        l.put("ebay_item_id", "");
        l.put("ebay_transaction_id", "");
        l.putNull("option_set_id");
        l.putNull("parent_order_product_id");
        l.put("is_bundled_product", false);
        l.put("bin_picking_number", "");
        l.putNull("external_id");
        l.put("brand", "");
        l.putArray("applied_discounts");
        l.putArray("product_options");
        l.putArray("configurable_fields");
        return l;
    }

    private ObjectNode shippingAddress(long id, long orderId) {
        ObjectNode a = address(orderId, false);
        a.put("id", id);
        a.put("order_id", orderId);
        a.put("items_total", (int) generate(orderId).path("items_total").asLong(0));
        a.put("items_shipped", shipped(orderId) ? a.path("items_total").asLong(0) : 0);
        a.put("shipping_method", "Flat Rate");
        costs(a, "cost", 10);
        costs(a, "handling_cost", 0);
        a.put("shipping_zone_id", 1);
        a.put("shipping_zone_name", "United States");
        a.putArray("form_fields");
        return a;
    }

    /** Writes v2's five fields of a tax-free cost: base_X, X_ex_tax, X_inc_tax, X_tax, X_tax_class_id. */
    private static void costs(ObjectNode row, String name, double amount) {
        row.put("base_" + name, Json.money(amount));
        row.put(name + "_ex_tax", Json.money(amount));
        row.put(name + "_inc_tax", Json.money(amount));
        row.put(name + "_tax", Json.money(0));
        row.put(name + "_tax_class_id", 0);
    }

    private ObjectNode shipment(long id, long orderId) {
        ObjectNode s = Json.object();
        s.put("id", id);
        s.put("order_id", orderId);
        s.put("customer_id", customerId(orderId));
        s.put("order_address_id", orderId);
        s.put("date_created", Dates.generatedCreated(h(orderId, 68)) + 86_400);
        s.put("tracking_number", String.format("EJ%09dUS", orderId));
        s.put("merchant_shipping_cost", Json.money(0));
        s.put("shipping_method", "Flat Rate");
        s.put("comments", "");
        s.put("shipping_provider", "usps");
        s.put("tracking_carrier", "usps");
        s.put("tracking_link", "");
        s.set("billing_address", address(orderId, false));
        s.set("shipping_address", address(orderId, false));
        var items = s.putArray("items");
        long first = (orderId - 1) * MAX_LINES + 1;
        for (long line = first; line < first + lineCount(orderId); line++) {
            ObjectNode item = items.addObject();
            item.put("order_product_id", line);
            item.put("product_id", lineProduct(line));
            item.put("quantity", lineQuantity(line));
        }
        s.put("shipping_provider_display_name", "USPS");
        return s;
    }

    private ObjectNode coupon(long id, long orderId) {
        ObjectNode c = Json.object();
        c.put("id", id);
        c.put("coupon_id", 1 + Seeds.pick(h(orderId, 72), 5));
        c.put("order_id", orderId);
        c.put("code", String.format("SAVE5-%04d", orderId % 10_000));
        c.put("amount", 5);
        c.put("type", 2);
        c.put("discount", 5.0);
        return c;
    }
}
