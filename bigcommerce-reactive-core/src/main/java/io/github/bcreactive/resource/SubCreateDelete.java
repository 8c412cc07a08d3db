package io.github.bcreactive.resource;

/**
 * A bundle: {@link CreateDelete}, parent id first.
 *
 * <pre>{@code
 * Mono<Checkout> checkout = client.checkouts().coupons().delete("checkout-1", "SAVE10");
 * }</pre>
 *
 * @param <T> the item type
 * @param <P> the parent id type, {@code Long} or {@code String} as the spec declares it
 * @param <K> the id type, {@code Long} or {@code String} as the spec declares it
 */
public interface SubCreateDelete<T, P, K> extends SubCreatable<T, P>, SubDeletable<T, P, K> {
}
