package io.github.bcreactive.resource;

/**
 * A bundle: {@link WriteOnly}, parent id first.
 *
 * <pre>{@code
 * Mono<Cart> cart = client.carts().items().delete("cart-1", "item-7");
 * }</pre>
 *
 * @param <T> the item type
 * @param <P> the parent id type, {@code Long} or {@code String} as the spec declares it
 * @param <K> the id type, {@code Long} or {@code String} as the spec declares it
 */
public interface SubWriteOnly<T, P, K> extends SubCreatable<T, P>, SubUpdatable<T, P, K>, SubDeletable<T, P, K> {
}
