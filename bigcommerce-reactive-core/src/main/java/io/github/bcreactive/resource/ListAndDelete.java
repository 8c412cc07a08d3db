package io.github.bcreactive.resource;

/**
 * A bundle: a collection that is listed and deleted by filter ({@code GET {path}}, {@code DELETE {path}?filters}),
 * written only by collection-wide calls (category trees, storefront redirects, inventory locations).
 *
 * <pre>{@code
 * client.catalog().categoryTrees().deleteAll(Query.in("id", 3, 4));
 * }</pre>
 *
 * @param <T> the item type
 */
public interface ListAndDelete<T> extends Listable<T>, CollectionDeletable<T> {
}
