package io.github.bcreactive.resource;

import io.github.bcreactive.query.Query;
import reactor.core.publisher.Mono;

/**
 * A sub-resource that counts a parent's items (v2 {@code /count}, v3 {@code meta.pagination.total}).
 *
 * <pre>{@code
 * Mono<Long> n = client.orders().shipments().count(101L);
 * }</pre>
 *
 * @param <T> the item type
 * @param <P> the parent id type, {@code Long} or {@code String} as the spec declares it
 */
public interface SubCountable<T, P> extends Resource<T> {

    /**
     * How many items the parent has.
     *
     * @param parentId the parent's id
     * @return the count
     */
    default Mono<Long> count(P parentId) {
        return count(parentId, Query.empty());
    }

    /**
     * How many of the parent's items match.
     *
     * @param parentId the parent's id
     * @param query the filters
     * @return the count
     */
    default Mono<Long> count(P parentId, Query query) {
        return endpoint().bind(parentId).count(query);
    }
}
