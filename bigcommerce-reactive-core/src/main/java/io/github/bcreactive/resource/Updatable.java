package io.github.bcreactive.resource;

import reactor.core.publisher.Mono;

/**
 * A resource that updates items: {@code PUT {path}/{id}}.
 *
 * <pre>{@code
 * Mono<Product> moved = client.catalog().products().update(1L, Map.of("price", 199.90));
 * }</pre>
 *
 * @param <T> the item type
 * @param <K> the id type, {@code Long} or {@code String} as the spec declares it
 */
public interface Updatable<T, K> extends Resource<T> {

    /**
     * Updates an item.
     *
     * @param id the item's id
     * @param changes the fields to change (a map), or a whole model read earlier
     * @return the item as updated
     */
    default Mono<T> update(K id, Object changes) {
        return endpoint().update(id, changes);
    }
}
