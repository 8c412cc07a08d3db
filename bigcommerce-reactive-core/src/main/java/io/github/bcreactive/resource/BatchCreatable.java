package io.github.bcreactive.resource;

import java.util.List;

import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

/**
 * A resource that creates items in batches: {@code POST {batch path}} with an array, split into chunks of the
 * documented size and sent at most the documented number at once (see {@link ResourceSpec.Batch}).
 *
 * <pre>{@code
 * Mono<BatchResult<Customer>> made = client.customers().createAll(newCustomers);  // 10 per call, 3 at once
 * }</pre>
 *
 * @param <T> the item type
 */
public interface BatchCreatable<T> extends Resource<T> {

    /**
     * Creates any number of items.
     *
     * @param items the new items: models or maps
     * @return the items created and, for a partial success, the per-item errors
     */
    default Mono<BatchResult<T>> createAll(List<?> items) {
        return endpoint().batch(HttpMethod.POST, items);
    }
}
