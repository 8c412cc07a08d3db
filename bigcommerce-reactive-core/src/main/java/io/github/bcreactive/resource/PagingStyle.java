package io.github.bcreactive.resource;

/**
 * How a resource's listing pages, as its API documents it. The core pager follows what each response says (a v3
 * {@code meta.cursor_pagination} is followed by cursor even on a resource declared {@link #PAGE_NUMBER}); the declared
 * style documents the resource and {@link #NONE} turns paging off.
 */
public enum PagingStyle {

    /** v2: {@code page}/{@code limit}, one page after another until a short or empty page. */
    V2_PAGES,

    /** v3: {@code page}/{@code limit} with {@code meta.pagination.total_pages}; later pages are fetched concurrently. */
    PAGE_NUMBER,

    /** v3: {@code after} = {@code meta.cursor_pagination.end_cursor} until there is no next link. */
    CURSOR,

    /** Not paged: the listing (or single object) comes back whole, and no paging parameters are sent. */
    NONE
}
