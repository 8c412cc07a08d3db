package io.github.bcreactive.resource;

import io.github.bcreactive.query.Query;
import reactor.core.publisher.Mono;

/**
 * A sub-resource that counts a parent's items (v2 {@code /count}, v3 {@code meta.pagination.total}).
 *
 * <pre>{@code
 * Mono<Long> n = client.v2().orderShipments().count(101);
 * }</pre>
 *
 * @param <T> the item type
 */
public interface SubCountable<T> extends Resource<T> {

    /**
     * How many items the parent has.
     *
     * @param parentId the parent's id
     * @return the count
     */
    default Mono<Long> count(Object parentId) {
        return count(parentId, Query.empty());
    }

    /**
     * How many of the parent's items match.
     *
     * @param parentId the parent's id
     * @param query the filters
     * @return the count
     */
    default Mono<Long> count(Object parentId, Query query) {
        return endpoint().bind(parentId).count(query);
    }
}
