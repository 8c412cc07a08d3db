package io.github.bcreactive.resource;

/**
 * A bundle: a resource that only lists its items ({@code GET {path}}), one page or all of them.
 *
 * <pre>{@code
 * Flux<JsonNode> taxes = client.orders().taxes(101L).iterAll();
 * }</pre>
 *
 * @param <T> the item type
 */
public interface ListOnly<T> extends Listable<T> {
}
