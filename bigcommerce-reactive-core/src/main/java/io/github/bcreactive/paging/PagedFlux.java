package io.github.bcreactive.paging;

import java.util.Objects;
import java.util.function.Supplier;

import reactor.core.CoreSubscriber;
import reactor.core.publisher.Flux;

/**
 * A listing as one reactive type: subscribe to it for the items, across every page, or call {@link #byPage()} for
 * the pages themselves. Nothing is requested until subscription, each subscription starts afresh from the first
 * page, pages are fetched as the subscriber asks for items, and cancelling stops the requests.
 *
 * <pre>{@code
 * PagedFlux<JsonNode> products = client.v3().getMany("/catalog/products");
 * products.take(10).subscribe(p -> log.info("{}", p.get("name")));        // items
 * products.byPage().map(page -> page.items().size()).subscribe();           // pages
 * }</pre>
 *
 * @param <T> the item type
 */
public final class PagedFlux<T> extends Flux<T> {

    private final Supplier<Flux<Page<T>>> pages;

    /**
     * Creates a listing from a source of pages, called anew for every subscription.
     *
     * @param pages supplies the pages of one traversal
     */
    public PagedFlux(Supplier<Flux<Page<T>>> pages) {
        this.pages = Objects.requireNonNull(pages, "'pages' cannot be null.");
    }

    /**
     * The listing page by page.
     *
     * @return a flux of the pages, fetched afresh for each subscription
     */
    public Flux<Page<T>> byPage() {
        return Flux.defer(pages);
    }

    @Override
    public void subscribe(CoreSubscriber<? super T> actual) {
        byPage().concatMapIterable(Page::items, 1).subscribe(actual);
    }
}
