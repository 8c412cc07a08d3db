package io.github.bcreactive.resource;

import static io.github.bcreactive.resource.ResourceSpec.v2;
import static io.github.bcreactive.resource.ResourceSpec.v3;

import java.util.Objects;

import io.github.bcreactive.api.RestApi;
import io.github.bcreactive.model.Order;
import io.github.bcreactive.model.OrderCoupon;
import io.github.bcreactive.model.OrderProduct;
import io.github.bcreactive.model.OrderShippingAddress;
import io.github.bcreactive.model.Shipment;
import tools.jackson.databind.JsonNode;

/**
 * Orders, each part on the version BigCommerce recommends: v2 orders with their products, shipping addresses,
 * shipments, coupons, taxes and messages, and order statuses; v3 transactions, refunds, refund quotes and
 * metafields.
 *
 * <pre>{@code
 * Orders orders = client.orders();
 * orders.orders().iterAll(Query.of("status_id", OrderStatus.AWAITING_FULFILLMENT.id()));
 * orders.orders().products(101).iterAll();
 * orders.transactions().iterAll(101);
 * }</pre>
 */
public final class Orders extends GeneratedOrders {

    private static final ResourceSpec<Order> ORDERS = v2("/orders", Order.class);
    private static final ResourceSpec<OrderProduct> PRODUCTS = v2("/orders/{order_id}/products", OrderProduct.class);
    private static final ResourceSpec<OrderShippingAddress> SHIPPING_ADDRESSES =
            v2("/orders/{order_id}/shipping_addresses", OrderShippingAddress.class);
    private static final ResourceSpec<Shipment> SHIPMENTS = v2("/orders/{order_id}/shipments", Shipment.class);
    private static final ResourceSpec<OrderCoupon> COUPONS = v2("/orders/{order_id}/coupons", OrderCoupon.class);
    private static final ResourceSpec<JsonNode> TAXES = v2("/orders/{order_id}/taxes", JsonNode.class);
    private static final ResourceSpec<JsonNode> MESSAGES = v2("/orders/{order_id}/messages", JsonNode.class);
    private static final ResourceSpec<JsonNode> STATUSES = v2("/order_statuses", JsonNode.class);
    private static final ResourceSpec<JsonNode> TRANSACTIONS =
            v3("/orders/{order_id}/transactions", JsonNode.class);
    private static final ResourceSpec<JsonNode> REFUNDS =
            v3("/orders/{order_id}/payment_actions/refunds", JsonNode.class);
    private static final ResourceSpec<JsonNode> REFUND_QUOTES =
            v3("/orders/{order_id}/payment_actions/refund_quotes", JsonNode.class);
    private static final ResourceSpec<JsonNode> METAFIELDS = v3("/orders/{order_id}/metafields", JsonNode.class);

    private final RestApi api;

    /**
     * Creates the family over a store's API; {@code client.orders()} is the usual way to get it.
     *
     * @param api the store's API
     */
    Orders(RestApi api) {
        super(Objects.requireNonNull(api, "'api' cannot be null."));
        this.api = api;
    }

    /**
     * Orders ({@code /orders}).
     *
     * @return the resource
     */
    public OrderList orders() {
        return Endpoint.of(api, ORDERS)::itself;
    }

    /**
     * Products, order id first ({@code /orders/{order_id}/products}).
     *
     * @return the resource
     */
    public Products products() {
        return Endpoint.of(api, PRODUCTS)::itself;
    }

    /**
     * Shipping addresses, order id first ({@code /orders/{order_id}/shipping_addresses}).
     *
     * @return the resource
     */
    public ShippingAddresses shippingAddresses() {
        return Endpoint.of(api, SHIPPING_ADDRESSES)::itself;
    }

    /**
     * Shipments, order id first ({@code /orders/{order_id}/shipments}).
     *
     * @return the resource
     */
    public Shipments shipments() {
        return Endpoint.of(api, SHIPMENTS)::itself;
    }

    /**
     * Coupons, order id first ({@code /orders/{order_id}/coupons}).
     *
     * @return the resource
     */
    public Coupons coupons() {
        return Endpoint.of(api, COUPONS)::itself;
    }

    /**
     * Taxes, order id first ({@code /orders/{order_id}/taxes}).
     *
     * @return the resource
     */
    public Taxes taxes() {
        return Endpoint.of(api, TAXES)::itself;
    }

    /**
     * Messages, order id first ({@code /orders/{order_id}/messages}).
     *
     * @return the resource
     */
    public Messages messages() {
        return Endpoint.of(api, MESSAGES)::itself;
    }

    /**
     * Order statuses ({@code /order_statuses}).
     *
     * @return the resource
     */
    public Statuses statuses() {
        return Endpoint.of(api, STATUSES)::itself;
    }

    /**
     * Transactions (v3, not paged), order id first ({@code /orders/{order_id}/transactions}).
     *
     * @return the resource
     */
    public Transactions transactions() {
        return Endpoint.of(api, TRANSACTIONS)::itself;
    }

    /**
     * Refunds (v3, not paged), order id first ({@code /orders/{order_id}/payment_actions/refunds}).
     *
     * @return the resource
     */
    public Refunds refunds() {
        return Endpoint.of(api, REFUNDS)::itself;
    }

    /**
     * Refund quotes (v3), order id first ({@code /orders/{order_id}/payment_actions/refund_quotes}).
     *
     * @return the resource
     */
    public RefundQuotes refundQuotes() {
        return Endpoint.of(api, REFUND_QUOTES)::itself;
    }

    /**
     * Metafields (v3), order id first ({@code /orders/{order_id}/metafields}).
     *
     * @return the resource
     */
    public Metafields metafields() {
        return Endpoint.of(api, METAFIELDS)::itself;
    }

    /** Orders: list, get, create, update, delete, delete by filter, count. */
    public interface OrderList extends Listable<Order>, Gettable<Order>, Creatable<Order>, Updatable<Order>,
            Deletable<Order>, CollectionDeletable<Order>, Countable<Order> {

        /**
         * The order's products.
         *
         * @param orderId the order id
         * @return the resource
         */
        default OrderProducts products(Object orderId) {
            return endpoint().child(PRODUCTS, orderId)::itself;
        }

        /**
         * The order's shipping addresses.
         *
         * @param orderId the order id
         * @return the resource
         */
        default OrderShippingAddresses shippingAddresses(Object orderId) {
            return endpoint().child(SHIPPING_ADDRESSES, orderId)::itself;
        }

        /**
         * The order's shipments.
         *
         * @param orderId the order id
         * @return the resource
         */
        default OrderShipments shipments(Object orderId) {
            return endpoint().child(SHIPMENTS, orderId)::itself;
        }

        /**
         * The order's coupons.
         *
         * @param orderId the order id
         * @return the resource
         */
        default OrderCoupons coupons(Object orderId) {
            return endpoint().child(COUPONS, orderId)::itself;
        }

        /**
         * The order's taxes.
         *
         * @param orderId the order id
         * @return the resource
         */
        default OrderTaxes taxes(Object orderId) {
            return endpoint().child(TAXES, orderId)::itself;
        }

        /**
         * The order's messages.
         *
         * @param orderId the order id
         * @return the resource
         */
        default OrderMessages messages(Object orderId) {
            return endpoint().child(MESSAGES, orderId)::itself;
        }

        /**
         * The order's transactions (v3, not paged).
         *
         * @param orderId the order id
         * @return the resource
         */
        default OrderTransactions transactions(Object orderId) {
            return endpoint().child(TRANSACTIONS, orderId)::itself;
        }

        /**
         * The order's refunds (v3, not paged).
         *
         * @param orderId the order id
         * @return the resource
         */
        default OrderRefunds refunds(Object orderId) {
            return endpoint().child(REFUNDS, orderId)::itself;
        }

        /**
         * The order's refund quotes (v3).
         *
         * @param orderId the order id
         * @return the resource
         */
        default OrderRefundQuotes refundQuotes(Object orderId) {
            return endpoint().child(REFUND_QUOTES, orderId)::itself;
        }

        /**
         * The order's metafields (v3).
         *
         * @param orderId the order id
         * @return the resource
         */
        default OrderMetafields metafields(Object orderId) {
            return endpoint().child(METAFIELDS, orderId)::itself;
        }
    }

    /** Products, order id first: list, get. */
    public interface Products extends SubListable<OrderProduct>, SubGettable<OrderProduct> {
    }

    /** One order's products: list, get. */
    public interface OrderProducts extends Listable<OrderProduct>, Gettable<OrderProduct> {
    }

    /** Shipping addresses, order id first: list, get, update. */
    public interface ShippingAddresses extends SubListable<OrderShippingAddress>, SubGettable<OrderShippingAddress>,
            SubUpdatable<OrderShippingAddress> {
    }

    /** One order's shipping addresses: list, get, update. */
    public interface OrderShippingAddresses extends Listable<OrderShippingAddress>, Gettable<OrderShippingAddress>,
            Updatable<OrderShippingAddress> {
    }

    /** Shipments, order id first: list, get, create, update, delete, delete by filter, count. */
    public interface Shipments extends SubListable<Shipment>, SubGettable<Shipment>, SubCreatable<Shipment>,
            SubUpdatable<Shipment>, SubDeletable<Shipment>, SubCollectionDeletable<Shipment>, SubCountable<Shipment> {
    }

    /** One order's shipments: list, get, create, update, delete, delete by filter, count. */
    public interface OrderShipments extends Listable<Shipment>, Gettable<Shipment>, Creatable<Shipment>,
            Updatable<Shipment>, Deletable<Shipment>, CollectionDeletable<Shipment>, Countable<Shipment> {
    }

    /** Coupons, order id first: list. */
    public interface Coupons extends SubListable<OrderCoupon> {
    }

    /** One order's coupons: list. */
    public interface OrderCoupons extends Listable<OrderCoupon> {
    }

    /** Taxes, order id first: list. */
    public interface Taxes extends SubListable<JsonNode> {
    }

    /** One order's taxes: list. */
    public interface OrderTaxes extends Listable<JsonNode> {
    }

    /** Messages, order id first: list. */
    public interface Messages extends SubListable<JsonNode> {
    }

    /** One order's messages: list. */
    public interface OrderMessages extends Listable<JsonNode> {
    }

    /** Order statuses: list, get. */
    public interface Statuses extends Listable<JsonNode>, Gettable<JsonNode> {
    }

    /** Transactions (v3, not paged), order id first: list. */
    public interface Transactions extends SubListable<JsonNode> {
    }

    /** One order's transactions (v3, not paged): list. */
    public interface OrderTransactions extends Listable<JsonNode> {
    }

    /** Refunds (v3, not paged), order id first: list, create. */
    public interface Refunds extends SubListable<JsonNode>, SubCreatable<JsonNode> {
    }

    /** One order's refunds (v3, not paged): list, create. */
    public interface OrderRefunds extends Listable<JsonNode>, Creatable<JsonNode> {
    }

    /** Refund quotes (v3), order id first: create. */
    public interface RefundQuotes extends SubCreatable<JsonNode> {
    }

    /** One order's refund quotes (v3): create. */
    public interface OrderRefundQuotes extends Creatable<JsonNode> {
    }

    /** Metafields (v3), order id first: list, get, create, update, delete, count. */
    public interface Metafields extends SubListable<JsonNode>, SubGettable<JsonNode>, SubCreatable<JsonNode>,
            SubUpdatable<JsonNode>, SubDeletable<JsonNode>, SubCountable<JsonNode> {
    }

    /** One order's metafields (v3): list, get, create, update, delete, count. */
    public interface OrderMetafields extends Listable<JsonNode>, Gettable<JsonNode>, Creatable<JsonNode>,
            Updatable<JsonNode>, Deletable<JsonNode>, Countable<JsonNode> {
    }
}
