package io.github.bcreactive.paging;

import java.util.List;
import java.util.Objects;

/**
 * One page of a listing: its items and where it sits.
 *
 * <pre>{@code
 * client.v3().getMany("/catalog/products").byPage()
 *         .subscribe(page -> log.info("page {} of {}", page.pagination().pageNumber(), page.pagination().totalPages()));
 * }</pre>
 *
 * @param items the items, in the order the API returned them (read-only)
 * @param pagination the page's position
 * @param <T> the item type
 */
public record Page<T>(List<T> items, Pagination pagination) {

    /**
     * Creates a page, copying the items.
     *
     * @param items the items
     * @param pagination the page's position
     */
    public Page {
        items = List.copyOf(Objects.requireNonNull(items, "'items' cannot be null."));
        Objects.requireNonNull(pagination, "'pagination' cannot be null.");
    }

    @Override
    public String toString() {
        return "Page[" + items.size() + " items, " + pagination + "]";
    }
}
