package io.github.bcreactive.resource;

import static io.github.bcreactive.resource.ResourceSpec.v2;
import static io.github.bcreactive.resource.ResourceSpec.v3;

import java.util.Objects;

import io.github.bcreactive.api.RestApi;
import tools.jackson.databind.JsonNode;

/**
 * Marketing: coupons and gift certificates (v2), newsletter subscribers and wishlists (v3).
 *
 * <pre>{@code
 * client.marketing().coupons().iterAll();
 * client.marketing().wishlistItems(3L).create(Map.of("items", items));
 * }</pre>
 */
public final class Marketing extends GeneratedMarketing {

    private static final ResourceSpec<JsonNode> COUPONS = v2("/coupons", JsonNode.class);
    private static final ResourceSpec<JsonNode> GIFT_CERTIFICATES = v2("/gift_certificates", JsonNode.class);
    private static final ResourceSpec<JsonNode> SUBSCRIBERS = v3("/customers/subscribers", JsonNode.class);
    private static final ResourceSpec<JsonNode> WISHLISTS = v3("/wishlists", JsonNode.class);
    private static final ResourceSpec<JsonNode> WISHLIST_ITEMS = v3("/wishlists/{wishlist_id}/items", JsonNode.class);

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
    public FullCrud<JsonNode, Long> subscribers() {
        return Endpoint.of(api, SUBSCRIBERS)::itself;
    }

    /**
     * Wishlists ({@code /wishlists}).
     *
     * @return the resource
     */
    public Crud<JsonNode, Long> wishlists() {
        return Endpoint.of(api, WISHLISTS)::itself;
    }

    /**
     * Wishlist items, wishlist id first ({@code /wishlists/{wishlist_id}/items}).
     *
     * @return the resource
     */
    public SubCreateDelete<JsonNode, Long, Long> wishlistItems() {
        return Endpoint.of(api, WISHLIST_ITEMS)::itself;
    }

    /**
     * Wishlist items, of one wishlist ({@code /wishlists/{wishlist_id}/items}).
     *
     * @param wishlistId the {@code wishlist_id}
     * @return the resource
     */
    public CreateDelete<JsonNode, Long> wishlistItems(long wishlistId) {
        return Endpoint.of(api, WISHLIST_ITEMS).bind(wishlistId)::itself;
    }

    /** Coupons: list, create, update, delete, count, delete by filter (the spec has no read of one coupon). */
    public interface Coupons extends Listable<JsonNode>, Creatable<JsonNode>, Updatable<JsonNode, Long>,
            Deletable<JsonNode, Long>, Countable<JsonNode>, CollectionDeletable<JsonNode> {
    }

    /** Gift certificates: {@link Crud}, deleted by filter. */
    public interface GiftCertificates extends Crud<JsonNode, Long>, CollectionDeletable<JsonNode> {
    }
}
