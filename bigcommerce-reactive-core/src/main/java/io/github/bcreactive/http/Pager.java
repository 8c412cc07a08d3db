package io.github.bcreactive.http;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.github.bcreactive.error.DecodeException;
import io.github.bcreactive.paging.Page;
import io.github.bcreactive.paging.PagedFlux;
import io.github.bcreactive.paging.Pagination;
import io.github.bcreactive.query.Query;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;

/**
 * Pages through listings, in each API's style:
 * <ul>
 *   <li>v2: {@code page}/{@code limit} one page after another, ending on a 204, an empty array or a short page (a
 *       short page ends it with no extra request);</li>
 *   <li>v3 page-number: the first page gives {@code total_pages}; the rest are fetched {@code pageConcurrency} at a
 *       time, and their items still come out in order;</li>
 *   <li>v3 cursor: {@code after} = {@code meta.cursor_pagination.end_cursor} until there is no next link; a cursor
 *       met twice fails with {@link DecodeException} rather than looping.</li>
 * </ul>
 * A query with an explicit {@code page} or {@code limit} returns just that page. Otherwise pages of 250 are asked for.
 */
final class Pager {

    /** The largest page both APIs serve. */
    static final int MAX_LIMIT = 250;

    /** The page size both APIs use when none is asked for. */
    private static final int DEFAULT_LIMIT = 50;

    private final Transport transport;
    private final ApiVersion version;

    Pager(Transport transport, ApiVersion version) {
        this.transport = transport;
        this.version = version;
    }

    <T> PagedFlux<T> list(String path, Query query, JavaType itemType) {
        return new PagedFlux<>(() -> pages(path, query, itemType));
    }

    <T> Mono<Page<T>> page(String path, Query query, JavaType itemType) {
        return transport.send(HttpMethod.GET, version, path, query, null)
                .map(raw -> decodePage(raw, query, itemType));
    }

    private <T> Flux<Page<T>> pages(String path, Query query, JavaType itemType) {
        if (query.has("page") || query.has("limit")) {
            return this.<T>page(path, query, itemType).flux();
        }
        Query paged = query.with("limit", MAX_LIMIT);
        if (version == ApiVersion.V2) {
            return this.<T>page(path, paged.with("page", 1), itemType)
                    .expand(page -> page.pagination().hasNext()
                            ? this.<T>page(path, paged.with("page", page.pagination().pageNumber() + 1), itemType)
                            : Mono.empty());
        }
        return this.<T>page(path, paged, itemType).flatMapMany(first -> {
            Pagination at = first.pagination();
            if (at.nextCursor().isPresent()) {
                Set<String> followed = ConcurrentHashMap.newKeySet();
                return Mono.just(first).expand(page -> page.pagination().nextCursor()
                        .map(cursor -> followed.add(cursor) ? this.<T>page(path, paged.with("after", cursor), itemType)
                                : Mono.<Page<T>>error(new DecodeException("The listing's cursor did not advance: "
                                        + "it named a page already read", path, cursor, null)))
                        .orElse(Mono.empty()));
            }
            int totalPages = at.totalPages().orElse(1);
            if (totalPages <= at.pageNumber()) {
                return Mono.just(first);
            }
            Flux<Page<T>> rest = Flux.range(at.pageNumber() + 1, totalPages - at.pageNumber())
                    .flatMapSequential(number -> this.<T>page(path, paged.with("page", number), itemType),
                            transport.pageConcurrency(), 1);
            return Flux.concat(Mono.just(first), rest);
        });
    }

    private <T> Page<T> decodePage(RawResponse raw, Query query, JavaType itemType) {
        int limit = query.get("limit").map(value -> Integer.parseInt(value.toString())).orElse(DEFAULT_LIMIT);
        int number = query.get("page").map(value -> Integer.parseInt(value.toString())).orElse(1);
        if (raw.body().length == 0) {
            return new Page<>(List.of(), simplePagination(number, limit, false));
        }
        try {
            if (isArray(raw.body())) {
                List<T> items = transport.mapper().readValue(raw.body(),
                        transport.mapper().getTypeFactory().constructCollectionType(List.class, itemType));
                return new Page<>(items, simplePagination(number, limit, version == ApiVersion.V2
                        && items.size() >= limit));
            }
            if (version == ApiVersion.V2) {
                T single = transport.mapper().readValue(raw.body(), itemType);
                return new Page<>(List.of(single), simplePagination(number, limit, false));
            }
            Envelope<T> envelope = transport.mapper().readValue(raw.body(),
                    transport.mapper().getTypeFactory().constructParametricType(Envelope.class, itemType));
            List<T> items = envelope.data() == null ? List.of() : envelope.data();
            return new Page<>(items, v3Pagination(envelope.meta(), number, limit));
        } catch (JacksonException | NumberFormatException e) {
            throw transport.decodeFailure(raw, e);
        }
    }

    private static Pagination simplePagination(int number, int limit, boolean hasNext) {
        return new Pagination(number, limit, OptionalLong.empty(), OptionalInt.empty(), Optional.empty(), hasNext);
    }

    private static Pagination v3Pagination(JsonNode meta, int number, int limit) {
        if (meta == null) {
            return simplePagination(number, limit, false);
        }
        JsonNode cursor = meta.path("cursor_pagination");
        if (cursor.isObject()) {
            String next = cursor.path("links").path("next").asString("");
            String endCursor = cursor.path("end_cursor").asString("");
            boolean hasNext = !next.isEmpty() && !endCursor.isEmpty();
            return new Pagination(0, cursor.path("per_page").asInt(limit), OptionalLong.empty(), OptionalInt.empty(),
                    hasNext ? Optional.of(endCursor) : Optional.empty(), hasNext);
        }
        JsonNode pages = meta.path("pagination");
        if (!pages.isObject()) {
            return simplePagination(number, limit, false);
        }
        int current = pages.path("current_page").asInt(number);
        int totalPages = pages.path("total_pages").asInt(current);
        return new Pagination(current, pages.path("per_page").asInt(limit), OptionalLong.of(pages.path("total")
                .asLong(0)), OptionalInt.of(totalPages), Optional.empty(), current < totalPages);
    }

    private static boolean isArray(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return b == '[';
            }
        }
        return false;
    }

    /**
     * The v3 list envelope. A {@code data} object (a single resource) reads as a one-item list.
     *
     * @param data the items
     * @param meta the pagination metadata
     * @param <T> the item type
     */
    record Envelope<T>(@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<T> data,
            JsonNode meta) {
    }
}
