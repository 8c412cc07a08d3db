package io.github.bcreactive.paging;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Where a {@link Page} sits in its listing, as far as the API said. v3 page-number listings report the total; v3
 * cursor listings report the cursor of the next page; B2B Edition offset listings report the offset and the total;
 * v2 listings report nothing, so a full page is taken to mean that more may follow.
 *
 * @param pageNumber the page number from 1 (an offset page's: its offset over its size, plus 1); 0 for a cursor page
 * @param pageSize the page size asked for (or reported)
 * @param total the number of items in the whole listing, when reported
 * @param totalPages the number of pages in the whole listing, when reported
 * @param nextCursor the cursor to ask for the next page with ({@code after}), when the listing pages by cursor and
 *     has more
 * @param hasNext whether another page follows
 * @param offset the offset of the page's first item, in an offset listing
 */
public record Pagination(int pageNumber, int pageSize, OptionalLong total, OptionalInt totalPages,
        Optional<String> nextCursor, boolean hasNext, OptionalLong offset) {

    /**
     * The position of a page of a listing that does not page by offset.
     *
     * @param pageNumber the page number from 1; 0 for a cursor page
     * @param pageSize the page size
     * @param total the item count, when reported
     * @param totalPages the page count, when reported
     * @param nextCursor the next page's cursor, when there is one
     * @param hasNext whether another page follows
     */
    public Pagination(int pageNumber, int pageSize, OptionalLong total, OptionalInt totalPages,
            Optional<String> nextCursor, boolean hasNext) {
        this(pageNumber, pageSize, total, totalPages, nextCursor, hasNext, OptionalLong.empty());
    }
}
