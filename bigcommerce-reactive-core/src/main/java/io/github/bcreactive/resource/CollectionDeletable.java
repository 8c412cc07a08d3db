package io.github.bcreactive.resource;

import io.github.bcreactive.query.Query;
import reactor.core.publisher.Mono;

/**
 * A resource that deletes many items in one call: {@code DELETE {path}?filters}. Without a filter, v2 resources
 * delete every item.
 *
 * <pre>{@code
 * Mono<Void> wiped = client.catalog().products().deleteAll(Query.in("id", 1, 2, 3));
 * }</pre>
 *
 * @param <T> the item type
 */
public interface CollectionDeletable<T> extends Resource<T> {

    /**
     * Deletes every item.
     *
     * @return completes when deleted
     */
    default Mono<Void> deleteAll() {
        return deleteAll(Query.empty());
    }

    /**
     * Deletes the items that match.
     *
     * @param query the filters, e.g. {@code Query.in("id", 1, 2, 3)}
     * @return completes when deleted
     */
    default Mono<Void> deleteAll(Query query) {
        return endpoint().deleteAll(query);
    }
}
