package io.github.bcreactive.resource;

/**
 * A bundle: {@link ReadOnly}, parent id first.
 *
 * <pre>{@code
 * Mono<OrderProduct> line = client.orders().products().get(101L, 7L);
 * }</pre>
 *
 * @param <T> the item type
 * @param <P> the parent id type, {@code Long} or {@code String} as the spec declares it
 * @param <K> the id type, {@code Long} or {@code String} as the spec declares it
 */
public interface SubReadOnly<T, P, K> extends SubListable<T, P>, SubGettable<T, P, K> {
}
