package io.github.bcreactive.resource;

import static io.github.bcreactive.resource.ResourceSpec.v2;
import static io.github.bcreactive.resource.ResourceSpec.v3;

import java.util.Objects;

import io.github.bcreactive.api.RestApi;
import io.github.bcreactive.model.Order;
import io.github.bcreactive.model.generated.orders.Metafield;
import io.github.bcreactive.model.generated.orders.OrderCouponsBase;
import io.github.bcreactive.model.generated.orders.OrderMessagesItem;
import io.github.bcreactive.model.generated.orders.OrderProducts;
import io.github.bcreactive.model.generated.orders.OrderShipment;
import io.github.bcreactive.model.generated.orders.OrderShippingAddress;
import io.github.bcreactive.model.generated.orders.OrderStatusBase;
import io.github.bcreactive.model.generated.orders.OrderTaxesBase;
import io.github.bcreactive.model.generated.orders.Refund;
import io.github.bcreactive.model.generated.orders.RefundQuoteFull;
import io.github.bcreactive.model.generated.orders.Transaction;

/**
 * Orders, each part on the version BigCommerce recommends. The family is itself the v2 orders resource
 * ({@link FullCrud}); beside it are the orders' products, shipping addresses, shipments, coupons, taxes and messages,
 * and the order statuses (v2), and their transactions, refunds, refund quotes and metafields (v3). Each sub-resource
 * is reachable standalone, order id first, and from its order, by the order id.
 *
 * <pre>{@code
 * Orders orders = client.orders();
 * orders.iterAll(Query.of("status_id", OrderStatus.AWAITING_FULFILLMENT.id()));
 * orders.products(101L).iterAll();              // from the order
 * orders.products().get(101L, 7L);              // standalone, order id first
 * orders.transactions(101L).iterAll();
 * }</pre>
 */
public final class Orders extends GeneratedOrders implements FullCrud<Order, Long> {

    private static final ResourceSpec<Order> ORDERS = v2("/orders", Order.class);
    private static final ResourceSpec<OrderProducts> PRODUCTS = v2("/orders/{order_id}/products", OrderProducts.class);
    private static final ResourceSpec<OrderShippingAddress> SHIPPING_ADDRESSES =
            v2("/orders/{order_id}/shipping_addresses", OrderShippingAddress.class);
    private static final ResourceSpec<OrderShipment> SHIPMENTS =
            v2("/orders/{order_id}/shipments", OrderShipment.class);
    private static final ResourceSpec<OrderCouponsBase> COUPONS =
            v2("/orders/{order_id}/coupons", OrderCouponsBase.class);
    private static final ResourceSpec<OrderTaxesBase> TAXES = v2("/orders/{order_id}/taxes", OrderTaxesBase.class);
    private static final ResourceSpec<OrderMessagesItem> MESSAGES = v2("/orders/{order_id}/messages", OrderMessagesItem.class);
    private static final ResourceSpec<OrderStatusBase> STATUSES = v2("/order_statuses", OrderStatusBase.class);
    private static final ResourceSpec<Transaction> TRANSACTIONS =
            v3("/orders/{order_id}/transactions", Transaction.class);
    private static final ResourceSpec<Refund> REFUNDS =
            v3("/orders/{order_id}/payment_actions/refunds", Refund.class);
    private static final ResourceSpec<RefundQuoteFull> REFUND_QUOTES =
            v3("/orders/{order_id}/payment_actions/refund_quotes", RefundQuoteFull.class);
    private static final ResourceSpec<Metafield> METAFIELDS = v3("/orders/{order_id}/metafields", Metafield.class);

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
     * The orders themselves ({@code /orders}): this family's own capabilities run on it.
     *
     * @return the endpoint
     */
    @Override
    public Endpoint<Order> endpoint() {
        return Endpoint.of(api, ORDERS);
    }

    /**
     * Products, order id first ({@code /orders/{order_id}/products}).
     *
     * @return the resource
     */
    public SubReadOnly<OrderProducts, Long, Long> products() {
        return Endpoint.of(api, PRODUCTS)::itself;
    }

    /**
     * Products, of one order ({@code /orders/{order_id}/products}).
     *
     * @param orderId the {@code order_id}
     * @return the resource
     */
    public ReadOnly<OrderProducts, Long> products(long orderId) {
        return Endpoint.of(api, PRODUCTS).bind(orderId)::itself;
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
     * Shipping addresses, of one order ({@code /orders/{order_id}/shipping_addresses}).
     *
     * @param orderId the {@code order_id}
     * @return the resource
     */
    public OrderShippingAddresses shippingAddresses(long orderId) {
        return Endpoint.of(api, SHIPPING_ADDRESSES).bind(orderId)::itself;
    }

    /**
     * Shipments, order id first ({@code /orders/{order_id}/shipments}).
     *
     * @return the resource
     */
    public SubFullCrud<OrderShipment, Long, Long> shipments() {
        return Endpoint.of(api, SHIPMENTS)::itself;
    }

    /**
     * Shipments, of one order ({@code /orders/{order_id}/shipments}).
     *
     * @param orderId the {@code order_id}
     * @return the resource
     */
    public FullCrud<OrderShipment, Long> shipments(long orderId) {
        return Endpoint.of(api, SHIPMENTS).bind(orderId)::itself;
    }

    /**
     * Coupons applied, order id first ({@code /orders/{order_id}/coupons}).
     *
     * @return the resource
     */
    public SubListOnly<OrderCouponsBase, Long> coupons() {
        return Endpoint.of(api, COUPONS)::itself;
    }

    /**
     * Coupons applied, of one order ({@code /orders/{order_id}/coupons}).
     *
     * @param orderId the {@code order_id}
     * @return the resource
     */
    public ListOnly<OrderCouponsBase> coupons(long orderId) {
        return Endpoint.of(api, COUPONS).bind(orderId)::itself;
    }

    /**
     * Taxes, order id first ({@code /orders/{order_id}/taxes}).
     *
     * @return the resource
     */
    public SubListOnly<OrderTaxesBase, Long> taxes() {
        return Endpoint.of(api, TAXES)::itself;
    }

    /**
     * Taxes, of one order ({@code /orders/{order_id}/taxes}).
     *
     * @param orderId the {@code order_id}
     * @return the resource
     */
    public ListOnly<OrderTaxesBase> taxes(long orderId) {
        return Endpoint.of(api, TAXES).bind(orderId)::itself;
    }

    /**
     * Messages, order id first ({@code /orders/{order_id}/messages}).
     *
     * @return the resource
     */
    public SubListOnly<OrderMessagesItem, Long> messages() {
        return Endpoint.of(api, MESSAGES)::itself;
    }

    /**
     * Messages, of one order ({@code /orders/{order_id}/messages}).
     *
     * @param orderId the {@code order_id}
     * @return the resource
     */
    public ListOnly<OrderMessagesItem> messages(long orderId) {
        return Endpoint.of(api, MESSAGES).bind(orderId)::itself;
    }

    /**
     * Order statuses ({@code /order_statuses}).
     *
     * @return the resource
     */
    public ReadOnly<OrderStatusBase, Long> statuses() {
        return Endpoint.of(api, STATUSES)::itself;
    }

    /**
     * Transactions (v3, not paged), order id first ({@code /orders/{order_id}/transactions}).
     *
     * @return the resource
     */
    public SubListOnly<Transaction, Long> transactions() {
        return Endpoint.of(api, TRANSACTIONS)::itself;
    }

    /**
     * Transactions (v3, not paged), of one order ({@code /orders/{order_id}/transactions}).
     *
     * @param orderId the {@code order_id}
     * @return the resource
     */
    public ListOnly<Transaction> transactions(long orderId) {
        return Endpoint.of(api, TRANSACTIONS).bind(orderId)::itself;
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
     * Refunds (v3, not paged), of one order ({@code /orders/{order_id}/payment_actions/refunds}).
     *
     * @param orderId the {@code order_id}
     * @return the resource
     */
    public OrderRefunds refunds(long orderId) {
        return Endpoint.of(api, REFUNDS).bind(orderId)::itself;
    }

    /**
     * Refund quotes (v3), order id first ({@code /orders/{order_id}/payment_actions/refund_quotes}).
     *
     * @return the resource
     */
    public SubCreateOnly<RefundQuoteFull, Long> refundQuotes() {
        return Endpoint.of(api, REFUND_QUOTES)::itself;
    }

    /**
     * Refund quotes (v3), of one order ({@code /orders/{order_id}/payment_actions/refund_quotes}).
     *
     * @param orderId the {@code order_id}
     * @return the resource
     */
    public CreateOnly<RefundQuoteFull> refundQuotes(long orderId) {
        return Endpoint.of(api, REFUND_QUOTES).bind(orderId)::itself;
    }

    /**
     * Metafields (v3), order id first ({@code /orders/{order_id}/metafields}).
     *
     * @return the resource
     */
    public SubCrud<Metafield, Long, Long> metafields() {
        return Endpoint.of(api, METAFIELDS)::itself;
    }

    /**
     * Metafields (v3), of one order ({@code /orders/{order_id}/metafields}).
     *
     * @param orderId the {@code order_id}
     * @return the resource
     */
    public Crud<Metafield, Long> metafields(long orderId) {
        return Endpoint.of(api, METAFIELDS).bind(orderId)::itself;
    }

    /** Shipping addresses, order id first: list, get, update (their ids are strings in the spec). */
    public interface ShippingAddresses extends SubReadOnly<OrderShippingAddress, Long, String>,
            SubUpdatable<OrderShippingAddress, Long, String> {
    }

    /** One order's shipping addresses: list, get, update. */
    public interface OrderShippingAddresses extends ReadOnly<OrderShippingAddress, String>,
            Updatable<OrderShippingAddress, String> {
    }

    /** Refunds, order id first: list, create. */
    public interface Refunds extends SubListable<Refund, Long>, SubCreatable<Refund, Long> {
    }

    /** One order's refunds: list, create. */
    public interface OrderRefunds extends Listable<Refund>, Creatable<Refund> {
    }
}
