package io.github.bcreactive.resource;

/**
 * A bundle: a resource that lists its items and fetches one by its typed id ({@code GET {path}},
 * {@code GET {path}/{id}}), and nothing else.
 *
 * <pre>{@code
 * Mono<JsonNode> status = client.orders().statuses().get(11L);
 * }</pre>
 *
 * @param <T> the item type
 * @param <K> the id type, {@code Long} or {@code String} as the spec declares it
 */
public interface ReadOnly<T, K> extends Listable<T>, Gettable<T, K> {
}
