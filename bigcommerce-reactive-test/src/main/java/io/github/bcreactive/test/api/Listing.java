package io.github.bcreactive.test.api;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import io.github.bcreactive.test.store.Json;
import io.github.bcreactive.test.store.Table;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Paging for list calls: {@code page}/{@code limit} (max 250, default 50) for both versions, cursors
 * ({@code after}/{@code before}, {@code meta.cursor_pagination}) for v3, and the list bodies: v3
 * {@code {data, meta.pagination}} and v2 arrays, with 204 past the last page.
 */
public final class Listing {

    /** The largest {@code limit} the API accepts. */
    public static final int MAX_LIMIT = 250;
    /** The {@code limit} when none is given. */
    public static final int DEFAULT_LIMIT = 50;

    private static final Set<String> PAGING = Set.of("page", "limit", "after", "before");

    /**
     * One page of ids chosen by offset.
     *
     * @param ids the ids on the page
     * @param total how many rows match in all
     * @param page the 1-based page number
     * @param limit the page size
     */
    public record Slice(long[] ids, long total, int page, int limit) {
    }

    /**
     * One page of ids chosen by cursor.
     *
     * @param ids the ids on the page
     * @param hasNext whether rows follow the page
     * @param hasPrevious whether rows precede the page
     * @param limit the page size
     */
    public record CursorSlice(long[] ids, boolean hasNext, boolean hasPrevious, int limit) {
    }

    private Listing() {
    }

    /**
     * Tells whether the call asks for cursor paging.
     *
     * @param request the request
     * @return {@code true} when {@code after} or {@code before} is present
     */
    public static boolean wantsCursor(ApiRequest request) {
        return request.query().has("after") || request.query().has("before");
    }

    /**
     * The page size of the call.
     *
     * @param request the request
     * @return the limit
     * @throws ApiException 413 over {@link #MAX_LIMIT}, 422 (v3) or 400 (v2) when not a positive number
     */
    public static int limit(ApiRequest request) {
        int limit = positive(request, "limit", DEFAULT_LIMIT);
        if (limit > MAX_LIMIT) {
            String message = "The limit parameter exceeds the maximum of " + MAX_LIMIT + ".";
            throw new ApiException(request.v2() ? ApiErrors.v2(413, message)
                    : ApiErrors.v3(413, message, "Requested limit " + limit + "; maximum " + MAX_LIMIT + ".", null));
        }
        return limit;
    }

    private static int positive(ApiRequest request, String name, int fallback) {
        String raw = request.query().get(name);
        if (raw == null || raw.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException notNumber) {
            // reported below
        }
        throw ApiErrors.invalid(request, "The " + name + " parameter must be a positive integer.",
                Map.of(name, "must be a positive integer"));
    }

    /**
     * Selects a page by offset.
     *
     * @param request the request ({@code page}, {@code limit}, {@code sort}, {@code direction})
     * @param table the table
     * @param filter the filter
     * @param candidates the ids to choose from (a parent's children), or {@code null} for the whole table
     * @return the page
     */
    public static Slice offset(ApiRequest request, Table table, RowFilter filter, long[] candidates) {
        int limit = limit(request);
        int page = positive(request, "page", 1);
        long offset = (long) (page - 1) * limit;
        Sort sort = Sort.of(request);
        if (candidates == null && filter.isEmpty() && sort.field == null && !sort.descending) {
            return new Slice(table.idsFrom(offset).limit(limit).toArray(), table.count(), page, limit);
        }
        long[] all = sort.apply(table, matching(table, filter, candidates).toArray());
        int from = (int) Math.min(offset, all.length);
        return new Slice(Arrays.copyOfRange(all, from, (int) Math.min(all.length, from + (long) limit)), all.length, page,
                limit);
    }

    /**
     * Selects a page by cursor: rows after the {@code after} cursor, or the last rows before {@code before}.
     *
     * @param request the request
     * @param table the table
     * @param filter the filter
     * @param candidates the ids to choose from, or {@code null} for the whole table
     * @return the page
     */
    public static CursorSlice cursor(ApiRequest request, Table table, RowFilter filter, long[] candidates) {
        int limit = limit(request);
        String before = request.query().get("before");
        if (before != null && !before.isEmpty()) {
            long bound = decodeCursor(request, before);
            long[] earlier = matching(table, filter, candidates).filter(id -> id < bound).toArray();
            int from = Math.max(0, earlier.length - limit);
            return new CursorSlice(Arrays.copyOfRange(earlier, from, earlier.length), true, from > 0, limit);
        }
        String after = request.query().get("after");
        long bound = after == null || after.isEmpty() ? 0 : decodeCursor(request, after);
        long[] page = matching(table, filter, candidates).filter(id -> id > bound).limit(limit + 1L).toArray();
        boolean hasNext = page.length > limit;
        return new CursorSlice(hasNext ? Arrays.copyOf(page, limit) : page, hasNext, bound > 0, limit);
    }

    private static LongStream matching(Table table, RowFilter filter, long[] candidates) {
        LongStream source;
        if (filter.idIn() != null) {
            source = Arrays.stream(filter.idIn()).filter(table::contains);
            if (candidates != null) {
                Set<Long> allowed = new java.util.HashSet<>();
                Arrays.stream(candidates).forEach(allowed::add);
                source = source.filter(allowed::contains);
            }
        } else {
            source = candidates != null ? Arrays.stream(candidates) : table.ids();
        }
        return filter.isEmpty() ? source : source.filter(id -> filter.test(table, id));
    }

    /**
     * Encodes a cursor the way the API shows them: base64 of {@code id:<id>}.
     *
     * @param id the row id
     * @return the cursor
     */
    public static String encodeCursor(long id) {
        return Base64.getEncoder().encodeToString(("id:" + id).getBytes(StandardCharsets.UTF_8));
    }

    private static long decodeCursor(ApiRequest request, String cursor) {
        try {
            String text = new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith("id:")) {
                return Long.parseLong(text.substring(3));
            }
        } catch (IllegalArgumentException malformed) {
            // reported below
        }
        throw ApiErrors.invalid(request, "The cursor is not valid.", Map.of("after", "invalid cursor"));
    }

    /**
     * The v3 list body with {@code meta.pagination}.
     *
     * @param request the request
     * @param slice the page
     * @param rows the rendered rows
     * @return the body
     */
    public static ObjectNode v3Body(ApiRequest request, Slice slice, List<? extends JsonNode> rows) {
        ObjectNode body = Json.object();
        body.putArray("data").addAll(rows);
        ObjectNode meta = body.putObject("meta");
        meta.set("pagination", pagination(request, slice));
        return body;
    }

    /**
     * The {@code meta.pagination} object.
     *
     * @param request the request
     * @param slice the page
     * @return the object
     */
    public static ObjectNode pagination(ApiRequest request, Slice slice) {
        long totalPages = (slice.total + slice.limit - 1) / slice.limit;
        ObjectNode pagination = Json.object();
        pagination.put("total", slice.total);
        pagination.put("count", slice.ids.length);
        pagination.put("per_page", slice.limit);
        pagination.put("current_page", slice.page);
        pagination.put("total_pages", totalPages);
        ObjectNode links = pagination.putObject("links");
        if (slice.page > 1) {
            links.put("previous", pageLink(request, slice.page - 1, slice.limit));
        }
        links.put("current", pageLink(request, slice.page, slice.limit));
        if (slice.page < totalPages) {
            links.put("next", pageLink(request, slice.page + 1, slice.limit));
        }
        return pagination;
    }

    private static String pageLink(ApiRequest request, int page, int limit) {
        Map<String, String> first = new LinkedHashMap<>();
        first.put("page", Integer.toString(page));
        first.put("limit", Integer.toString(limit));
        return request.query().rebuild(first, PAGING);
    }

    /**
     * The v3 list body with {@code meta.cursor_pagination}.
     *
     * @param request the request
     * @param slice the page
     * @param rows the rendered rows
     * @return the body
     */
    public static ObjectNode v3CursorBody(ApiRequest request, CursorSlice slice, List<? extends JsonNode> rows) {
        ObjectNode body = Json.object();
        body.putArray("data").addAll(rows);
        body.putObject("meta").set("cursor_pagination", cursorPagination(request, slice));
        return body;
    }

    /**
     * The {@code meta.cursor_pagination} object.
     *
     * @param request the request
     * @param slice the page
     * @return the object
     */
    public static ObjectNode cursorPagination(ApiRequest request, CursorSlice slice) {
        ObjectNode cursor = Json.object();
        cursor.put("count", slice.ids.length);
        cursor.put("per_page", slice.limit);
        ObjectNode links = Json.object();
        if (slice.ids.length > 0) {
            String start = encodeCursor(slice.ids[0]);
            String end = encodeCursor(slice.ids[slice.ids.length - 1]);
            cursor.put("start_cursor", start);
            cursor.put("end_cursor", end);
            if (slice.hasPrevious) {
                links.put("previous", cursorLink(request, slice.limit, "before", start));
            }
            if (slice.hasNext) {
                links.put("next", cursorLink(request, slice.limit, "after", end));
            }
        }
        String after = request.query().get("after");
        links.put("current", after == null || after.isEmpty()
                ? cursorLink(request, slice.limit, null, null) : cursorLink(request, slice.limit, "after", after));
        cursor.set("links", links);
        return cursor;
    }

    private static String cursorLink(ApiRequest request, int limit, String name, String value) {
        Map<String, String> first = new LinkedHashMap<>();
        first.put("limit", Integer.toString(limit));
        if (name != null) {
            first.put(name, value);
        }
        return request.query().rebuild(first, PAGING);
    }

    /**
     * The v2 list response: the rows as an array, or 204 without a body when the page is empty.
     *
     * @param rows the rendered rows
     * @return the response
     */
    public static ApiResponse v2Response(List<? extends JsonNode> rows) {
        if (rows.isEmpty()) {
            return ApiResponse.empty(204);
        }
        ArrayNode array = Json.array();
        array.addAll(rows);
        return ApiResponse.json(200, array);
    }

    /** The sort order of a call: v3 {@code sort=name&direction=desc}, v2 {@code sort=date_created:desc}. */
    private record Sort(String field, boolean descending) {

        static Sort of(ApiRequest request) {
            String sort = request.query().get("sort");
            boolean descending = "desc".equalsIgnoreCase(request.query().get("direction"));
            if (sort != null && sort.indexOf(':') > 0) {
                descending = sort.endsWith(":desc");
                sort = sort.substring(0, sort.indexOf(':'));
            }
            return new Sort(sort == null || sort.isEmpty() || "id".equals(sort) ? null : sort, descending);
        }

        long[] apply(Table table, long[] ids) {
            if (field == null) {
                if (descending) {
                    reverse(ids);
                }
                return ids;
            }
            JsonNode[] keys = Arrays.stream(ids).mapToObj(id -> table.field(id, field)).toArray(JsonNode[]::new);
            Comparator<Integer> order = (a, b) -> compare(keys[a], keys[b]);
            if (descending) {
                order = order.reversed();
            }
            order = order.thenComparingLong(i -> ids[i]);
            return IntStream.range(0, ids.length).boxed().sorted(order).mapToLong(i -> ids[i]).toArray();
        }

        private static int compare(JsonNode a, JsonNode b) {
            if (a == null || b == null) {
                return a == null ? (b == null ? 0 : -1) : 1;
            }
            if (a.isNumber() && b.isNumber()) {
                return Double.compare(a.doubleValue(), b.doubleValue());
            }
            return a.asString().compareToIgnoreCase(b.asString());
        }

        private static void reverse(long[] ids) {
            for (int i = 0, j = ids.length - 1; i < j; i++, j--) {
                long t = ids[i];
                ids[i] = ids[j];
                ids[j] = t;
            }
        }
    }
}
