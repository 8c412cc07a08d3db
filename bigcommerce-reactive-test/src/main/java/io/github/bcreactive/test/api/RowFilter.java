package io.github.bcreactive.test.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.github.bcreactive.test.store.Dates;
import io.github.bcreactive.test.store.Table;
import tools.jackson.databind.JsonNode;

/**
 * The filters of a list call, such as {@code is_visible=true}, {@code date_modified:min=...},
 * {@code id:in=1,2,3}, {@code name:like=mug} or v2's {@code min_date_modified=...}.
 * Filters read single fields, so large generated tables are filtered without building rows.
 */
public final class RowFilter {

    /** Parameters that are not filters. */
    private static final Set<String> RESERVED = Set.of("page", "limit", "include", "include_fields", "exclude_fields",
            "sort", "direction", "after", "before");

    private record Condition(String field, String op, String[] values, boolean date) {
    }

    private final List<Condition> conditions;
    private final long[] idIn;

    private RowFilter(List<Condition> conditions, long[] idIn) {
        this.conditions = conditions;
        this.idIn = idIn;
    }

    /**
     * Builds the filter of a request.
     *
     * @param request the request
     * @param fields the filterable parameter names mapped to row fields (e.g. {@code "keyword" -> "name"})
     * @param dateFields the row fields that hold dates
     * @return the filter
     * @throws ApiException when a value cannot be parsed
     */
    public static RowFilter of(ApiRequest request, Map<String, String> fields, Set<String> dateFields) {
        List<Condition> conditions = new ArrayList<>();
        long[] idIn = null;
        for (String name : request.query().names()) {
            if (RESERVED.contains(name)) {
                continue;
            }
            String param = name;
            String op = "eq";
            if (param.startsWith("min_") || param.startsWith("max_")) {
                op = param.substring(0, 3);
                param = param.substring(4);
            } else if (param.indexOf(':') > 0) {
                op = param.substring(param.indexOf(':') + 1);
                param = param.substring(0, param.indexOf(':'));
            }
            String field = fields.get(param);
            if (field == null) {
                continue;
            }
            if ("keyword".equals(param)) {
                op = "like";
            }
            String raw = request.query().get(name);
            String[] values = "in".equals(op) || "not_in".equals(op) ? raw.split(",") : new String[] {raw};
            boolean date = dateFields.contains(field);
            try {
                for (int i = 0; i < values.length; i++) {
                    values[i] = values[i].trim();
                    if (date) {
                        values[i] = Long.toString(Dates.parse(values[i]));
                    }
                }
                if ("id".equals(field) && "in".equals(op)) {
                    idIn = Arrays.stream(values).mapToLong(Long::parseLong).sorted().distinct().toArray();
                    continue;
                }
            } catch (IllegalArgumentException bad) {
                throw ApiErrors.invalid(request, "The filter " + name + " is not valid.",
                        Map.of(name, "invalid value: " + raw));
            }
            conditions.add(new Condition(field, op, values, date));
        }
        return new RowFilter(conditions, idIn);
    }

    /**
     * Tells whether the filter keeps every row.
     *
     * @return {@code true} without conditions
     */
    public boolean isEmpty() {
        return conditions.isEmpty() && idIn == null;
    }

    /**
     * The ids of an {@code id:in} filter, ascending, or {@code null} when absent.
     *
     * @return the ids
     */
    public long[] idIn() {
        return idIn;
    }

    /**
     * Tests one live row.
     *
     * @param table the table
     * @param id the row id
     * @return {@code true} when every condition holds
     */
    public boolean test(Table table, long id) {
        for (Condition condition : conditions) {
            if (!holds(condition, table.field(id, condition.field))) {
                return false;
            }
        }
        return true;
    }

    private static boolean holds(Condition c, JsonNode value) {
        if (value == null || value.isNull()) {
            return false;
        }
        if (value.isArray()) {
            if ("not_in".equals(c.op)) {
                for (JsonNode element : value) {
                    if (!holds(c, element)) {
                        return false;
                    }
                }
                return true;
            }
            for (JsonNode element : value) {
                if (holds(c, element)) {
                    return true;
                }
            }
            return false;
        }
        return switch (c.op) {
            case "in" -> Arrays.stream(c.values).anyMatch(v -> compare(value, v) == 0);
            case "not_in" -> Arrays.stream(c.values).noneMatch(v -> compare(value, v) == 0);
            case "min" -> compare(value, c.values[0]) >= 0;
            case "max" -> compare(value, c.values[0]) <= 0;
            case "greater" -> compare(value, c.values[0]) > 0;
            case "less" -> compare(value, c.values[0]) < 0;
            case "like" -> value.asString().toLowerCase(Locale.ROOT)
                    .contains(c.values[0].replace("%", "").toLowerCase(Locale.ROOT));
            default -> compare(value, c.values[0]) == 0;
        };
    }

    private static int compare(JsonNode value, String wanted) {
        if (value.isBoolean()) {
            boolean expected = "true".equalsIgnoreCase(wanted) || "1".equals(wanted);
            return value.booleanValue() == expected ? 0 : 1;
        }
        if (value.isNumber()) {
            try {
                return Double.compare(value.doubleValue(), Double.parseDouble(wanted));
            } catch (NumberFormatException notNumber) {
                return 1;
            }
        }
        String text = value.asString();
        try {
            return Double.compare(Double.parseDouble(text), Double.parseDouble(wanted));
        } catch (NumberFormatException notNumbers) {
            return text.compareTo(wanted);
        }
    }
}
