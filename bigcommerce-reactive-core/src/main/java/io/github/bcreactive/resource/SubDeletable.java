package io.github.bcreactive.resource;

import reactor.core.publisher.Mono;

/**
 * A sub-resource that deletes items: {@code DELETE {parent}/{parentId}/{path}/{id}}.
 *
 * <pre>{@code
 * client.catalog().images().delete(77L, 5L);
 * }</pre>
 *
 * @param <T> the item type
 * @param <P> the parent id type, {@code Long} or {@code String} as the spec declares it
 * @param <K> the id type, {@code Long} or {@code String} as the spec declares it
 */
public interface SubDeletable<T, P, K> extends Resource<T> {

    /**
     * Deletes an item.
     *
     * @param parentId the parent's id
     * @param id the item's id
     * @return completes when deleted
     */
    default Mono<Void> delete(P parentId, K id) {
        return endpoint().bind(parentId).delete(id);
    }
}
