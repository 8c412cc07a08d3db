package io.github.bcreactive.resource;

import reactor.core.publisher.Mono;

/**
 * A resource that creates items: {@code POST {path}}.
 *
 * <pre>{@code
 * Mono<Brand> acme = client.catalog().brands().create(Map.of("name", "Acme"));
 * }</pre>
 *
 * @param <T> the item type
 */
public interface Creatable<T> extends Resource<T> {

    /**
     * Creates an item.
     *
     * @param body the new item: a model or a map, written as JSON
     * @return the item as created
     */
    default Mono<T> create(Object body) {
        return endpoint().create(body);
    }
}
