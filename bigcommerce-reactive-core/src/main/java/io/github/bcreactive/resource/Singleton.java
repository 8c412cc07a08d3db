package io.github.bcreactive.resource;

import io.github.bcreactive.query.Query;
import reactor.core.publisher.Mono;

/**
 * A resource that is one object, not a collection: {@code GET {path}} (the store, the time, the catalog summary).
 *
 * <pre>{@code
 * Mono<Store> store = client.store().info().get();
 * }</pre>
 *
 * @param <T> the object's type
 */
public interface Singleton<T> extends Resource<T> {

    /**
     * The object.
     *
     * @return the object
     */
    default Mono<T> get() {
        return get(Query.empty());
    }

    /**
     * The object, with query parameters (some settings need one, e.g. {@code channel_id}).
     *
     * @param query the query
     * @return the object
     */
    default Mono<T> get(Query query) {
        return endpoint().getSelf(java.util.Objects.requireNonNull(query, "'query' cannot be null."));
    }
}
