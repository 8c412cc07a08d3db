package io.github.bcreactive.resource;

import reactor.core.publisher.Mono;

/**
 * A sub-resource that updates items: {@code PUT {parent}/{parentId}/{path}/{id}}.
 *
 * <pre>{@code
 * client.catalog().variants().update(77, 301, Map.of("price", 9.5));
 * }</pre>
 *
 * @param <T> the item type
 */
public interface SubUpdatable<T> extends Resource<T> {

    /**
     * Updates an item.
     *
     * @param parentId the parent's id
     * @param id the item's id
     * @param changes the fields to change, or a whole model
     * @return the item as updated
     */
    default Mono<T> update(Object parentId, Object id, Object changes) {
        return endpoint().bind(parentId).update(id, changes);
    }
}
