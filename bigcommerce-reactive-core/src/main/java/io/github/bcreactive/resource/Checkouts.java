package io.github.bcreactive.resource;

import static io.github.bcreactive.resource.ResourceSpec.v3;

import java.util.Objects;

import io.github.bcreactive.api.V3Api;
import io.github.bcreactive.model.generated.checkouts.Checkout;

/**
 * Server-to-server checkouts (v3). The family is itself the checkouts resource (read and updated by id); beside it
 * are each checkout's billing address, consignments, coupons and discounts, and the order made from it, reachable
 * standalone, checkout id first, and from the checkout, by its id. Each change answers with the whole checkout.
 *
 * <pre>{@code
 * Checkouts checkouts = client.checkouts();
 * checkouts.get(checkoutId);
 * checkouts.billingAddress().create(checkoutId, address);
 * checkouts.coupons(checkoutId).create(Map.of("coupon_code", "SAVE10"));
 * checkouts.createOrder(checkoutId);                // POST /checkouts/{checkoutId}/orders, no body
 * }</pre>
 */
public final class Checkouts extends GeneratedCheckouts implements Gettable<Checkout, String>,
        Updatable<Checkout, String> {

    private static final ResourceSpec<Checkout> CHECKOUTS = v3("/checkouts", Checkout.class);
    private static final ResourceSpec<Checkout> BILLING_ADDRESS =
            v3("/checkouts/{checkout_id}/billing-address", Checkout.class);
    private static final ResourceSpec<Checkout> CONSIGNMENTS =
            v3("/checkouts/{checkout_id}/consignments", Checkout.class);
    private static final ResourceSpec<Checkout> COUPONS = v3("/checkouts/{checkout_id}/coupons", Checkout.class);
    private static final ResourceSpec<Checkout> DISCOUNTS = v3("/checkouts/{checkout_id}/discounts", Checkout.class);

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
     * The checkouts themselves ({@code /checkouts}): this family's own capabilities run on it.
     *
     * @return the endpoint
     */
    @Override
    public Endpoint<Checkout> endpoint() {
        return Endpoint.of(v3, CHECKOUTS);
    }

    /**
     * The billing address, checkout id first ({@code /checkouts/{checkout_id}/billing-address}).
     *
     * @return the resource
     */
    public BillingAddress billingAddress() {
        return Endpoint.of(v3, BILLING_ADDRESS)::itself;
    }

    /**
     * The billing address, of one checkout ({@code /checkouts/{checkout_id}/billing-address}).
     *
     * @param checkoutId the {@code checkout_id}
     * @return the resource
     */
    public CheckoutBillingAddress billingAddress(String checkoutId) {
        return Endpoint.of(v3, BILLING_ADDRESS).bind(checkoutId)::itself;
    }

    /**
     * Consignments, checkout id first ({@code /checkouts/{checkout_id}/consignments}).
     *
     * @return the resource
     */
    public SubWriteOnly<Checkout, String, String> consignments() {
        return Endpoint.of(v3, CONSIGNMENTS)::itself;
    }

    /**
     * Consignments, of one checkout ({@code /checkouts/{checkout_id}/consignments}).
     *
     * @param checkoutId the {@code checkout_id}
     * @return the resource
     */
    public WriteOnly<Checkout, String> consignments(String checkoutId) {
        return Endpoint.of(v3, CONSIGNMENTS).bind(checkoutId)::itself;
    }

    /**
     * Coupons, checkout id first ({@code /checkouts/{checkout_id}/coupons}).
     *
     * @return the resource
     */
    public SubCreateDelete<Checkout, String, String> coupons() {
        return Endpoint.of(v3, COUPONS)::itself;
    }

    /**
     * Coupons, of one checkout ({@code /checkouts/{checkout_id}/coupons}).
     *
     * @param checkoutId the {@code checkout_id}
     * @return the resource
     */
    public CreateDelete<Checkout, String> coupons(String checkoutId) {
        return Endpoint.of(v3, COUPONS).bind(checkoutId)::itself;
    }

    /**
     * Discounts, checkout id first ({@code /checkouts/{checkout_id}/discounts}).
     *
     * @return the resource
     */
    public SubCreateOnly<Checkout, String> discounts() {
        return Endpoint.of(v3, DISCOUNTS)::itself;
    }

    /**
     * Discounts, of one checkout ({@code /checkouts/{checkout_id}/discounts}).
     *
     * @param checkoutId the {@code checkout_id}
     * @return the resource
     */
    public CreateOnly<Checkout> discounts(String checkoutId) {
        return Endpoint.of(v3, DISCOUNTS).bind(checkoutId)::itself;
    }

    /** The billing address, checkout id first: create, update. */
    public interface BillingAddress extends SubCreatable<Checkout, String>, SubUpdatable<Checkout, String, Long> {
    }

    /** One checkout's billing address: create, update. */
    public interface CheckoutBillingAddress extends Creatable<Checkout>, Updatable<Checkout, Long> {
    }
}
