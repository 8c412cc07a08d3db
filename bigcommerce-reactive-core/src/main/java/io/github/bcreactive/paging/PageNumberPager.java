package io.github.bcreactive.paging;

import java.util.Optional;
import java.util.OptionalInt;

import io.github.bcreactive.paging.ContinuationToken.Position;
import io.github.bcreactive.query.Query;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * v3 page numbers: the first page read gives {@code meta.pagination.total_pages}; the pages after it are fetched
 * {@code concurrency} at a time and still come out in order, and a page that fails fails the listing in its place
 * (every page before it is emitted first). Every page must be the page asked for and report the
 * same page count as the first, or the listing ends with a {@link PagingException}.
 */
final class PageNumberPager implements Pager {

    static final PageNumberPager INSTANCE = new PageNumberPager();

    private PageNumberPager() {
    }

    @Override
    public <T> Flux<Page<T>> pages(Listing<T> listing, Position from) {
        int limit = from == null ? Listing.MAX_LIMIT : from.limit();
        int first = from == null ? 1 : from.pageNumber();
        Query sized = listing.filters().with("limit", limit);
        return fetch(listing, first == 1 ? sized : sized.with("page", first), first, limit, OptionalInt.empty())
                .flatMapMany(firstPage -> {
                    if (!firstPage.pagination().hasNext()) {
                        return Flux.just(firstPage);
                    }
                    OptionalInt totalPages = firstPage.pagination().totalPages();
                    int last = totalPages.getAsInt();
                    // A failed page fails the listing in its place: the pages before it come out first.
                    Flux<Page<T>> rest = Flux.range(first + 1, last - first).flatMapSequential(
                            number -> fetch(listing, sized.with("page", number), number, limit, totalPages)
                                    .materialize(), listing.concurrency(), 1)
                            .<Page<T>>dematerialize();
                    return Flux.concat(Mono.just(firstPage), rest);
                });
    }

    @Override
    public <T> Mono<Page<T>> page(Listing<T> listing, Query query) {
        int number = Listing.intParam(query, "page", 1);
        int limit = Listing.intParam(query, "limit", 0);
        return listing.fetch(query).map(response -> place(listing, response, number,
                limit > 0 ? limit : response.perPage().orElse(Listing.DEFAULT_LIMIT), OptionalInt.empty()));
    }

    @Override
    public void check(Position position) {
        position.pageNumber();
    }

    private static <T> Mono<Page<T>> fetch(Listing<T> listing, Query query, int number, int limit,
            OptionalInt expectedPages) {
        return listing.fetch(query).map(response -> place(listing, response, number, limit, expectedPages));
    }

    private static <T> Page<T> place(Listing<T> listing, PageResponse<T> response, int number, int limit,
            OptionalInt expectedPages) {
        if (!response.numberPaged()) {
            if (response.cursorPaged() && response.nextLink()) {
                throw listing.contradiction("Page " + number + " came with a cursor and a next link but without "
                        + "meta.pagination, and the listing is declared " + PagingStyle.PAGE_NUMBER
                        + " (declare " + PagingStyle.CURSOR + ")");
            }
            if (expectedPages.isPresent()) {
                throw listing.contradiction("Page " + number + " came without the meta.pagination earlier pages had");
            }
            listing.ended("no meta.pagination, so one page");
            return listing.page(response, new Pagination(number, response.perPage().orElse(limit), response.total(),
                    OptionalInt.empty(), Optional.empty(), false), null);
        }
        int current = response.currentPage().getAsInt();
        int totalPages = response.totalPages().getAsInt();
        if (current != number) {
            throw listing.contradiction("Asked for page " + number + ", the response is page " + current);
        }
        if (expectedPages.isPresent() && expectedPages.getAsInt() != totalPages) {
            throw listing.contradiction("total_pages changed from " + expectedPages.getAsInt() + " to " + totalPages
                    + " at page " + number);
        }
        boolean hasNext = current < totalPages;
        if (!hasNext) {
            listing.ended("page " + current + " of " + totalPages + " is the last");
        }
        return listing.page(response, new Pagination(current, response.perPage().orElse(limit), response.total(),
                OptionalInt.of(totalPages), Optional.empty(), hasNext),
                hasNext ? new Position(limit, String.valueOf(current + 1)) : null);
    }
}
