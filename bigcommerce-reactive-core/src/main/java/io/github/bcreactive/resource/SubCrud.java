package io.github.bcreactive.resource;

/**
 * A bundle: {@link Crud}, parent id first.
 *
 * <pre>{@code
 * Mono<Variant> variant = client.catalog().variants().get(77L, 301L);
 * }</pre>
 *
 * @param <T> the item type
 * @param <P> the parent id type, {@code Long} or {@code String} as the spec declares it
 * @param <K> the id type, {@code Long} or {@code String} as the spec declares it
 */
public interface SubCrud<T, P, K> extends SubReadOnly<T, P, K>, SubCreatable<T, P>, SubUpdatable<T, P, K>,
        SubDeletable<T, P, K> {
}
