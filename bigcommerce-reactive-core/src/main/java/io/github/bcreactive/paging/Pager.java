package io.github.bcreactive.paging;

import io.github.bcreactive.paging.ContinuationToken.Position;
import io.github.bcreactive.query.Query;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * How a listing of one {@link PagingStyle} is walked: which query asks for which page, when the listing ends, which
 * token resumes it, and which metadata contradicts it. One implementation per style.
 */
sealed interface Pager permits V2PagePager, PageNumberPager, CursorPager, OffsetPager,
        UnpagedPager {

    /**
     * The pager of a style.
     *
     * @param style the declared style
     * @return its pager
     */
    static Pager of(PagingStyle style) {
        return switch (style) {
            case V2_PAGES -> V2PagePager.INSTANCE;
            case PAGE_NUMBER -> PageNumberPager.INSTANCE;
            case CURSOR -> CursorPager.INSTANCE;
            case OFFSET -> OffsetPager.INSTANCE;
            case NONE -> UnpagedPager.INSTANCE;
        };
    }

    /**
     * The pages of a listing from its start or from a position.
     *
     * @param listing the listing
     * @param from the position a token named, or {@code null} for the start
     * @param <T> the item type
     * @return the pages, in order
     */
    <T> Flux<Page<T>> pages(Listing<T> listing, Position from);

    /**
     * The one page a query names by its own {@code page}, {@code limit} or cursor.
     *
     * @param listing the listing
     * @param query the query as given
     * @param <T> the item type
     * @return the page, with the token of the page after it
     */
    <T> Mono<Page<T>> page(Listing<T> listing, Query query);

    /**
     * Checks that a position can start this style of listing.
     *
     * @param position the position a token named
     * @throws IllegalArgumentException when it cannot
     */
    void check(Position position);
}
