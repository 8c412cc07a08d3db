package io.github.bcreactive.resource;

import io.github.bcreactive.query.Query;
import reactor.core.publisher.Mono;

/**
 * A resource whose items are fetched by id: {@code GET {path}/{id}}. A v3 item is unwrapped from its
 * {@code {"data": ...}} envelope.
 *
 * <pre>{@code
 * Mono<Product> product = client.catalog().products().get(77L, Query.builder().include("variants").build());
 * }</pre>
 *
 * @param <T> the item type
 * @param <K> the id type, {@code Long} or {@code String} as the spec declares it
 */
public interface Gettable<T, K> extends Resource<T> {

    /**
     * One item.
     *
     * @param id the item's id (a {@code Long} or a {@code String}, as the spec declares it)
     * @return the item; a missing one fails with {@code NotFoundException}
     */
    default Mono<T> get(K id) {
        return get(id, Query.empty());
    }

    /**
     * One item, with a query (e.g. {@code include}).
     *
     * @param id the item's id (a {@code Long} or a {@code String}, as the spec declares it)
     * @param query the query
     * @return the item; a missing one fails with {@code NotFoundException}
     */
    default Mono<T> get(K id, Query query) {
        return endpoint().get(id, query);
    }
}
