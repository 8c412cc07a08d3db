package io.github.bcreactive.resource;

/**
 * A bundle: a resource that lists, fetches, creates, updates and deletes its items by their typed id, and nothing
 * else.
 *
 * <pre>{@code
 * Crud<Variant, Long> variants = client.catalog().variants(77L);
 * variants.update(301L, Map.of("price", 9.5));
 * }</pre>
 *
 * @param <T> the item type
 * @param <K> the id type, {@code Long} or {@code String} as the spec declares it
 */
public interface Crud<T, K> extends ReadOnly<T, K>, Creatable<T>, Updatable<T, K>, Deletable<T, K> {
}
