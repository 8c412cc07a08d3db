package io.github.bcreactive.test.api;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import io.github.bcreactive.test.store.Dates;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns internal rows into response rows: dates to ISO 8601 (v3) or RFC 2822 (v2), internal fields
 * dropped, and v3's {@code include_fields} / {@code exclude_fields} applied.
 */
public final class Rendering {

    /** The date fields rows may carry. */
    public static final Set<String> DATE_FIELDS = Set.of("date_created", "date_modified", "date_shipped",
            "date_last_imported");

    private Rendering() {
    }

    /**
     * Renders a row for v3.
     *
     * @param request the request ({@code include_fields}, {@code exclude_fields})
     * @param row the internal row
     * @param drop internal fields to leave out
     * @return a new node
     */
    public static ObjectNode v3(ApiRequest request, ObjectNode row, String... drop) {
        ObjectNode out = dates(row, false, drop);
        String include = request.query().get("include_fields");
        if (include != null && !include.isEmpty()) {
            Set<String> keep = new HashSet<>(Arrays.asList(include.split(",")));
            keep.add("id");
            out.retain(keep);
        }
        String exclude = request.query().get("exclude_fields");
        if (exclude != null && !exclude.isEmpty()) {
            Set<String> leave = new HashSet<>(Arrays.asList(exclude.split(",")));
            leave.remove("id");
            out.remove(leave);
        }
        return out;
    }

    /**
     * Renders a row for v2.
     *
     * @param row the internal row
     * @param drop internal fields to leave out
     * @return a new node
     */
    public static ObjectNode v2(ObjectNode row, String... drop) {
        return dates(row, true, drop);
    }

    private static ObjectNode dates(ObjectNode row, boolean rfc2822, String... drop) {
        ObjectNode out = row.deepCopy();
        for (String name : drop) {
            out.remove(name);
        }
        for (String name : DATE_FIELDS) {
            JsonNode value = out.get(name);
            if (value != null && value.isNumber()) {
                long epoch = value.longValue();
                out.put(name, epoch == 0 ? "" : rfc2822 ? Dates.rfc2822(epoch) : Dates.iso(epoch));
            }
        }
        return out;
    }
}
