package io.github.bcreactive.resource;

/**
 * A bundle: {@link ListOnly}, parent id first.
 *
 * <pre>{@code
 * Flux<JsonNode> messages = client.orders().messages().iterAll(101L);
 * }</pre>
 *
 * @param <T> the item type
 * @param <P> the parent id type, {@code Long} or {@code String} as the spec declares it
 */
public interface SubListOnly<T, P> extends SubListable<T, P> {
}
