package io.github.bcreactive.paging;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.github.bcreactive.ratelimit.RateLimitStatus;
import org.springframework.http.HttpHeaders;

/**
 * One page of a listing: its items, where it sits, the token that resumes the listing after it, and the response
 * it came in (status and headers, with the store's rate-limit state).
 *
 * <pre>{@code
 * client.catalog().products().iterAll().byPage()
 *         .doOnNext(page -> checkpoints.save(page.continuationToken()))   // resume later with byPage(token)
 *         .subscribe(page -> log.info("{} items, {} requests left", page.items().size(),
 *                 page.rateLimit().left()));
 * }</pre>
 *
 * @param items the items, in the order the API returned them (read-only)
 * @param pagination the page's position
 * @param continuationToken the opaque token of the next page, for {@link PagedFlux#byPage(String)}; {@code null}
 *     when this is the last page
 * @param status the response status (200, or 204 for an empty page)
 * @param headers the response headers (read-only)
 * @param <T> the item type
 */
public record Page<T>(List<T> items, Pagination pagination, String continuationToken, int status,
        HttpHeaders headers) {

    /**
     * Creates a page, copying the items and making the headers read-only.
     *
     * @param items the items
     * @param pagination the page's position
     * @param continuationToken the next page's token, or {@code null} for the last page
     * @param status the response status
     * @param headers the response headers
     */
    public Page {
        items = List.copyOf(Objects.requireNonNull(items, "'items' cannot be null."));
        Objects.requireNonNull(pagination, "'pagination' cannot be null.");
        headers = HttpHeaders.readOnlyHttpHeaders(Objects.requireNonNull(headers, "'headers' cannot be null."));
    }

    /**
     * The token of the next page, when there is one.
     *
     * @return the token, or empty on the last page
     */
    public Optional<String> nextToken() {
        return Optional.ofNullable(continuationToken);
    }

    /**
     * The store's rate-limit state as this page's response reported it.
     *
     * @return the {@code X-Rate-Limit-*} values; {@link RateLimitStatus#isPresent()} is false when the response
     *     carried none
     */
    public RateLimitStatus rateLimit() {
        return RateLimitStatus.parse(headers::getFirst);
    }

    @Override
    public String toString() {
        return "Page[" + items.size() + " items, " + pagination + ", status " + status
                + (continuationToken == null ? ", last" : "") + "]";
    }
}
