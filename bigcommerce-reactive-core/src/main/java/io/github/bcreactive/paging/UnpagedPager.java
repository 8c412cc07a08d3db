package io.github.bcreactive.paging;

import io.github.bcreactive.paging.ContinuationToken.Position;
import io.github.bcreactive.query.Query;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Not paged: one request with the query as given; the listing is that response. Its pages carry no token. */
final class UnpagedPager implements Pager {

    static final UnpagedPager INSTANCE = new UnpagedPager();

    private UnpagedPager() {
    }

    @Override
    public <T> Flux<Page<T>> pages(Listing<T> listing, Position from) {
        return page(listing, listing.query()).flux();
    }

    @Override
    public <T> Mono<Page<T>> page(Listing<T> listing, Query query) {
        return listing.fetch(query).map(response -> {
            listing.ended("not paged, so one response");
            return listing.page(response, Listing.plain(1, response.items().size(), false), null);
        });
    }

    @Override
    public void check(Position position) {
        throw new IllegalArgumentException("An unpaged listing has no continuation: its one response is all of it.");
    }
}
