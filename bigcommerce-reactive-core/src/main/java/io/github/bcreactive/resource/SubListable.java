package io.github.bcreactive.resource;

import io.github.bcreactive.paging.Page;
import io.github.bcreactive.paging.PagedFlux;
import io.github.bcreactive.query.Query;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A sub-resource that lists the items of one parent, paged as its API pages.
 *
 * <pre>{@code
 * Flux<Variant> variants = client.catalog().variants().iterAll(77L);
 * }</pre>
 *
 * @param <T> the item type
 * @param <P> the parent id type, {@code Long} or {@code String} as the spec declares it
 */
public interface SubListable<T, P> extends Resource<T> {

    /**
     * The parent's first page.
     *
     * @param parentId the parent's id
     * @return the page
     */
    default Mono<Page<T>> all(P parentId) {
        return all(parentId, Query.empty());
    }

    /**
     * One page of the parent's items.
     *
     * @param parentId the parent's id
     * @param query the filters, with {@code page}/{@code limit} if wanted
     * @return the page
     */
    default Mono<Page<T>> all(P parentId, Query query) {
        return endpoint().bind(parentId).page(query);
    }

    /**
     * Every item of the parent, across every page.
     *
     * @param parentId the parent's id
     * @return the items; nothing is fetched until subscription
     */
    default PagedFlux<T> iterAll(P parentId) {
        return iterAll(parentId, Query.empty());
    }

    /**
     * Every item of the parent that matches, across every page.
     *
     * @param parentId the parent's id
     * @param query the filters
     * @return the items; nothing is fetched until subscription
     */
    default PagedFlux<T> iterAll(P parentId, Query query) {
        return endpoint().bind(parentId).list(query);
    }

    /**
     * Every page of the parent's items that match.
     *
     * @param parentId the parent's id
     * @param query the filters
     * @return the pages; nothing is fetched until subscription
     */
    default Flux<Page<T>> pages(P parentId, Query query) {
        return iterAll(parentId, query).byPage();
    }
}
