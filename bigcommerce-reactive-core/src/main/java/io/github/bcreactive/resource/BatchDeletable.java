package io.github.bcreactive.resource;

import java.util.Collection;

import reactor.core.publisher.Mono;

/**
 * A resource that deletes items by id in bulk: {@code DELETE {path}?id:in=...}, 250 ids per call.
 *
 * <pre>{@code
 * Mono<Void> gone = client.catalog().products().deleteByIds(staleIds);
 * }</pre>
 *
 * @param <T> the item type
 * @param <K> the id type
 */
public interface BatchDeletable<T, K> extends Resource<T> {

    /**
     * Deletes any number of items by id.
     *
     * @param ids the ids
     * @return completes when every chunk is deleted
     */
    default Mono<Void> deleteByIds(Collection<? extends K> ids) {
        return endpoint().deleteByIds(ids);
    }
}
