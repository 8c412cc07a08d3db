package io.github.bcreactive.paging;

import io.github.bcreactive.query.Query;
import reactor.core.publisher.Mono;

/**
 * Fetches one response of a listing: the API layer's half of paging. The pager decides which query to send (its
 * filters plus {@code page}, {@code limit} or {@code after}); the source sends it and decodes the answer.
 *
 * @param <T> the item type
 */
@FunctionalInterface
public interface PageSource<T> {

    /**
     * Sends one request of the listing.
     *
     * @param query the filters with the paging parameters
     * @return the decoded response; a {@code DecodeException} when it is not a valid page
     */
    Mono<PageResponse<T>> fetch(Query query);
}
