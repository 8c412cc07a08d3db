package io.github.bcreactive.resource;

/**
 * A bundle: a collection written in batches, as the v3 customers are: listed and counted, created and updated many at
 * once (in chunks of the documented size, the documented number at once), deleted by filter or by ids (250 a call).
 *
 * <pre>{@code
 * Mono<BatchResult<Customer>> made = client.customers().createAll(newCustomers);
 * }</pre>
 *
 * @param <T> the item type
 * @param <K> the id type of {@code id:in}
 */
public interface BatchCrud<T, K> extends Listable<T>, Countable<T>, CollectionDeletable<T>, BatchCreatable<T>,
        BatchUpdatable<T>, BatchDeletable<T, K> {
}
