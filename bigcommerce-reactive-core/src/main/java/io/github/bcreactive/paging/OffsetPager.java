package io.github.bcreactive.paging;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.LongStream;

import io.github.bcreactive.paging.ContinuationToken.Position;
import io.github.bcreactive.query.Query;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * B2B Edition offsets: the first page read gives {@code meta.pagination.totalCount} and the page size the store
 * serves (it may cap the {@code limit} asked for); the offsets after it are fetched {@code concurrency} at a time and
 * still come out in order, and a page that fails fails the listing in its place. Every page must report the offset
 * asked for, the same page size and the same total as the first, and no more items than its size, or the listing
 * ends with a {@link PagingException}. The first page is asked without {@code offset}, which defaults to 0.
 */
final class OffsetPager implements Pager {

    static final OffsetPager INSTANCE = new OffsetPager();

    /** The page size asked for when a listing is walked whole: the smallest maximum the B2B specs state (orders). */
    static final int MAX_LIMIT = 200;

    /** The page size B2B Edition serves when none is asked for. */
    static final int DEFAULT_LIMIT = 10;

    private OffsetPager() {
    }

    @Override
    public <T> Flux<Page<T>> pages(Listing<T> listing, Position from) {
        int limit = from == null ? MAX_LIMIT : from.limit();
        long start = from == null ? 0 : from.offset();
        return fetch(listing, start, limit, OptionalLong.empty()).flatMapMany(first -> {
            if (!first.pagination().hasNext()) {
                return Flux.just(first);
            }
            long total = first.pagination().total().getAsLong();
            int step = first.pagination().pageSize();
            // A failed page fails the listing in its place: the pages before it come out first.
            Flux<Page<T>> rest = Flux.fromStream(() -> LongStream.iterate(start + step, at -> at < total,
                            at -> at + step).boxed())
                    .flatMapSequential(at -> fetch(listing, at, step, OptionalLong.of(total)).materialize(),
                            listing.concurrency(), 1)
                    .<Page<T>>dematerialize();
            return Flux.concat(Mono.just(first), rest);
        });
    }

    @Override
    public <T> Mono<Page<T>> page(Listing<T> listing, Query query) {
        long offset = longParam(query, "offset");
        int limit = Listing.intParam(query, "limit", 0);
        return listing.fetch(query).map(response -> place(listing, response, offset,
                limit > 0 ? limit : response.perPage().orElse(DEFAULT_LIMIT), OptionalLong.empty()));
    }

    @Override
    public void check(Position position) {
        position.offset();
    }

    private static <T> Mono<Page<T>> fetch(Listing<T> listing, long offset, int limit, OptionalLong expectedTotal) {
        // every B2B spec that states a default offset states 0, and one (receipts) accepts only an offset above 0
        Query sized = listing.filters().with("limit", limit);
        Query query = offset == 0 ? sized : sized.with("offset", offset);
        return listing.fetch(query).map(response -> place(listing, response, offset, limit, expectedTotal));
    }

    private static <T> Page<T> place(Listing<T> listing, PageResponse<T> response, long offset, int limit,
            OptionalLong expectedTotal) {
        if (!response.offsetPaged()) {
            if (response.numberPaged() || response.cursorPaged()) {
                throw listing.contradiction("The page at offset " + offset + " came with page-number or cursor "
                        + "metadata, and the listing is declared " + PagingStyle.OFFSET);
            }
            if (expectedTotal.isPresent()) {
                throw listing.contradiction("The page at offset " + offset + " came without the offset and "
                        + "totalCount earlier pages had");
            }
            listing.ended("no meta.pagination offset and totalCount, so one page");
            return listing.page(response, Listing.plain(1, limit, false), null);
        }
        long reportedOffset = response.offset().getAsLong();
        long total = response.total().getAsLong();
        int size = response.perPage().orElse(limit);
        if (reportedOffset != offset) {
            throw listing.contradiction("Asked for offset " + offset + ", the response is at offset "
                    + reportedOffset);
        }
        if (size > limit || expectedTotal.isPresent() && size != limit) {
            throw listing.contradiction("Asked for " + limit + " items a page, the page at offset " + offset
                    + " reports a limit of " + size);
        }
        if (response.items().size() > size) {
            throw listing.contradiction("The page at offset " + offset + " holds " + response.items().size()
                    + " items, more than its limit of " + size);
        }
        if (expectedTotal.isPresent() && expectedTotal.getAsLong() != total) {
            throw listing.contradiction("totalCount changed from " + expectedTotal.getAsLong() + " to " + total
                    + " at offset " + offset);
        }
        boolean hasNext = offset + size < total;
        if (!hasNext) {
            listing.ended("offset " + offset + " of " + total + " items is the last page");
        }
        long pages = (total + size - 1) / size;
        return listing.page(response, new Pagination((int) Math.min(Integer.MAX_VALUE, offset / size + 1), size,
                OptionalLong.of(total), OptionalInt.of((int) Math.min(Integer.MAX_VALUE, pages)), Optional.empty(),
                hasNext, OptionalLong.of(offset)), hasNext ? new Position(size, String.valueOf(offset + size)) : null);
    }

    private static long longParam(Query query, String name) {
        Optional<Object> value = query.get(name);
        if (value.isEmpty()) {
            return 0;
        }
        try {
            long parsed = Long.parseLong(String.valueOf(value.get()));
            if (parsed >= 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalArgumentException("'" + name + "' must be a whole number of at least 0, was '"
                + value.get() + "'.");
    }
}
