package io.github.bcreactive.resource;

import io.github.bcreactive.paging.Page;
import io.github.bcreactive.paging.PagedFlux;
import io.github.bcreactive.query.Query;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A resource that lists its items, one page or all of them, in its API's paging style.
 *
 * <pre>{@code
 * Mono<Page<Product>> first = client.catalog().products().all(Query.of("is_visible", true));
 * Flux<Product> every = client.catalog().products().iterAll();
 * }</pre>
 *
 * @param <T> the item type
 */
public interface Listable<T> extends Resource<T> {

    /**
     * The first page, as the API pages it by default.
     *
     * @return the page
     */
    default Mono<Page<T>> all() {
        return all(Query.empty());
    }

    /**
     * One page: the first, or the one the query's {@code page}/{@code limit}/{@code after} asks for.
     *
     * @param query the filters
     * @return the page
     */
    default Mono<Page<T>> all(Query query) {
        return endpoint().page(query);
    }

    /**
     * Every item, across every page.
     *
     * @return the items; nothing is fetched until subscription
     */
    default PagedFlux<T> iterAll() {
        return iterAll(Query.empty());
    }

    /**
     * Every item that matches, across every page. A query with {@code page} or {@code limit} gives just that page.
     *
     * @param query the filters
     * @return the items; nothing is fetched until subscription
     */
    default PagedFlux<T> iterAll(Query query) {
        return endpoint().list(query);
    }

    /**
     * Every page that matches.
     *
     * @param query the filters
     * @return the pages; nothing is fetched until subscription
     */
    default Flux<Page<T>> pages(Query query) {
        return iterAll(query).byPage();
    }
}
