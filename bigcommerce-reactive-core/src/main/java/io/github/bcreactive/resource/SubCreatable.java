package io.github.bcreactive.resource;

import reactor.core.publisher.Mono;

/**
 * A sub-resource that creates items under a parent: {@code POST {parent}/{parentId}/{path}}.
 *
 * <pre>{@code
 * client.catalog().customFields().create(77L, Map.of("name", "colour", "value", "red"));
 * }</pre>
 *
 * @param <T> the item type
 * @param <P> the parent id type, {@code Long} or {@code String} as the spec declares it
 */
public interface SubCreatable<T, P> extends Resource<T> {

    /**
     * Creates an item under a parent.
     *
     * @param parentId the parent's id
     * @param body the new item: a model or a map
     * @return the item as created (for checkout and cart parts, the whole checkout or cart)
     */
    default Mono<T> create(P parentId, Object body) {
        return endpoint().bind(parentId).create(body);
    }
}
