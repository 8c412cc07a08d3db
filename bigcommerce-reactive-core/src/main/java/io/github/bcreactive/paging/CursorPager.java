package io.github.bcreactive.paging;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bcreactive.paging.ContinuationToken.Position;
import io.github.bcreactive.query.Query;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * v3 cursors: {@code after} = {@code meta.cursor_pagination.end_cursor} while the response has a next link. A
 * listing that fits on one page (no next link) is one request. A cursor met before, or a next link without a cursor,
 * ends the listing with a {@link PagingException} before the page's items are emitted.
 */
final class CursorPager implements Pager {

    static final CursorPager INSTANCE = new CursorPager();

    private CursorPager() {
    }

    @Override
    public <T> Flux<Page<T>> pages(Listing<T> listing, Position from) {
        int limit = from == null ? Listing.MAX_LIMIT : from.limit();
        Query sized = listing.filters().without("after").with("limit", limit);
        Set<String> seen = ConcurrentHashMap.newKeySet();
        // a resumed listing starts at its token's cursor; a query's own 'after' starts the listing there
        String start = from != null ? from.value() : listing.filters().get("after").map(String::valueOf).orElse(null);
        Query first = start == null ? sized : sized.with("after", start);
        if (start != null && !start.isEmpty()) {
            seen.add(start);
        }
        return fetch(listing, first, limit, seen).expand(page -> page.pagination().nextCursor()
                .map(cursor -> fetch(listing, sized.with("after", cursor), limit, seen))
                .orElse(Mono.empty()));
    }

    @Override
    public <T> Mono<Page<T>> page(Listing<T> listing, Query query) {
        int limit = Listing.intParam(query, "limit", 0);
        Set<String> seen = ConcurrentHashMap.newKeySet();
        query.get("after").ifPresent(after -> seen.add(String.valueOf(after)));
        return listing.fetch(query).map(response -> place(listing, response,
                limit > 0 ? limit : response.perPage().orElse(Listing.DEFAULT_LIMIT), seen));
    }

    @Override
    public void check(Position position) {
        // any non-empty cursor may be valid; the API judges it
    }

    private static <T> Mono<Page<T>> fetch(Listing<T> listing, Query query, int limit, Set<String> seen) {
        return listing.fetch(query).map(response -> place(listing, response, limit, seen));
    }

    private static <T> Page<T> place(Listing<T> listing, PageResponse<T> response, int limit, Set<String> seen) {
        if (!response.cursorPaged()) {
            if (response.numberPaged() && response.currentPage().getAsInt() < response.totalPages().getAsInt()) {
                throw listing.contradiction("The response pages by number (page " + response.currentPage().getAsInt()
                        + " of " + response.totalPages().getAsInt() + ") without meta.cursor_pagination, and the "
                        + "listing is declared " + PagingStyle.CURSOR + " (declare " + PagingStyle.PAGE_NUMBER + ")");
            }
            listing.ended("no meta.cursor_pagination, so one page");
            return listing.page(response, new Pagination(0, response.perPage().orElse(limit), response.total(),
                    response.totalPages(), Optional.empty(), false), null);
        }
        boolean hasNext = response.nextLink();
        if (hasNext && response.endCursor().isEmpty()) {
            throw listing.contradiction("A page has a next link but no end_cursor to follow it with");
        }
        if (hasNext && !seen.add(response.endCursor().get())) {
            throw listing.contradiction("The listing's cursor did not advance: end_cursor '"
                    + response.endCursor().get() + "' names a page already read");
        }
        if (!hasNext) {
            listing.ended("no next link");
        }
        return listing.page(response, new Pagination(0, response.perPage().orElse(limit), response.total(),
                response.totalPages(), hasNext ? response.endCursor() : Optional.empty(), hasNext),
                hasNext ? new Position(limit, response.endCursor().get()) : null);
    }
}
