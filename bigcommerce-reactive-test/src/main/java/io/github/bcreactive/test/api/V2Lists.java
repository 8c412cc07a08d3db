package io.github.bcreactive.test.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import io.github.bcreactive.test.store.Json;
import io.github.bcreactive.test.store.Table;
import tools.jackson.databind.node.ObjectNode;

/**
 * The v2 read endpoints every v2 collection shares: list (204 past the last page), count and get.
 */
final class V2Lists {

    private V2Lists() {
    }

    static ApiResponse list(ApiRequest request, Table table, Map<String, String> filters, long[] candidates,
            BiFunction<ApiRequest, ObjectNode, ObjectNode> render) {
        RowFilter filter = RowFilter.of(request, filters, Rendering.DATE_FIELDS);
        Listing.Slice slice = Listing.offset(request, table, filter, candidates);
        List<ObjectNode> rows = new ArrayList<>(slice.ids().length);
        for (long id : slice.ids()) {
            rows.add(render.apply(request, table.get(id)));
        }
        return Listing.v2Response(rows);
    }

    static ApiResponse count(ApiRequest request, Table table, Map<String, String> filters, long[] candidates) {
        RowFilter filter = RowFilter.of(request, filters, Rendering.DATE_FIELDS);
        long count;
        if (candidates == null && filter.isEmpty()) {
            count = table.count();
        } else {
            java.util.stream.LongStream source = candidates != null ? java.util.Arrays.stream(candidates)
                    : filter.idIn() != null ? java.util.Arrays.stream(filter.idIn()).filter(table::contains) : table.ids();
            count = source.filter(id -> filter.test(table, id)).count();
        }
        ObjectNode body = Json.object();
        body.put("count", count);
        return ApiResponse.json(200, body);
    }

    static ApiResponse get(ApiRequest request, Table table, long id, BiFunction<ApiRequest, ObjectNode, ObjectNode> render) {
        return ApiResponse.json(200, render.apply(request, Rows.find(request, table, id, "row")));
    }

    static ObjectNode link(ApiRequest request, String resource) {
        ObjectNode link = Json.object();
        link.put("url", request.context().baseUrl().get() + "/stores/" + request.store().hash() + "/v2" + resource);
        link.put("resource", resource);
        return link;
    }
}
