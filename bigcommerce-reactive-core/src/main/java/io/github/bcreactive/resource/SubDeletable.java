package io.github.bcreactive.resource;

import reactor.core.publisher.Mono;

/**
 * A sub-resource that deletes items: {@code DELETE {parent}/{parentId}/{path}/{id}}.
 *
 * <pre>{@code
 * client.catalog().images().delete(77, 5);
 * }</pre>
 *
 * @param <T> the item type
 */
public interface SubDeletable<T> extends Resource<T> {

    /**
     * Deletes an item.
     *
     * @param parentId the parent's id
     * @param id the item's id
     * @return completes when deleted
     */
    default Mono<Void> delete(Object parentId, Object id) {
        return endpoint().bind(parentId).delete(id);
    }
}
