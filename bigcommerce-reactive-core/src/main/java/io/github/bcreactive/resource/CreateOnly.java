package io.github.bcreactive.resource;

/**
 * A bundle: a resource that only creates ({@code POST {path}}), as actions do (a refund quote, a checkout's order).
 *
 * <pre>{@code
 * Mono<JsonNode> quote = client.orders().refundQuotes(101L).create(Map.of("items", items));
 * }</pre>
 *
 * @param <T> the item type
 */
public interface CreateOnly<T> extends Creatable<T> {
}
