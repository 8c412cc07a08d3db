package io.github.bcreactive.resource;

import java.util.Objects;

import reactor.core.publisher.Mono;

/**
 * A bundle: a resource that is one object, read and replaced in place ({@code GET {path}}, {@code PUT {path}}), as
 * settings are. The generated families type such resources by it.
 *
 * <pre>{@code
 * UpdatableSingleton<JsonNode> logo = client.store().settingsLogo();
 * logo.get().flatMap(current -> logo.update(Map.of("type", "text")));
 * }</pre>
 *
 * @param <T> the object's type
 */
public interface UpdatableSingleton<T> extends Singleton<T> {

    /**
     * Replaces the object's fields.
     *
     * @param changes the fields to change: a model or a map, written as JSON
     * @return the object as updated; empty when the API answers with no body
     */
    default Mono<T> update(Object changes) {
        return endpoint().updateSelf(Objects.requireNonNull(changes, "'changes' cannot be null."));
    }
}
