package io.github.bcreactive.paging;

/**
 * How a listing pages, as its resource declares it. The pager follows the declared style and never switches style
 * on what a response says: a response whose paging metadata contradicts the style ends the listing with a
 * {@link PagingException}.
 *
 * <pre>{@code
 * PagedFlux<JsonNode> customers = client.v3().list("/customers", Query.empty(),
 *         mapper.constructType(JsonNode.class), PagingStyle.CURSOR);
 * }</pre>
 */
public enum PagingStyle {

    /** v2: {@code page}/{@code limit}, one page after another until a 204, an empty array or a short page. */
    V2_PAGES,

    /** v3: {@code page}/{@code limit} with {@code meta.pagination.total_pages}; later pages are fetched concurrently. */
    PAGE_NUMBER,

    /** v3: {@code after} = {@code meta.cursor_pagination.end_cursor} while there is a next link. */
    CURSOR,

    /**
     * B2B Edition: {@code offset}/{@code limit} with {@code meta.pagination.totalCount}; later pages are fetched
     * concurrently, each checked against the offset asked for and the first page's count.
     */
    OFFSET,

    /** Not paged: the listing (or single object) comes back whole, and no paging parameters are sent. */
    NONE
}
