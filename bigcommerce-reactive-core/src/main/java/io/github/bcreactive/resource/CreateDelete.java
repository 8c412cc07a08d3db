package io.github.bcreactive.resource;

/**
 * A bundle: a resource whose items are added and removed but not read or changed on their own (a checkout's coupons,
 * a wishlist's items).
 *
 * <pre>{@code
 * Mono<Checkout> checkout = client.checkouts().coupons("checkout-1").create(Map.of("coupon_code", "SAVE10"));
 * }</pre>
 *
 * @param <T> the item type
 * @param <K> the id type, {@code Long} or {@code String} as the spec declares it
 */
public interface CreateDelete<T, K> extends Creatable<T>, Deletable<T, K> {
}
