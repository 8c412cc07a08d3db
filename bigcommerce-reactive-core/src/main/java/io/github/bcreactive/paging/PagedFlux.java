package io.github.bcreactive.paging;

import java.util.Objects;

import io.github.bcreactive.paging.ContinuationToken.Position;
import io.github.bcreactive.query.Query;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A listing as one reactive type: subscribe to it for the items, across every page, call {@link #byPage()} for the
 * pages themselves, or {@link #byPage(String)} to resume from a page's continuation token. Nothing is requested until
 * subscription, each subscription starts afresh, pages are fetched as the subscriber asks for items, and cancelling
 * stops the requests. The listing pages in the style its resource declares (see {@link PagingStyle}); metadata that
 * contradicts itself ends it with a {@link PagingException}, never with an item repeated or skipped.
 *
 * <pre>{@code
 * PagedFlux<Product> products = client.catalog().products().iterAll();
 * products.take(10).subscribe(p -> log.info("{}", p.name()));                 // items
 * products.byPage().subscribe(page -> checkpoint.save(page.continuationToken()));   // pages, with their tokens
 * products.byPage(checkpoint.load()).subscribe();   // after a crash: the pages after the saved one
 * }</pre>
 *
 * <p>A query that names its own {@code page} or {@code limit} asks for just that page; its continuation token
 * resumes the listing after it, with its page size. In a cursor listing, a query's own {@code after} starts the
 * listing at that cursor.
 *
 * @param <T> the item type
 */
public final class PagedFlux<T> extends Flux<T> {

    private final Listing<T> listing;
    private final Pager pager;

    private PagedFlux(Listing<T> listing, Pager pager) {
        this.listing = listing;
        this.pager = pager;
    }

    /**
     * A listing paged in a declared style. The API layer calls this; users get listings from the resources and
     * from {@code RestApi}.
     *
     * @param style the paging style the resource declares
     * @param path the listing's path (for tokens, errors and logs)
     * @param query the filters; with {@code page} or {@code limit}, just that page
     * @param source sends one request of the listing and decodes it
     * @param pageConcurrency how many pages of a page-number listing are fetched at once, at least 1
     * @param <T> the item type
     * @return the listing
     */
    public static <T> PagedFlux<T> of(PagingStyle style, String path, Query query, PageSource<T> source,
            int pageConcurrency) {
        Objects.requireNonNull(style, "'style' cannot be null.");
        Objects.requireNonNull(path, "'path' cannot be null.");
        Objects.requireNonNull(query, "'query' cannot be null.");
        Objects.requireNonNull(source, "'source' cannot be null.");
        if (pageConcurrency < 1) {
            throw new IllegalArgumentException("'pageConcurrency' must be at least 1, was " + pageConcurrency + ".");
        }
        return new PagedFlux<>(new Listing<>(style, path, query, source, pageConcurrency), Pager.of(style));
    }

    /**
     * One page of a listing, exactly as the query asks for it (one request, nothing added), placed in a declared
     * style: its continuation token resumes the listing after it. The API layer calls this.
     *
     * @param style the paging style the resource declares
     * @param path the listing's path
     * @param query the query as it is sent
     * @param source sends the request and decodes it
     * @param <T> the item type
     * @return the page
     */
    public static <T> Mono<Page<T>> page(PagingStyle style, String path, Query query, PageSource<T> source) {
        PagedFlux<T> listing = of(style, path, query, source, 1);
        return Mono.defer(() -> listing.pager.page(listing.listing, query));
    }

    /**
     * The paging style this listing follows.
     *
     * @return the declared style
     */
    public PagingStyle pagingStyle() {
        return listing.style();
    }

    /**
     * The listing page by page, from its start.
     *
     * @return a flux of the pages, fetched afresh for each subscription
     */
    public Flux<Page<T>> byPage() {
        return logged(Flux.defer(() -> listing.namesItsPage() ? pager.page(listing, listing.query()).flux()
                : pager.pages(listing, null)));
    }

    /**
     * The rest of the listing, from the page a continuation token names: the pages after the page that gave the
     * token, exactly as the whole listing would have gone on (unless the store changed in between).
     *
     * @param continuationToken a {@link Page#continuationToken()} of this same listing (same path and filters)
     * @return a flux of the remaining pages, fetched afresh for each subscription
     * @throws IllegalArgumentException when the token is blank, malformed, or of another listing or paging style;
     *     a bad token never restarts the listing
     */
    public Flux<Page<T>> byPage(String continuationToken) {
        Objects.requireNonNull(continuationToken, "'continuationToken' cannot be null.");
        Position from = listing.resume(continuationToken);
        pager.check(from);
        return logged(Flux.defer(() -> pager.pages(listing, from)));
    }

    @Override
    public void subscribe(CoreSubscriber<? super T> actual) {
        byPage().concatMapIterable(Page::items, 1).subscribe(actual);
    }

    private Flux<Page<T>> logged(Flux<Page<T>> pages) {
        return pages.doOnError(failure -> listing.ended("by failure", failure.toString()))
                .doOnCancel(() -> listing.ended("by cancellation", ""));
    }
}
