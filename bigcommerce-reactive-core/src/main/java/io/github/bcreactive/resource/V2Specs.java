package io.github.bcreactive.resource;

import static io.github.bcreactive.resource.ResourceSpec.v2;

import io.github.bcreactive.model.Currency;
import io.github.bcreactive.model.CustomerGroup;
import io.github.bcreactive.model.Order;
import io.github.bcreactive.model.OrderCoupon;
import io.github.bcreactive.model.OrderProduct;
import io.github.bcreactive.model.OrderShippingAddress;
import io.github.bcreactive.model.Shipment;
import io.github.bcreactive.model.Store;
import io.github.bcreactive.model.Webhook;
import tools.jackson.databind.JsonNode;

/** The declarations of the v2 table ({@link V2Resources}): path, model and paging of each resource. */
final class V2Specs {

    static final ResourceSpec<JsonNode> BANNERS = v2("/banners", JsonNode.class);
    static final ResourceSpec<JsonNode> BLOG_POSTS = v2("/blog/posts", JsonNode.class);
    static final ResourceSpec<JsonNode> BRANDS = v2("/brands", JsonNode.class);
    static final ResourceSpec<JsonNode> CATEGORIES = v2("/categories", JsonNode.class);
    static final ResourceSpec<JsonNode> COUNTRIES = v2("/countries", JsonNode.class);
    static final ResourceSpec<JsonNode> COUNTRY_STATES = v2("/countries/{country_id}/states", JsonNode.class);
    static final ResourceSpec<JsonNode> COUPONS = v2("/coupons", JsonNode.class);
    static final ResourceSpec<Currency> CURRENCIES = v2("/currencies", Currency.class);
    static final ResourceSpec<CustomerGroup> CUSTOMER_GROUPS = v2("/customer_groups", CustomerGroup.class);
    static final ResourceSpec<JsonNode> CUSTOMERS = v2("/customers", JsonNode.class);
    static final ResourceSpec<JsonNode> CUSTOMER_ADDRESSES = v2("/customers/{customer_id}/addresses", JsonNode.class);
    static final ResourceSpec<JsonNode> GIFT_CERTIFICATES = v2("/gift_certificates", JsonNode.class);
    static final ResourceSpec<JsonNode> OPTION_SETS = v2("/option_sets", JsonNode.class);
    static final ResourceSpec<JsonNode> OPTION_SET_OPTIONS = v2("/option_sets/{option_set_id}/options", JsonNode.class);
    static final ResourceSpec<JsonNode> OPTIONS = v2("/options", JsonNode.class);
    static final ResourceSpec<JsonNode> OPTION_VALUES = v2("/options/{option_id}/values", JsonNode.class);
    static final ResourceSpec<JsonNode> ORDER_STATUSES = v2("/order_statuses", JsonNode.class);
    static final ResourceSpec<Order> ORDERS = v2("/orders", Order.class);
    static final ResourceSpec<OrderCoupon> ORDER_COUPONS = v2("/orders/{order_id}/coupons", OrderCoupon.class);
    static final ResourceSpec<OrderProduct> ORDER_PRODUCTS = v2("/orders/{order_id}/products", OrderProduct.class);
    static final ResourceSpec<Shipment> ORDER_SHIPMENTS = v2("/orders/{order_id}/shipments", Shipment.class);
    static final ResourceSpec<OrderShippingAddress> ORDER_SHIPPING_ADDRESSES =
            v2("/orders/{order_id}/shipping_addresses", OrderShippingAddress.class);
    static final ResourceSpec<JsonNode> ORDER_MESSAGES = v2("/orders/{order_id}/messages", JsonNode.class);
    static final ResourceSpec<JsonNode> ORDER_TAXES = v2("/orders/{order_id}/taxes", JsonNode.class);
    static final ResourceSpec<JsonNode> PAGES = v2("/pages", JsonNode.class);
    static final ResourceSpec<JsonNode> PAYMENT_METHODS = v2("/payments/methods", JsonNode.class);
    static final ResourceSpec<JsonNode> PRODUCTS = v2("/products", JsonNode.class);
    static final ResourceSpec<JsonNode> PRODUCT_CONFIGURABLE_FIELDS =
            v2("/products/{product_id}/configurable_fields", JsonNode.class);
    static final ResourceSpec<JsonNode> PRODUCT_CUSTOM_FIELDS =
            v2("/products/{product_id}/custom_fields", JsonNode.class);
    static final ResourceSpec<JsonNode> PRODUCT_DISCOUNT_RULES =
            v2("/products/{product_id}/discount_rules", JsonNode.class);
    static final ResourceSpec<JsonNode> PRODUCT_IMAGES = v2("/products/{product_id}/images", JsonNode.class);
    static final ResourceSpec<JsonNode> PRODUCT_OPTIONS = v2("/products/{product_id}/options", JsonNode.class);
    static final ResourceSpec<JsonNode> PRODUCT_REVIEWS = v2("/products/{product_id}/reviews", JsonNode.class);
    static final ResourceSpec<JsonNode> PRODUCT_RULES = v2("/products/{product_id}/rules", JsonNode.class);
    static final ResourceSpec<JsonNode> PRODUCT_SKUS = v2("/products/{product_id}/skus", JsonNode.class);
    static final ResourceSpec<JsonNode> PRODUCT_VIDEOS = v2("/products/{product_id}/videos", JsonNode.class);
    static final ResourceSpec<JsonNode> GOOGLE_PRODUCT_SEARCH_MAPPINGS =
            v2("/products/{product_id}/googleproductsearch", JsonNode.class);
    static final ResourceSpec<JsonNode> REDIRECTS = v2("/redirects", JsonNode.class);
    static final ResourceSpec<JsonNode> SHIPPING_METHODS = v2("/shipping/methods", JsonNode.class);
    static final ResourceSpec<Store> STORE = v2("/store", Store.class);
    static final ResourceSpec<JsonNode> TAX_CLASSES = v2("/tax_classes", JsonNode.class);
    static final ResourceSpec<JsonNode> TIME = v2("/time", JsonNode.class);
    static final ResourceSpec<Webhook> WEBHOOKS = v2("/hooks", Webhook.class);

    private V2Specs() {
    }
}
