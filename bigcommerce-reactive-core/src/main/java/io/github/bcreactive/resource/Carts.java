package io.github.bcreactive.resource;

import static io.github.bcreactive.resource.ResourceSpec.v3;

import java.util.Objects;

import io.github.bcreactive.api.V3Api;
import io.github.bcreactive.model.Cart;
import tools.jackson.databind.JsonNode;

/**
 * Server-to-server carts (v3): carts, their line items and their redirect URLs. Adding, changing or removing an
 * item answers with the whole cart.
 *
 * <pre>{@code
 * Carts carts = client.carts();
 * carts.carts().create(Map.of("line_items", List.of(Map.of("product_id", 77, "quantity", 1))));
 * carts.carts().items("6b1a...").create(Map.of("line_items", items));
 * carts.redirectUrls().create("6b1a...", Map.of());
 * }</pre>
 */
public final class Carts extends GeneratedCarts {

    private static final ResourceSpec<Cart> CARTS = v3("/carts", Cart.class);
    private static final ResourceSpec<Cart> ITEMS = v3("/carts/{cart_id}/items", Cart.class);
    private static final ResourceSpec<JsonNode> REDIRECT_URLS = v3("/carts/{cart_id}/redirect_urls", JsonNode.class);

    private final V3Api v3;

    /**
     * Creates the family over a store's API; {@code client.carts()} is the usual way to get it.
     *
     * @param v3 the store's API
     */
    Carts(V3Api v3) {
        super(Objects.requireNonNull(v3, "'v3' cannot be null."));
        this.v3 = v3;
    }

    /**
     * Carts ({@code /carts}).
     *
     * @return the resource
     */
    public CartList carts() {
        return Endpoint.of(v3, CARTS)::itself;
    }

    /**
     * Line items, cart id first ({@code /carts/{cart_id}/items}).
     *
     * @return the resource
     */
    public Items items() {
        return Endpoint.of(v3, ITEMS)::itself;
    }

    /**
     * Redirect URLs, cart id first ({@code /carts/{cart_id}/redirect_urls}).
     *
     * @return the resource
     */
    public RedirectUrls redirectUrls() {
        return Endpoint.of(v3, REDIRECT_URLS)::itself;
    }

    /** Carts: get, create, update, delete. */
    public interface CartList extends Gettable<Cart>, Creatable<Cart>, Updatable<Cart>, Deletable<Cart> {

        /**
         * The cart's line items.
         *
         * @param cartId the cart id
         * @return the resource
         */
        default CartItems items(Object cartId) {
            return endpoint().child(ITEMS, cartId)::itself;
        }

        /**
         * The cart's redirect URLs.
         *
         * @param cartId the cart id
         * @return the resource
         */
        default CartRedirectUrls redirectUrls(Object cartId) {
            return endpoint().child(REDIRECT_URLS, cartId)::itself;
        }
    }

    /** Line items, cart id first: create, update, delete. */
    public interface Items extends SubCreatable<Cart>, SubUpdatable<Cart>, SubDeletable<Cart> {
    }

    /** One cart's line items: create, update, delete. */
    public interface CartItems extends Creatable<Cart>, Updatable<Cart>, Deletable<Cart> {
    }

    /** Redirect URLs, cart id first: create. */
    public interface RedirectUrls extends SubCreatable<JsonNode> {
    }

    /** One cart's redirect URLs: create. */
    public interface CartRedirectUrls extends Creatable<JsonNode> {
    }
}
