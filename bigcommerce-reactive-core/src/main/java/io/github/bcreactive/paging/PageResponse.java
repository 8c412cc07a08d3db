package io.github.bcreactive.paging;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

import org.springframework.http.HttpHeaders;

/**
 * One listing response as its API version decoded it, before the pager placed it in the listing: the items and the
 * paging metadata exactly as reported, nothing inferred. An {@code ApiVersion} makes these; the pager of the
 * declared {@link PagingStyle} reads them.
 *
 * @param status the response status
 * @param headers the response headers
 * @param items the items (read-only)
 * @param currentPage {@code meta.pagination.current_page}, when reported
 * @param totalPages {@code meta.pagination.total_pages}, when reported
 * @param total {@code meta.pagination.total}, when reported
 * @param perPage the page size reported ({@code per_page} of either kind of metadata)
 * @param endCursor {@code meta.cursor_pagination.end_cursor}, when reported and not blank
 * @param nextLink whether {@code meta.cursor_pagination.links.next} was reported and not blank
 * @param cursorPaged whether the response carried {@code meta.cursor_pagination}
 * @param offset the offset of the page's first item ({@code meta.pagination.offset} of an offset listing), when
 *     reported
 * @param <T> the item type
 */
public record PageResponse<T>(int status, HttpHeaders headers, List<T> items, OptionalInt currentPage,
        OptionalInt totalPages, OptionalLong total, OptionalInt perPage, Optional<String> endCursor,
        boolean nextLink, boolean cursorPaged, OptionalLong offset) {

    /**
     * Checks the response and copies the items.
     *
     * @param status the status
     * @param headers the headers
     * @param items the items
     * @param currentPage the reported page number
     * @param totalPages the reported page count
     * @param total the reported item count
     * @param perPage the reported page size
     * @param endCursor the reported end cursor
     * @param nextLink whether a next link was reported
     * @param cursorPaged whether cursor metadata was reported
     * @param offset the reported offset
     */
    public PageResponse {
        Objects.requireNonNull(headers, "'headers' cannot be null.");
        items = List.copyOf(Objects.requireNonNull(items, "'items' cannot be null."));
        Objects.requireNonNull(currentPage, "'currentPage' cannot be null.");
        Objects.requireNonNull(totalPages, "'totalPages' cannot be null.");
        Objects.requireNonNull(total, "'total' cannot be null.");
        Objects.requireNonNull(perPage, "'perPage' cannot be null.");
        Objects.requireNonNull(endCursor, "'endCursor' cannot be null.");
        Objects.requireNonNull(offset, "'offset' cannot be null.");
    }

    /**
     * A response of a page-number or cursor listing, which reports no offset.
     *
     * @param status the status
     * @param headers the headers
     * @param items the items
     * @param currentPage the reported page number
     * @param totalPages the reported page count
     * @param total the reported item count
     * @param perPage the reported page size
     * @param endCursor the reported end cursor
     * @param nextLink whether a next link was reported
     * @param cursorPaged whether cursor metadata was reported
     */
    public PageResponse(int status, HttpHeaders headers, List<T> items, OptionalInt currentPage,
            OptionalInt totalPages, OptionalLong total, OptionalInt perPage, Optional<String> endCursor,
            boolean nextLink, boolean cursorPaged) {
        this(status, headers, items, currentPage, totalPages, total, perPage, endCursor, nextLink, cursorPaged,
                OptionalLong.empty());
    }

    /**
     * A response of an offset listing: its items with {@code meta.pagination}'s offset, limit and total count as
     * reported.
     *
     * @param status the status
     * @param headers the headers
     * @param items the items
     * @param offset the reported offset
     * @param limit the reported page size
     * @param total the reported item count
     * @param <T> the item type
     * @return the response
     */
    public static <T> PageResponse<T> offsetPage(int status, HttpHeaders headers, List<T> items, OptionalLong offset,
            OptionalInt limit, OptionalLong total) {
        return new PageResponse<>(status, headers, items, OptionalInt.empty(), OptionalInt.empty(), total, limit,
                Optional.empty(), false, false, offset);
    }

    /**
     * A response with items and no paging metadata (v2, a bare array, or a 204).
     *
     * @param status the status
     * @param headers the headers
     * @param items the items
     * @param <T> the item type
     * @return the response
     */
    public static <T> PageResponse<T> itemsOnly(int status, HttpHeaders headers, List<T> items) {
        return new PageResponse<>(status, headers, items, OptionalInt.empty(), OptionalInt.empty(),
                OptionalLong.empty(), OptionalInt.empty(), Optional.empty(), false, false, OptionalLong.empty());
    }

    /**
     * Whether the response carried {@code meta.pagination} (a page number and a page count).
     *
     * @return {@code true} when the page number and the page count were reported
     */
    public boolean numberPaged() {
        return currentPage.isPresent() && totalPages.isPresent();
    }

    /**
     * Whether the response carried offset metadata (an offset and a total count).
     *
     * @return {@code true} when the offset and the total were reported
     */
    public boolean offsetPaged() {
        return offset.isPresent() && total.isPresent();
    }
}
