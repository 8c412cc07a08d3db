package io.github.bcreactive.resource;

import static io.github.bcreactive.resource.ResourceSpec.v3;

import java.util.Objects;

import io.github.bcreactive.api.V3Api;
import io.github.bcreactive.model.generated.carts.CartFull;
import io.github.bcreactive.model.generated.carts.CreateCartRedirectURLResponse;

/**
 * Server-to-server carts (v3). The family is itself the carts resource (created, read, updated and deleted by id;
 * never listed); beside it are each cart's line items and redirect URLs, reachable standalone, cart id first, and
 * from the cart, by its id. Adding, changing or removing an item answers with the whole cart.
 *
 * <pre>{@code
 * Carts carts = client.carts();
 * carts.create(Map.of("line_items", List.of(Map.of("product_id", 77, "quantity", 1))));
 * carts.items("6b1a...").create(Map.of("line_items", items));
 * carts.redirectUrls().create("6b1a...", Map.of());
 * }</pre>
 */
public final class Carts extends GeneratedCarts implements Gettable<CartFull, String>, WriteOnly<CartFull, String> {

    private static final ResourceSpec<CartFull> CARTS = v3("/carts", CartFull.class);
    private static final ResourceSpec<CartFull> ITEMS = v3("/carts/{cart_id}/items", CartFull.class);
    private static final ResourceSpec<CreateCartRedirectURLResponse> REDIRECT_URLS = v3("/carts/{cart_id}/redirect_urls", CreateCartRedirectURLResponse.class);

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
     * The carts themselves ({@code /carts}): this family's own capabilities run on it.
     *
     * @return the endpoint
     */
    @Override
    public Endpoint<CartFull> endpoint() {
        return Endpoint.of(v3, CARTS);
    }

    /**
     * Line items, cart id first ({@code /carts/{cart_id}/items}).
     *
     * @return the resource
     */
    public SubWriteOnly<CartFull, String, String> items() {
        return Endpoint.of(v3, ITEMS)::itself;
    }

    /**
     * Line items, of one cart ({@code /carts/{cart_id}/items}).
     *
     * @param cartId the {@code cart_id}
     * @return the resource
     */
    public WriteOnly<CartFull, String> items(String cartId) {
        return Endpoint.of(v3, ITEMS).bind(cartId)::itself;
    }

    /**
     * Redirect URLs, cart id first ({@code /carts/{cart_id}/redirect_urls}).
     *
     * @return the resource
     */
    public SubCreateOnly<CreateCartRedirectURLResponse, String> redirectUrls() {
        return Endpoint.of(v3, REDIRECT_URLS)::itself;
    }

    /**
     * Redirect URLs, of one cart ({@code /carts/{cart_id}/redirect_urls}).
     *
     * @param cartId the {@code cart_id}
     * @return the resource
     */
    public CreateOnly<CreateCartRedirectURLResponse> redirectUrls(String cartId) {
        return Endpoint.of(v3, REDIRECT_URLS).bind(cartId)::itself;
    }
}
