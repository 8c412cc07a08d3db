package io.github.bcreactive.paging;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A store serving one listing of {@code size} items (ids 1..size) in every paging style, for MockWebServer:
 * {@code /v2/items} (page/limit, a 204 past the end), {@code /v3/numbered} (meta.pagination) and
 * {@code /v3/cursored} (meta.cursor_pagination, the cursor after item n is {@code c<n>}). A fault can replace the
 * answer to any request. Records what it was asked.
 */
final class ListingServer extends Dispatcher {

    private final int size;
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final Map<String, Function<RecordedRequest, MockResponse>> faults = new ConcurrentHashMap<>();

    ListingServer(int size) {
        this.size = size;
    }

    /** Answers the request whose target ends with {@code targetSuffix} (path and query) with a fault. */
    ListingServer fault(String targetSuffix, MockResponse response) {
        faults.put(targetSuffix, request -> response);
        return this;
    }

    /** The path and query of every request, in order, without the store prefix. */
    List<String> asked() {
        return asked;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String target = request.getTarget();
        String local = target.substring(target.indexOf("/v", target.indexOf("/stores/")));
        asked.add(local);
        for (Map.Entry<String, Function<RecordedRequest, MockResponse>> fault : faults.entrySet()) {
            if (local.endsWith(fault.getKey())) {
                return fault.getValue().apply(request);
            }
        }
        int limit = param(request, "limit", 50);
        String path = request.getUrl().encodedPath();
        if (path.endsWith("/v2/items")) {
            int page = param(request, "page", 1);
            int from = (page - 1) * limit;
            return from >= size ? new MockResponse.Builder().code(204).build() : json(items(from, limit));
        }
        if (path.endsWith("/v3/numbered")) {
            int page = param(request, "page", 1);
            int totalPages = (size + limit - 1) / limit;
            return json("{\"data\":" + items((page - 1) * limit, limit) + ",\"meta\":{\"pagination\":{\"total\":"
                    + size + ",\"count\":" + Math.max(0, Math.min(limit, size - (page - 1) * limit))
                    + ",\"per_page\":" + limit + ",\"current_page\":" + page + ",\"total_pages\":" + totalPages
                    + "}}}");
        }
        if (path.endsWith("/v3/cursored")) {
            String after = request.getUrl().queryParameter("after");
            int from = after == null ? 0 : Integer.parseInt(after.substring(1));
            int to = Math.min(size, from + limit);
            String next = to < size ? "\"next\":\"?after=c" + to + "&limit=" + limit + "\"," : "";
            return json("{\"data\":" + items(from, limit) + ",\"meta\":{\"cursor_pagination\":{\"count\":"
                    + (to - from) + ",\"per_page\":" + limit + ",\"start_cursor\":\"c" + from + "\",\"end_cursor\":"
                    + "\"c" + to + "\",\"links\":{" + next + "\"current\":\"?after=c" + from + "\"}}}}");
        }
        return new MockResponse.Builder().code(404).body("[{\"status\":404,\"message\":\"no such path\"}]").build();
    }

    /** The ids of a slice of the listing, as a JSON array. */
    private String items(int from, int limit) {
        return IntStream.rangeClosed(from + 1, Math.min(size, from + limit)).mapToObj(id -> "{\"id\":" + id + "}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .setHeader("X-Rate-Limit-Requests-Left", "99").setHeader("X-Rate-Limit-Requests-Quota", "150")
                .body(body).build();
    }

    private static int param(RecordedRequest request, String name, int fallback) {
        String value = request.getUrl().queryParameter(name);
        return value == null ? fallback : Integer.parseInt(value);
    }
}
