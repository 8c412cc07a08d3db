package io.github.bcreactive.resource;

import io.github.bcreactive.query.Query;
import reactor.core.publisher.Mono;

/**
 * A resource that counts its items: v2 asks {@code {path}/count}; v3 asks for one item and reads
 * {@code meta.pagination.total} (a v3 listing the spec does not page, e.g. bulk pricing rules, takes no {@code limit}:
 * its one answer is read and its items counted).
 *
 * <pre>{@code
 * Mono<Long> n = client.catalog().products().count(Query.of("is_visible", true));
 * }</pre>
 *
 * @param <T> the item type
 */
public interface Countable<T> extends Resource<T> {

    /**
     * How many items there are.
     *
     * @return the count
     */
    default Mono<Long> count() {
        return count(Query.empty());
    }

    /**
     * How many items match.
     *
     * @param query the filters
     * @return the count
     */
    default Mono<Long> count(Query query) {
        return endpoint().count(query);
    }
}
