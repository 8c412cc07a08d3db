package io.github.bcreactive.resource;

import reactor.core.publisher.Mono;

/**
 * A sub-resource that updates items: {@code PUT {parent}/{parentId}/{path}/{id}}.
 *
 * <pre>{@code
 * client.catalog().variants().update(77L, 301L, Map.of("price", 9.5));
 * }</pre>
 *
 * @param <T> the item type
 * @param <P> the parent id type, {@code Long} or {@code String} as the spec declares it
 * @param <K> the id type, {@code Long} or {@code String} as the spec declares it
 */
public interface SubUpdatable<T, P, K> extends Resource<T> {

    /**
     * Updates an item.
     *
     * @param parentId the parent's id
     * @param id the item's id
     * @param changes the fields to change, or a whole model
     * @return the item as updated
     */
    default Mono<T> update(P parentId, K id, Object changes) {
        return endpoint().bind(parentId).update(id, changes);
    }
}
