package io.github.bcreactive.resource;

import io.github.bcreactive.query.Query;
import reactor.core.publisher.Mono;

/**
 * A sub-resource whose items are fetched by parent id and id: {@code GET {parent}/{parentId}/{path}/{id}}.
 *
 * <pre>{@code
 * Mono<Variant> variant = client.catalog().variants().get(77, 301);
 * }</pre>
 *
 * @param <T> the item type
 */
public interface SubGettable<T> extends Resource<T> {

    /**
     * One item.
     *
     * @param parentId the parent's id
     * @param id the item's id
     * @return the item; a missing one fails with {@code NotFoundException}
     */
    default Mono<T> get(Object parentId, Object id) {
        return get(parentId, id, Query.empty());
    }

    /**
     * One item, with a query.
     *
     * @param parentId the parent's id
     * @param id the item's id
     * @param query the query
     * @return the item; a missing one fails with {@code NotFoundException}
     */
    default Mono<T> get(Object parentId, Object id, Query query) {
        return endpoint().bind(parentId).get(id, query);
    }
}
