package io.github.bcreactive.resource;

import reactor.core.publisher.Mono;

/**
 * A bundle: a resource that lists, fetches, creates, updates and deletes its items by their typed id, and nothing
 * else. The generated families type such resources by it.
 *
 * <pre>{@code
 * Crud<JsonNode, Long> metafields = client.catalog().brandsMetafields(7L);
 * metafields.update(12L, Map.of("value", "blue"));
 * }</pre>
 *
 * @param <T> the item type
 * @param <K> the id type, {@code Long} or {@code String} as the spec declares it
 */
public interface Crud<T, K> extends ReadOnly<T, K>, Creatable<T> {

    /**
     * Updates an item: {@code PUT {path}/{id}}.
     *
     * @param id the item's id
     * @param changes the fields to change: a model or a map, written as JSON
     * @return the item as updated
     */
    default Mono<T> update(K id, Object changes) {
        return endpoint().update(id, changes);
    }

    /**
     * Deletes an item: {@code DELETE {path}/{id}}.
     *
     * @param id the item's id
     * @return completes when deleted
     */
    default Mono<Void> delete(K id) {
        return endpoint().delete(id);
    }
}
