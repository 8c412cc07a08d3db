package io.github.bcreactive.resource;

/**
 * A bundle: {@link CreateOnly}, parent id first.
 *
 * <pre>{@code
 * Mono<Checkout> checkout = client.checkouts().discounts().create("checkout-1", Map.of("cart", cartDiscounts));
 * }</pre>
 *
 * @param <T> the item type
 * @param <P> the parent id type, {@code Long} or {@code String} as the spec declares it
 */
public interface SubCreateOnly<T, P> extends SubCreatable<T, P> {
}
