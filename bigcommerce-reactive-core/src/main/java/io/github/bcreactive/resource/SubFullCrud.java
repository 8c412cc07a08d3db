package io.github.bcreactive.resource;

/**
 * A bundle: {@link FullCrud}, parent id first.
 *
 * <pre>{@code
 * Mono<Long> shipments = client.orders().shipments().count(101L);
 * }</pre>
 *
 * @param <T> the item type
 * @param <P> the parent id type, {@code Long} or {@code String} as the spec declares it
 * @param <K> the id type, {@code Long} or {@code String} as the spec declares it
 */
public interface SubFullCrud<T, P, K> extends SubCrud<T, P, K>, SubCountable<T, P>, SubCollectionDeletable<T, P> {
}
