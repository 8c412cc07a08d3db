package io.github.bcreactive.resource;

import java.util.List;

import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

/**
 * A resource that updates items in batches: {@code PUT {batch path}} with an array of items that carry their ids,
 * split into chunks of the documented size and sent at most the documented number at once.
 *
 * <pre>{@code
 * Mono<BatchResult<Product>> saved = client.catalog().products()
 *         .updateAll(List.of(Map.of("id", 1, "price", 10), Map.of("id", 2, "price", 12)));     // 10 per call
 * }</pre>
 *
 * @param <T> the item type
 */
public interface BatchUpdatable<T> extends Resource<T> {

    /**
     * Updates any number of items.
     *
     * @param items the changes, each with its item's {@code id}
     * @return the items updated and, for a partial success, the per-item errors
     */
    default Mono<BatchResult<T>> updateAll(List<?> items) {
        return endpoint().batch(HttpMethod.PUT, items);
    }
}
