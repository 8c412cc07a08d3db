package io.github.bcreactive.resource;

import static io.github.bcreactive.resource.ResourceSpec.v3;

import java.util.Objects;

import io.github.bcreactive.api.V3Api;
import io.github.bcreactive.model.Checkout;
import tools.jackson.databind.JsonNode;

/**
 * Server-to-server checkouts (v3): the checkout, its billing address, consignments, coupons and discounts, and the
 * order made from it. Each change answers with the whole checkout.
 *
 * <pre>{@code
 * Checkouts checkouts = client.checkouts();
 * checkouts.billingAddress().create(checkoutId, address);
 * checkouts.checkouts().coupons(checkoutId).create(Map.of("coupon_code", "SAVE10"));
 * checkouts.orders().create(checkoutId, Map.of());
 * }</pre>
 */
public final class Checkouts extends GeneratedCheckouts {

    private static final ResourceSpec<Checkout> CHECKOUTS = v3("/checkouts", Checkout.class);
    private static final ResourceSpec<Checkout> BILLING_ADDRESS =
            v3("/checkouts/{checkout_id}/billing-address", Checkout.class);
    private static final ResourceSpec<Checkout> CONSIGNMENTS =
            v3("/checkouts/{checkout_id}/consignments", Checkout.class);
    private static final ResourceSpec<Checkout> COUPONS = v3("/checkouts/{checkout_id}/coupons", Checkout.class);
    private static final ResourceSpec<Checkout> DISCOUNTS = v3("/checkouts/{checkout_id}/discounts", Checkout.class);
    private static final ResourceSpec<JsonNode> ORDERS = v3("/checkouts/{checkout_id}/orders", JsonNode.class);

    private final V3Api v3;

    /**
     * Creates the family over a store's API; {@code client.checkouts()} is the usual way to get it.
     *
     * @param v3 the store's API
     */
    Checkouts(V3Api v3) {
        super(Objects.requireNonNull(v3, "'v3' cannot be null."));
        this.v3 = v3;
    }

    /**
     * Checkouts ({@code /checkouts}).
     *
     * @return the resource
     */
    public CheckoutList checkouts() {
        return Endpoint.of(v3, CHECKOUTS)::itself;
    }

    /**
     * Billing address, checkout id first ({@code /checkouts/{checkout_id}/billing-address}).
     *
     * @return the resource
     */
    public BillingAddress billingAddress() {
        return Endpoint.of(v3, BILLING_ADDRESS)::itself;
    }

    /**
     * Consignments, checkout id first ({@code /checkouts/{checkout_id}/consignments}).
     *
     * @return the resource
     */
    public Consignments consignments() {
        return Endpoint.of(v3, CONSIGNMENTS)::itself;
    }

    /**
     * Coupons, checkout id first ({@code /checkouts/{checkout_id}/coupons}).
     *
     * @return the resource
     */
    public Coupons coupons() {
        return Endpoint.of(v3, COUPONS)::itself;
    }

    /**
     * Discounts, checkout id first ({@code /checkouts/{checkout_id}/discounts}).
     *
     * @return the resource
     */
    public Discounts discounts() {
        return Endpoint.of(v3, DISCOUNTS)::itself;
    }

    /**
     * Orders, checkout id first ({@code /checkouts/{checkout_id}/orders}).
     *
     * @return the resource
     */
    public Orders orders() {
        return Endpoint.of(v3, ORDERS)::itself;
    }

    /** Checkouts: get, update. */
    public interface CheckoutList extends Gettable<Checkout>, Updatable<Checkout> {

        /**
         * The checkout's billing address.
         *
         * @param checkoutId the checkout id
         * @return the resource
         */
        default CheckoutBillingAddress billingAddress(Object checkoutId) {
            return endpoint().child(BILLING_ADDRESS, checkoutId)::itself;
        }

        /**
         * The checkout's consignments.
         *
         * @param checkoutId the checkout id
         * @return the resource
         */
        default CheckoutConsignments consignments(Object checkoutId) {
            return endpoint().child(CONSIGNMENTS, checkoutId)::itself;
        }

        /**
         * The checkout's coupons.
         *
         * @param checkoutId the checkout id
         * @return the resource
         */
        default CheckoutCoupons coupons(Object checkoutId) {
            return endpoint().child(COUPONS, checkoutId)::itself;
        }

        /**
         * The checkout's discounts.
         *
         * @param checkoutId the checkout id
         * @return the resource
         */
        default CheckoutDiscounts discounts(Object checkoutId) {
            return endpoint().child(DISCOUNTS, checkoutId)::itself;
        }

        /**
         * The checkout's orders.
         *
         * @param checkoutId the checkout id
         * @return the resource
         */
        default CheckoutOrders orders(Object checkoutId) {
            return endpoint().child(ORDERS, checkoutId)::itself;
        }
    }

    /** Billing address, checkout id first: create, update. */
    public interface BillingAddress extends SubCreatable<Checkout>, SubUpdatable<Checkout> {
    }

    /** One checkout's billing address: create, update. */
    public interface CheckoutBillingAddress extends Creatable<Checkout>, Updatable<Checkout> {
    }

    /** Consignments, checkout id first: create, update, delete. */
    public interface Consignments extends SubCreatable<Checkout>, SubUpdatable<Checkout>, SubDeletable<Checkout> {
    }

    /** One checkout's consignments: create, update, delete. */
    public interface CheckoutConsignments extends Creatable<Checkout>, Updatable<Checkout>, Deletable<Checkout> {
    }

    /** Coupons, checkout id first: create, delete. */
    public interface Coupons extends SubCreatable<Checkout>, SubDeletable<Checkout> {
    }

    /** One checkout's coupons: create, delete. */
    public interface CheckoutCoupons extends Creatable<Checkout>, Deletable<Checkout> {
    }

    /** Discounts, checkout id first: create. */
    public interface Discounts extends SubCreatable<Checkout> {
    }

    /** One checkout's discounts: create. */
    public interface CheckoutDiscounts extends Creatable<Checkout> {
    }

    /** Orders, checkout id first: create. */
    public interface Orders extends SubCreatable<JsonNode> {
    }

    /** One checkout's orders: create. */
    public interface CheckoutOrders extends Creatable<JsonNode> {
    }
}
