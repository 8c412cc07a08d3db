package io.github.bcreactive.resource;

import io.github.bcreactive.query.Query;
import reactor.core.publisher.Mono;

/**
 * A sub-resource whose items are fetched by parent id and id: {@code GET {parent}/{parentId}/{path}/{id}}.
 *
 * <pre>{@code
 * Mono<Variant> variant = client.catalog().variants().get(77L, 301L);
 * }</pre>
 *
 * @param <T> the item type
 * @param <P> the parent id type, {@code Long} or {@code String} as the spec declares it
 * @param <K> the id type, {@code Long} or {@code String} as the spec declares it
 */
public interface SubGettable<T, P, K> extends Resource<T> {

    /**
     * One item.
     *
     * @param parentId the parent's id
     * @param id the item's id
     * @return the item; a missing one fails with {@code NotFoundException}
     */
    default Mono<T> get(P parentId, K id) {
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
    default Mono<T> get(P parentId, K id, Query query) {
        return endpoint().bind(parentId).get(id, query);
    }
}
