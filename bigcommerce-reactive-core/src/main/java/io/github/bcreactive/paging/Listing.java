package io.github.bcreactive.paging;

import java.util.Optional;
import java.util.OptionalInt;

import io.github.bcreactive.paging.ContinuationToken.Position;
import io.github.bcreactive.query.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * One listing as its pager walks it: the declared style, the path, the query as given and its filters (the query
 * without paging parameters), where responses come from, and how its tokens are made. Logs the end of the listing
 * at DEBUG with its reason.
 *
 * @param <T> the item type
 */
final class Listing<T> {

    /** The largest page both APIs serve, asked for when a listing is walked whole. */
    static final int MAX_LIMIT = 250;

    /** The page size both APIs use when none is asked for. */
    static final int DEFAULT_LIMIT = 50;

    private static final Logger LOG = LoggerFactory.getLogger(PagedFlux.class);

    private final PagingStyle style;
    private final String path;
    private final Query query;
    private final Query filters;
    private final PageSource<T> source;
    private final int concurrency;
    private final ContinuationToken tokens;

    Listing(PagingStyle style, String path, Query query, PageSource<T> source, int concurrency) {
        this.style = style;
        this.path = path;
        this.query = query;
        this.filters = (style == PagingStyle.OFFSET ? query.without("offset") : query.without("page"))
                .without("limit");
        this.source = source;
        this.concurrency = concurrency;
        this.tokens = new ContinuationToken(style, path, filters.without("after").without("before").toString());
    }

    PagingStyle style() {
        return style;
    }

    String path() {
        return path;
    }

    /** The query as the caller gave it. */
    Query query() {
        return query;
    }

    /**
     * The query without {@code page} (an offset listing's {@code offset}) and {@code limit}: what every page of the
     * listing is asked with.
     */
    Query filters() {
        return filters;
    }

    /** Whether the caller's query names its own page or size: then only that page is fetched. */
    boolean namesItsPage() {
        return !filters.equals(query);
    }

    int concurrency() {
        return concurrency;
    }

    Mono<PageResponse<T>> fetch(Query pageQuery) {
        return source.fetch(pageQuery);
    }

    Position resume(String token) {
        return tokens.decode(token);
    }

    /** A page of this listing, with the token of the next position, or none when {@code next} is {@code null}. */
    Page<T> page(PageResponse<T> response, Pagination pagination, Position next) {
        return new Page<>(response.items(), pagination, next == null ? null : tokens.encode(next), response.status(),
                response.headers());
    }

    /** Pagination with no totals and no cursor. */
    static Pagination plain(int number, int size, boolean hasNext) {
        return new Pagination(number, size, java.util.OptionalLong.empty(), OptionalInt.empty(), Optional.empty(),
                hasNext);
    }

    /** The failure for a response that contradicts the listing. */
    PagingException contradiction(String message) {
        return new PagingException(message + "; the listing ends here rather than repeat or skip items", path);
    }

    /** Logs the listing's normal end. */
    void ended(String reason) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("Listing {} ({}) ended: {}", path, style, reason);
        }
    }

    /** Logs an end by failure or cancellation. */
    void ended(String how, Object detail) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("Listing {} ({}) ended: {} {}", path, style, how, detail);
        }
    }

    /** A whole-number paging parameter of a query, or the fallback when it is absent. */
    static int intParam(Query query, String name, int fallback) {
        Optional<Object> value = query.get(name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(String.valueOf(value.get()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + name + "' must be a whole number, was '" + value.get() + "'.");
        }
    }
}
