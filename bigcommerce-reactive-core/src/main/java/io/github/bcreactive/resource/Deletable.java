package io.github.bcreactive.resource;

import reactor.core.publisher.Mono;

/**
 * A resource that deletes items: {@code DELETE {path}/{id}}.
 *
 * <pre>{@code
 * Mono<Void> gone = client.catalog().products().delete(1L);
 * }</pre>
 *
 * @param <T> the item type
 * @param <K> the id type, {@code Long} or {@code String} as the spec declares it
 */
public interface Deletable<T, K> extends Resource<T> {

    /**
     * Deletes an item.
     *
     * @param id the item's id
     * @return completes when deleted
     */
    default Mono<Void> delete(K id) {
        return endpoint().delete(id);
    }
}
