package io.github.bcreactive.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import tools.jackson.databind.JsonNode;

/**
 * The outcome of a batch operation over all its chunks: the items that were saved, and the per-item errors of any
 * partial success (HTTP 207). A 207 does not fail the operation; a chunk that fails outright (4xx/5xx) does.
 *
 * <pre>{@code
 * client.catalog().products().updateAll(changes)
 *         .doOnNext(result -> result.errors().forEach(error -> log.warn("not saved: {}", error)))
 *         .map(BatchResult::items);
 * }</pre>
 *
 * @param items the saved items, in the order of the chunks (read-only)
 * @param errors the per-item errors as the API sent them (read-only)
 * @param <T> the item type
 */
public record BatchResult<T>(List<T> items, List<JsonNode> errors) {

    /**
     * Creates a result, copying the lists.
     *
     * @param items the saved items
     * @param errors the per-item errors
     */
    public BatchResult {
        items = List.copyOf(Objects.requireNonNull(items, "'items' cannot be null."));
        errors = List.copyOf(Objects.requireNonNull(errors, "'errors' cannot be null."));
    }

    /**
     * Whether some items were not saved.
     *
     * @return {@code true} when there are errors
     */
    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    static <T> BatchResult<T> empty() {
        return new BatchResult<>(List.of(), List.of());
    }

    BatchResult<T> plus(BatchResult<T> next) {
        List<T> allItems = new ArrayList<>(items);
        allItems.addAll(next.items);
        List<JsonNode> allErrors = new ArrayList<>(errors);
        allErrors.addAll(next.errors);
        return new BatchResult<>(allItems, allErrors);
    }
}
