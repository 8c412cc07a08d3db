package io.github.bcreactive.resource;

import io.github.bcreactive.query.Query;
import reactor.core.publisher.Mono;

/**
 * A sub-resource that deletes a parent's items in one call: {@code DELETE {parent}/{parentId}/{path}}.
 *
 * <pre>{@code
 * client.orders().shipments().deleteAll(101L);
 * }</pre>
 *
 * @param <T> the item type
 * @param <P> the parent id type, {@code Long} or {@code String} as the spec declares it
 */
public interface SubCollectionDeletable<T, P> extends Resource<T> {

    /**
     * Deletes every item of the parent.
     *
     * @param parentId the parent's id
     * @return completes when deleted
     */
    default Mono<Void> deleteAll(P parentId) {
        return deleteAll(parentId, Query.empty());
    }

    /**
     * Deletes the parent's items that match.
     *
     * @param parentId the parent's id
     * @param query the filters
     * @return completes when deleted
     */
    default Mono<Void> deleteAll(P parentId, Query query) {
        return endpoint().bind(parentId).deleteAll(query);
    }
}
