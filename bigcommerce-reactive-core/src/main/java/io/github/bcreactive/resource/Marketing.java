package io.github.bcreactive.resource;

import static io.github.bcreactive.resource.ResourceSpec.v2;
import static io.github.bcreactive.resource.ResourceSpec.v3;

import java.util.Objects;

import io.github.bcreactive.api.RestApi;
import io.github.bcreactive.model.generated.marketing.CouponFull;
import io.github.bcreactive.model.generated.marketing.GiftCertificateFull;
import io.github.bcreactive.model.generated.marketing.SubscriberFull;
import io.github.bcreactive.model.generated.marketing.WishlistFull;

/**
 * Marketing: coupons and gift certificates (v2), newsletter subscribers and wishlists (v3).
 *
 * <pre>{@code
 * client.marketing().coupons().iterAll();
 * client.marketing().wishlistItems(3L).create(Map.of("items", items));
 * }</pre>
 */
public final class Marketing extends GeneratedMarketing {

    private static final ResourceSpec<CouponFull> COUPONS = v2("/coupons", CouponFull.class);
    private static final ResourceSpec<GiftCertificateFull> GIFT_CERTIFICATES = v2("/gift_certificates", GiftCertificateFull.class);
    private static final ResourceSpec<SubscriberFull> SUBSCRIBERS = v3("/customers/subscribers", SubscriberFull.class);
    private static final ResourceSpec<WishlistFull> WISHLISTS = v3("/wishlists", WishlistFull.class);
    private static final ResourceSpec<WishlistFull> WISHLIST_ITEMS = v3("/wishlists/{wishlist_id}/items", WishlistFull.class);

    private final RestApi api;

    /**
     * Creates the family over a store's API; {@code client.marketing()} is the usual way to get it.
     *
     * @param api the store's API
     */
    Marketing(RestApi api) {
        super(Objects.requireNonNull(api, "'api' cannot be null."));
        this.api = api;
    }

    /**
     * Coupons (v2) ({@code /coupons}).
     *
     * @return the resource
     */
    public Coupons coupons() {
        return Endpoint.of(api, COUPONS)::itself;
    }

    /**
     * Gift certificates (v2) ({@code /gift_certificates}).
     *
     * @return the resource
     */
    public GiftCertificates giftCertificates() {
        return Endpoint.of(api, GIFT_CERTIFICATES)::itself;
    }

    /**
     * Newsletter subscribers ({@code /customers/subscribers}).
     *
     * @return the resource
     */
    public FullCrud<SubscriberFull, Long> subscribers() {
        return Endpoint.of(api, SUBSCRIBERS)::itself;
    }

    /**
     * Wishlists ({@code /wishlists}).
     *
     * @return the resource
     */
    public Crud<WishlistFull, Long> wishlists() {
        return Endpoint.of(api, WISHLISTS)::itself;
    }

    /**
     * Wishlist items, wishlist id first ({@code /wishlists/{wishlist_id}/items}).
     *
     * @return the resource
     */
    public SubCreateDelete<WishlistFull, Long, Long> wishlistItems() {
        return Endpoint.of(api, WISHLIST_ITEMS)::itself;
    }

    /**
     * Wishlist items, of one wishlist ({@code /wishlists/{wishlist_id}/items}).
     *
     * @param wishlistId the {@code wishlist_id}
     * @return the resource
     */
    public CreateDelete<WishlistFull, Long> wishlistItems(long wishlistId) {
        return Endpoint.of(api, WISHLIST_ITEMS).bind(wishlistId)::itself;
    }

    /** Coupons: list, create, update, delete, count, delete by filter (the spec has no read of one coupon). */
    public interface Coupons extends Listable<CouponFull>, Creatable<CouponFull>, Updatable<CouponFull, Long>,
            Deletable<CouponFull, Long>, Countable<CouponFull>, CollectionDeletable<CouponFull> {
    }

    /** Gift certificates: {@link Crud}, deleted by filter. */
    public interface GiftCertificates extends Crud<GiftCertificateFull, Long>, CollectionDeletable<GiftCertificateFull> {
    }
}
