package io.github.bcreactive.paging;

import io.github.bcreactive.paging.ContinuationToken.Position;
import io.github.bcreactive.query.Query;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * v2 {@code page}/{@code limit}: one page after another. v2 reports no totals, so a full page means more may follow
 * and a 204, an empty array or a short page ends the listing (a short page with no extra request).
 */
final class V2PagePager implements Pager {

    static final V2PagePager INSTANCE = new V2PagePager();

    private V2PagePager() {
    }

    @Override
    public <T> Flux<Page<T>> pages(Listing<T> listing, Position from) {
        int limit = from == null ? Listing.MAX_LIMIT : from.limit();
        Query sized = listing.filters().with("limit", limit);
        int first = from == null ? 1 : from.pageNumber();
        return fetch(listing, sized, first, limit).expand(page -> page.pagination().hasNext()
                ? fetch(listing, sized, page.pagination().pageNumber() + 1, limit) : Mono.empty());
    }

    @Override
    public <T> Mono<Page<T>> page(Listing<T> listing, Query query) {
        int number = Listing.intParam(query, "page", 1);
        int limit = Listing.intParam(query, "limit", Listing.DEFAULT_LIMIT);
        return listing.fetch(query).map(response -> place(listing, response, number, limit));
    }

    @Override
    public void check(Position position) {
        position.pageNumber();
    }

    private static <T> Mono<Page<T>> fetch(Listing<T> listing, Query sized, int number, int limit) {
        return listing.fetch(sized.with("page", number)).map(response -> place(listing, response, number, limit));
    }

    private static <T> Page<T> place(Listing<T> listing, PageResponse<T> response, int number, int limit) {
        int size = response.items().size();
        boolean full = size >= limit;
        if (!full) {
            listing.ended(response.status() == 204 ? "no content (204) at page " + number
                    : size == 0 ? "an empty page at page " + number
                    : "a short page (" + size + " of " + limit + ") at page " + number);
        }
        return listing.page(response, Listing.plain(number, limit, full),
                full ? new Position(limit, String.valueOf(number + 1)) : null);
    }
}
