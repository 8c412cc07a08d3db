package io.github.bcreactive.resource;

/**
 * A bundle: a resource whose items are created, updated and deleted but never read on their own (a cart's items, a
 * checkout's consignments: each answer is the whole cart or checkout).
 *
 * <pre>{@code
 * Mono<Cart> cart = client.carts().items("cart-1").update("item-7", Map.of("line_item", line));
 * }</pre>
 *
 * @param <T> the item type
 * @param <K> the id type, {@code Long} or {@code String} as the spec declares it
 */
public interface WriteOnly<T, K> extends Creatable<T>, Updatable<T, K>, Deletable<T, K> {
}
