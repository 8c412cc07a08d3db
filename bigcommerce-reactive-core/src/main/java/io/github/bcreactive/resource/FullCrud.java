package io.github.bcreactive.resource;

/**
 * A bundle: {@link Crud}, and the collection counted and deleted by filter, as most v2 resources and the v3 catalog's
 * top-level resources are.
 *
 * <pre>{@code
 * client.orders().count(Query.of("status_id", 11));
 * client.content().banners().deleteAll();
 * }</pre>
 *
 * @param <T> the item type
 * @param <K> the id type, {@code Long} or {@code String} as the spec declares it
 */
public interface FullCrud<T, K> extends Crud<T, K>, Countable<T>, CollectionDeletable<T> {
}
