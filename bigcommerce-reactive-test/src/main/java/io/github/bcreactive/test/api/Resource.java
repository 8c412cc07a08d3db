package io.github.bcreactive.test.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import io.github.bcreactive.test.store.Json;
import io.github.bcreactive.test.store.StoreData;
import io.github.bcreactive.test.store.Table;
import tools.jackson.databind.node.ObjectNode;

/**
 * A v3 collection with the usual endpoints: list (offset, or cursor where enabled), get, create,
 * update, delete, and delete by filter. Top-level ({@code /catalog/brands}) or nested under a parent
 * ({@code /catalog/products/{id}/images}).
 */
final class Resource {

    /** Renders an internal row for a response. */
    @FunctionalInterface
    interface Renderer {
        ObjectNode render(ApiRequest request, ObjectNode row);
    }

    /** Extra checks and derived fields on create or update; throws {@link ApiException} to refuse. */
    @FunctionalInterface
    interface Completer {
        void complete(ApiRequest request, ObjectNode row, long parentId);
    }

    private final String what;
    private final Function<StoreData, Table> table;
    private final Function<StoreData, Table> parent;
    private final String parentField;
    private final Map<String, String> filters;
    private final List<String> required;
    private final String unique;
    private final ObjectNode template;
    private final boolean cursor;
    private boolean cursorInMeta;
    private Renderer renderer;
    private Completer completer = (request, row, parentId) -> { };
    private java.util.function.BiConsumer<ApiRequest, Long> deleter;

    private Resource(String what, Function<StoreData, Table> table, Function<StoreData, Table> parent,
            String parentField, Map<String, String> filters, List<String> required, String unique, ObjectNode template,
            boolean cursor) {
        this.what = what;
        this.table = table;
        this.parent = parent;
        this.parentField = parentField;
        this.filters = filters;
        this.required = required;
        this.unique = unique;
        this.template = template;
        this.cursor = cursor;
        this.renderer = (request, row) -> Rendering.v3(request, row);
        this.deleter = (request, id) -> table(request).delete(id);
    }

    static Resource topLevel(String what, Function<StoreData, Table> table, Map<String, String> filters,
            List<String> required, String unique, ObjectNode template) {
        return new Resource(what, table, null, null, filters, required, unique, template, false);
    }

    static Resource nested(String what, Function<StoreData, Table> table, Function<StoreData, Table> parent,
            String parentField, Map<String, String> filters, List<String> required, String unique,
            ObjectNode template) {
        return new Resource(what, table, Objects.requireNonNull(parent), parentField, filters, required, unique, template,
                false);
    }

    Resource renderer(Renderer renderer) {
        this.renderer = renderer;
        return this;
    }

    Resource completer(Completer completer) {
        this.completer = completer;
        return this;
    }

    Resource deleter(java.util.function.BiConsumer<ApiRequest, Long> deleter) {
        this.deleter = deleter;
        return this;
    }

    /**
     * A copy that also pages by cursor when a call passes {@code after} or {@code before}; with
     * {@code alsoOnOffsetPages}, offset pages carry {@code meta.cursor_pagination} too (as customers do).
     */
    Resource withCursor(boolean alsoOnOffsetPages) {
        Resource copy = new Resource(what, table, parent, parentField, filters, required, unique, template, true);
        copy.cursorInMeta = alsoOnOffsetPages;
        copy.renderer = renderer;
        copy.completer = completer;
        copy.deleter = deleter;
        return copy;
    }

    /**
     * Registers the endpoints under a collection path, such as {@code /catalog/brands}.
     */
    Router register(Router router, String path) {
        router.add("v3", "GET", path, this::list);
        router.add("v3", "POST", path, this::create);
        router.add("v3", "GET", path + "/{id}", this::get);
        router.add("v3", "PUT", path + "/{id}", this::update);
        router.add("v3", "DELETE", path + "/{id}", this::delete);
        if (parent == null) {
            router.add("v3", "DELETE", path, this::deleteMany);
        }
        return router;
    }

    Table table(ApiRequest request) {
        return table.apply(request.store());
    }

    ObjectNode render(ApiRequest request, ObjectNode row) {
        return renderer.render(request, row);
    }

    private long[] candidates(ApiRequest request, long[] ids) {
        if (parent == null) {
            return null;
        }
        Rows.find(request, parent.apply(request.store()), ids[0], "parent resource");
        return table(request).childIds(ids[0]);
    }

    ApiResponse list(ApiRequest request, long[] ids) {
        Table rows = table(request);
        long[] candidates = candidates(request, ids);
        RowFilter filter = RowFilter.of(request, filters, Rendering.DATE_FIELDS);
        if (cursor && Listing.wantsCursor(request)) {
            Listing.CursorSlice slice = Listing.cursor(request, rows, filter, candidates);
            return ApiResponse.json(200, Listing.v3CursorBody(request, slice, render(request, rows, slice.ids())));
        }
        Listing.Slice slice = Listing.offset(request, rows, filter, candidates);
        ObjectNode body = Listing.v3Body(request, slice, render(request, rows, slice.ids()));
        if (cursorInMeta) {
            long[] page = slice.ids();
            boolean more = slice.page() * (long) slice.limit() < slice.total();
            ((ObjectNode) body.get("meta")).set("cursor_pagination", Listing.cursorPagination(request,
                    new Listing.CursorSlice(page, more, slice.page() > 1, slice.limit())));
        }
        return ApiResponse.json(200, body);
    }

    List<ObjectNode> render(ApiRequest request, Table rows, long[] ids) {
        List<ObjectNode> out = new ArrayList<>(ids.length);
        for (long id : ids) {
            ObjectNode row = rows.get(id);
            if (row != null) {
                out.add(render(request, row));
            }
        }
        return out;
    }

    ObjectNode find(ApiRequest request, long[] ids) {
        if (parent == null) {
            return Rows.find(request, table(request), ids[0], what);
        }
        Rows.find(request, parent.apply(request.store()), ids[0], "parent resource");
        ObjectNode row = Rows.find(request, table(request), ids[1], what);
        if (row.path(parentField).asLong(0) != ids[0]) {
            throw ApiErrors.notFound(request, what, ids[1]);
        }
        return row;
    }

    ApiResponse get(ApiRequest request, long[] ids) {
        return single(request, find(request, ids));
    }

    ApiResponse single(ApiRequest request, ObjectNode row) {
        ObjectNode body = Json.object();
        body.set("data", render(request, row));
        body.putObject("meta");
        return ApiResponse.json(200, body);
    }

    ApiResponse create(ApiRequest request, long[] ids) {
        long parentId = parent == null ? 0 : ids[0];
        if (parent != null) {
            Rows.find(request, parent.apply(request.store()), parentId, "parent resource");
        }
        return single(request, insert(request, Rows.object(request), parentId));
    }

    ObjectNode insert(ApiRequest request, ObjectNode body, long parentId) {
        Map<String, String> errors = Rows.check(body, template, required);
        if (!errors.isEmpty()) {
            throw ApiErrors.invalid(request, "JSON data is missing or invalid", errors);
        }
        checkUnique(request, body, -1, parentId);
        long now = request.context().nowSeconds();
        return table(request).insert(id -> {
            ObjectNode row = Rows.merge(template, body);
            row.put("id", id);
            if (parent != null) {
                row.put(parentField, parentId);
            }
            stamp(row, now, true);
            completer.complete(request, row, parentId);
            return row;
        });
    }

    ApiResponse update(ApiRequest request, long[] ids) {
        ObjectNode current = find(request, ids);
        return single(request, change(request, current, Rows.object(request)));
    }

    ObjectNode change(ApiRequest request, ObjectNode current, ObjectNode body) {
        Map<String, String> errors = Rows.check(body, current, List.of());
        if (!errors.isEmpty()) {
            throw ApiErrors.invalid(request, "JSON data is missing or invalid", errors);
        }
        long id = current.path("id").asLong();
        long parentId = parent == null ? 0 : current.path(parentField).asLong(0);
        checkUnique(request, body, id, parentId);
        ObjectNode row = Rows.merge(current, body);
        stamp(row, request.context().nowSeconds(), false);
        completer.complete(request, row, parentId);
        table(request).replace(id, row);
        return row;
    }

    private static void stamp(ObjectNode row, long now, boolean created) {
        if (created && row.has("date_created")) {
            row.put("date_created", now);
        }
        if (row.has("date_modified")) {
            row.put("date_modified", now);
        }
    }

    private void checkUnique(ApiRequest request, ObjectNode body, long self, long parentId) {
        if (unique == null || !body.hasNonNull(unique)) {
            return;
        }
        String value = body.get(unique).asString();
        Table rows = table(request);
        java.util.stream.LongStream scope = parent == null ? rows.ids() : Arrays.stream(rows.childIds(parentId));
        long other = rows.findByText(unique, value, scope.filter(id -> id != self));
        if (other > 0) {
            throw conflict(what, unique, value);
        }
    }

    static ApiException conflict(String what, String field, String value) {
        return new ApiException(ApiErrors.v3(409, "The " + what + " " + field + " is a duplicate", null,
                Map.of(field, field + " '" + value + "' is already in use")));
    }

    ApiResponse delete(ApiRequest request, long[] ids) {
        ObjectNode row = find(request, ids);
        deleter.accept(request, row.path("id").asLong());
        return ApiResponse.empty(204);
    }

    ApiResponse deleteMany(ApiRequest request, long[] ids) {
        RowFilter filter = RowFilter.of(request, filters, Rendering.DATE_FIELDS);
        if (filter.isEmpty()) {
            throw new ApiException(ApiErrors.v3(422, "At least one filter is required", "Deleting every "
                    + what + " needs a filter such as id:in.", null));
        }
        if (filter.idIn() != null && filter.idIn().length > Listing.MAX_LIMIT) {
            throw new ApiException(ApiErrors.v3(413, "The request payload is too large. The maximum number of ids is "
                    + Listing.MAX_LIMIT + ".", null, Map.of()));
        }
        Table rows = table(request);
        long[] doomed = (filter.idIn() != null ? Arrays.stream(filter.idIn()).filter(rows::contains) : rows.ids())
                .filter(id -> filter.test(rows, id)).limit(Listing.MAX_LIMIT).toArray();
        for (long id : doomed) {
            deleter.accept(request, id);
        }
        return ApiResponse.empty(204);
    }

    /**
     * Updates up to {@code max} rows from an array body, each with its {@code id}: 200 when all
     * succeed, 207 with {@code errors} when some fail, 422 when all fail, 413 over {@code max}.
     */
    ApiResponse batchUpdate(ApiRequest request, int max) {
        tools.jackson.databind.JsonNode json = request.json();
        if (!json.isArray()) {
            throw ApiErrors.invalid(request, "The request body must be a JSON array.", Map.of());
        }
        if (json.size() > max) {
            return ApiErrors.v3(413, "The request payload is too large. The maximum items allowed in the array is "
                    + max + ".", null, Map.of());
        }
        tools.jackson.databind.node.ArrayNode data = Json.array();
        Map<String, String> failures = new java.util.LinkedHashMap<>();
        for (int i = 0; i < json.size(); i++) {
            tools.jackson.databind.JsonNode item = json.get(i);
            try {
                if (!item.isObject() || !item.path("id").isIntegralNumber()) {
                    throw ApiErrors.invalid(request, "JSON data is missing or invalid", Map.of("id", "Please provide an id."));
                }
                ObjectNode current = Rows.find(request, table(request), item.get("id").asLong(), what);
                data.add(render(request, change(request, current, (ObjectNode) item)));
            } catch (ApiException refused) {
                tools.jackson.databind.JsonNode reason = Json.MAPPER.readTree(refused.response().body());
                failures.put(i + "", reason.path("title").asString("rejected") + reasonDetail(reason));
            }
        }
        if (failures.isEmpty()) {
            ObjectNode body = Json.object();
            body.set("data", data);
            body.putObject("meta");
            return ApiResponse.json(200, body);
        }
        if (data.isEmpty()) {
            return ApiErrors.v3(422, "No " + what + " was updated", null, failures);
        }
        ObjectNode body = Json.object();
        body.set("data", data);
        body.set("errors", ApiErrors.v3Body(422, "Some " + what + " rows were not updated", null, failures));
        body.putObject("meta");
        return ApiResponse.json(207, body);
    }

    private static String reasonDetail(tools.jackson.databind.JsonNode reason) {
        StringBuilder detail = new StringBuilder();
        reason.path("errors").properties().forEach(e -> detail.append("; ").append(e.getKey()).append(": ")
                .append(e.getValue().asString()));
        return detail.toString();
    }
}
