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
 * client.marketing().wishlists().items(3).create(Map.of("items", items));
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
     * Coupons ({@code /coupons}).
     *
     * @return the resource
     */
    public Coupons coupons() {
        return Endpoint.of(api, COUPONS)::itself;
    }

    /**
     * Gift certificates ({@code /gift_certificates}).
     *
     * @return the resource
     */
    public GiftCertificates giftCertificates() {
        return Endpoint.of(api, GIFT_CERTIFICATES)::itself;
    }

    /**
     * Subscribers ({@code /customers/subscribers}).
     *
     * @return the resource
     */
    public Subscribers subscribers() {
        return Endpoint.of(api, SUBSCRIBERS)::itself;
    }

    /**
     * Wishlists ({@code /wishlists}).
     *
     * @return the resource
     */
    public Wishlists wishlists() {
        return Endpoint.of(api, WISHLISTS)::itself;
    }

    /**
     * Items, wishlist id first ({@code /wishlists/{wishlist_id}/items}).
     *
     * @return the resource
     */
    public Items wishlistItems() {
        return Endpoint.of(api, WISHLIST_ITEMS)::itself;
    }

    /** Coupons: list, create, update, delete, delete by filter, count. */
    public interface Coupons extends Listable<JsonNode>, Creatable<JsonNode>, Updatable<JsonNode>, Deletable<JsonNode>,
            CollectionDeletable<JsonNode>, Countable<JsonNode> {
    }

    /** Gift certificates: list, get, create, update, delete, delete by filter. */
    public interface GiftCertificates extends Listable<JsonNode>, Gettable<JsonNode>, Creatable<JsonNode>,
            Updatable<JsonNode>, Deletable<JsonNode>, CollectionDeletable<JsonNode> {
    }

    /** Subscribers: list, get, create, update, delete, delete by filter. */
    public interface Subscribers extends Listable<JsonNode>, Gettable<JsonNode>, Creatable<JsonNode>,
            Updatable<JsonNode>, Deletable<JsonNode>, CollectionDeletable<JsonNode> {
    }

    /** Wishlists: list, get, create, update, delete. */
    public interface Wishlists extends Listable<JsonNode>, Gettable<JsonNode>, Creatable<JsonNode>,
            Updatable<JsonNode>, Deletable<JsonNode> {

        /**
         * The wishlist's items.
         *
         * @param wishlistId the wishlist id
         * @return the resource
         */
        default WishlistItems items(Object wishlistId) {
            return endpoint().child(WISHLIST_ITEMS, wishlistId)::itself;
        }
    }

    /** Items, wishlist id first: create, delete. */
    public interface Items extends SubCreatable<JsonNode>, SubDeletable<JsonNode> {
    }

    /** One wishlist's items: create, delete. */
    public interface WishlistItems extends Creatable<JsonNode>, Deletable<JsonNode> {
    }
}
