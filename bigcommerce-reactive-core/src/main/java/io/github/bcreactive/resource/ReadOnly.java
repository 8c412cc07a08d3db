package io.github.bcreactive.resource;

import io.github.bcreactive.query.Query;
import reactor.core.publisher.Mono;

/**
 * A bundle: a resource that lists its items and fetches one by its typed id ({@code GET {path}},
 * {@code GET {path}/{id}}), and nothing else. The generated families type their read-only resources by it.
 *
 * <pre>{@code
 * Mono<JsonNode> log = client.store().logsSystem().get(5L);
 * }</pre>
 *
 * @param <T> the item type
 * @param <K> the id type, {@code Long} or {@code String} as the spec declares it
 */
public interface ReadOnly<T, K> extends Listable<T> {

    /**
     * One item.
     *
     * @param id the item's id
     * @return the item; a missing one fails with {@code NotFoundException}
     */
    default Mono<T> get(K id) {
        return get(id, Query.empty());
    }

    /**
     * One item, with a query (e.g. {@code include}).
     *
     * @param id the item's id
     * @param query the query
     * @return the item; a missing one fails with {@code NotFoundException}
     */
    default Mono<T> get(K id, Query query) {
        return endpoint().get(id, query);
    }
}
