package io.github.bcreactive.resource;

import reactor.core.publisher.Mono;

/**
 * A resource that deletes items: {@code DELETE {path}/{id}}.
 *
 * <pre>{@code
 * Mono<Void> gone = client.catalog().products().delete(1);
 * }</pre>
 *
 * @param <T> the item type
 */
public interface Deletable<T> extends Resource<T> {

    /**
     * Deletes an item.
     *
     * @param id the item's id
     * @return completes when deleted
     */
    default Mono<Void> delete(Object id) {
        return endpoint().delete(id);
    }
}
