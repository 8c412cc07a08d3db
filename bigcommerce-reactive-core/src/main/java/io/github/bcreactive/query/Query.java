package io.github.bcreactive.query;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The query parameters of a call: an immutable, ordered list of filters, each formatted for the API version it is
 * sent to. Lists are joined by commas ({@code id:in=1,2,3}), booleans are lower case, dates are RFC 2822 for v2 and
 * ISO 8601 for v3, and reserved characters are percent-encoded.
 *
 * <pre>{@code
 * Query visible = Query.of("is_visible", true);
 * Query some = Query.in("id", 1, 2, 3);
 * Query recent = Query.builder()
 *         .min("date_modified", OffsetDateTime.parse("2026-01-01T00:00:00Z"))   // v3: date_modified:min=...
 *         .include("variants", "images")
 *         .sort("id", Direction.ASC)
 *         .build();
 * }</pre>
 *
 * <p>Range filters are named per version: {@code min}/{@code max} become {@code name:min} in v3 and
 * {@code min_name} in v2, as each API documents them. Every other operator is spelled {@code name:op} in both.
 */
public final class Query {

    private static final Query EMPTY = new Query(List.of());

    private final List<Param> params;

    private Query(List<Param> params) {
        this.params = params;
    }

    /**
     * A query with no parameters.
     *
     * @return the empty query
     */
    public static Query empty() {
        return EMPTY;
    }

    /**
     * A query with one parameter sent as is: {@code name=value}.
     *
     * @param name the parameter name, e.g. {@code is_visible} or {@code id:in}
     * @param value the value: a string, number, boolean, date, enum, or a collection or array of those
     * @return the query
     */
    public static Query of(String name, Object value) {
        return EMPTY.with(name, value);
    }

    /**
     * A query with the given parameters, in the map's iteration order.
     *
     * @param params parameter names to values
     * @return the query
     */
    public static Query of(Map<String, ?> params) {
        Objects.requireNonNull(params, "'params' cannot be null.");
        Builder builder = builder();
        params.forEach(builder::param);
        return builder.build();
    }

    /**
     * A query that matches any of the values: {@code name:in=v1,v2,...}.
     *
     * @param name the field name, e.g. {@code id}
     * @param values the values to match
     * @return the query
     */
    public static Query in(String name, Object... values) {
        return builder().in(name, values).build();
    }

    /**
     * Starts a query with typed filters.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder(new ArrayList<>());
    }

    /**
     * A copy with one raw parameter added, or replaced when a parameter of that name is already there.
     *
     * @param name the parameter name
     * @param value the value
     * @return the new query
     */
    public Query with(String name, Object value) {
        return toBuilder().param(name, value).build();
    }

    /**
     * A copy without the parameter of that name.
     *
     * @param name the parameter name, as {@link #has(String)} takes it
     * @return the new query; this one when it had no such parameter
     */
    public Query without(String name) {
        List<Param> kept = new ArrayList<>(params);
        return kept.removeIf(p -> p.matches(name)) ? new Query(List.copyOf(kept)) : this;
    }

    /**
     * Whether a parameter is present, by its raw name or its field and operator as {@code field:op}.
     *
     * @param name e.g. {@code page}, {@code id:in} or {@code date_modified:min}
     * @return {@code true} when present
     */
    public boolean has(String name) {
        return params.stream().anyMatch(p -> p.matches(name));
    }

    /**
     * The value of a parameter.
     *
     * @param name the parameter name, as {@link #has(String)} takes it
     * @return the value as given, or empty when absent
     */
    public Optional<Object> get(String name) {
        return params.stream().filter(p -> p.matches(name)).map(Param::value).findFirst();
    }

    /**
     * Whether the query has no parameters.
     *
     * @return {@code true} when empty
     */
    public boolean isEmpty() {
        return params.isEmpty();
    }

    /**
     * A copy of this query as a builder, to add typed filters.
     *
     * @return a builder holding these parameters
     */
    public Builder toBuilder() {
        return new Builder(new ArrayList<>(params));
    }

    /**
     * The query string in an API's spelling, percent-encoded, without the leading {@code ?}.
     *
     * @param spelling how the API the query is sent to spells filters and dates, usually an {@code ApiVersion}
     * @return e.g. {@code id:in=1,2,3&is_visible=true}; empty for the empty query
     */
    public String encode(QuerySpelling spelling) {
        Objects.requireNonNull(spelling, "'spelling' cannot be null.");
        StringJoiner joined = new StringJoiner("&");
        for (Param param : params) {
            joined.add(encode(param.name(spelling)) + "=" + formatValue(param.value(), spelling));
        }
        return joined.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Query query && query.params.equals(params);
    }

    @Override
    public int hashCode() {
        return params.hashCode();
    }

    @Override
    public String toString() {
        return encode(QuerySpelling.COMMON);
    }

    private static String formatValue(Object value, QuerySpelling spelling) {
        StringJoiner joined = new StringJoiner(",");
        for (Object element : elements(value)) {
            joined.add(encode(formatScalar(element, spelling)));
        }
        return joined.toString();
    }

    /** The scalar values of a parameter: collections and arrays, also nested ones, are flattened in order. */
    private static List<Object> elements(Object value) {
        List<Object> flat = new ArrayList<>();
        flatten(value, flat);
        return flat;
    }

    private static void flatten(Object value, List<Object> into) {
        if (value instanceof Collection<?> collection) {
            collection.forEach(element -> flatten(element, into));
        } else if (value instanceof Object[] array) {
            Arrays.stream(array).forEach(element -> flatten(element, into));
        } else if (value instanceof int[] ints) {
            Arrays.stream(ints).forEach(into::add);
        } else if (value instanceof long[] longs) {
            Arrays.stream(longs).forEach(into::add);
        } else {
            into.add(Objects.requireNonNull(value, "A query value cannot hold null."));
        }
    }

    private static String formatScalar(Object value, QuerySpelling spelling) {
        if (value instanceof Boolean bool) {
            return bool ? "true" : "false";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name().toLowerCase(Locale.ROOT);
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof TemporalAccessor temporal) {
            return spelling.dateTime(toOffsetDateTime(temporal));
        }
        return String.valueOf(value);
    }

    private static OffsetDateTime toOffsetDateTime(TemporalAccessor temporal) {
        if (temporal instanceof OffsetDateTime offset) {
            return offset;
        }
        if (temporal instanceof ZonedDateTime zoned) {
            return zoned.toOffsetDateTime();
        }
        if (temporal instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        throw new IllegalArgumentException("A date in a query needs an offset: use OffsetDateTime, ZonedDateTime, "
                + "Instant or LocalDate, not " + temporal.getClass().getSimpleName() + ".");
    }

    /** Percent-encodes everything but RFC 3986's unreserved characters and ':', which BigCommerce's filters use. */
    private static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == ':') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    /** One parameter: a field, an optional operator, and a value. */
    private record Param(String field, Operator operator, Object value) {

        String name(QuerySpelling spelling) {
            return operator == null ? field : spelling.filterName(field, operator.token, operator.range);
        }

        /** Whether the parameter goes by this name: its common spelling, or a range bound's {@code min_field}. */
        boolean matches(String name) {
            return name(QuerySpelling.COMMON).equals(name)
                    || operator != null && operator.range && name.equals(operator.token + "_" + field);
        }

        boolean sameKey(Param other) {
            return field.equals(other.field) && operator == other.operator;
        }
    }

    /** The filter operators, with their spelling. */
    private enum Operator {
        IN("in", false), NOT_IN("not_in", false), MIN("min", true), MAX("max", true),
        GREATER("greater", false), LESS("less", false), LIKE("like", false);

        private final String token;
        private final boolean range;

        Operator(String token, boolean range) {
            this.token = token;
            this.range = range;
        }
    }

    /**
     * Builds a {@link Query} from typed filters. A parameter given twice keeps its first position and its last
     * value.
     */
    public static final class Builder {

        private final List<Param> params;

        private Builder(List<Param> params) {
            this.params = params;
        }

        /**
         * A raw parameter, sent under exactly this name.
         *
         * @param name the parameter name
         * @param value the value (scalar, date, collection or array)
         * @return this builder
         */
        public Builder param(String name, Object value) {
            return add(name, null, value);
        }

        /**
         * Equality: {@code name=value}.
         *
         * @param name the field name
         * @param value the value
         * @return this builder
         */
        public Builder eq(String name, Object value) {
            return add(name, null, value);
        }

        /**
         * Any of the values: {@code name:in=a,b}.
         *
         * @param name the field name
         * @param values the values
         * @return this builder
         */
        public Builder in(String name, Object... values) {
            return add(name, Operator.IN, nonEmpty(name, values));
        }

        /**
         * None of the values: {@code name:not_in=a,b}.
         *
         * @param name the field name
         * @param values the values
         * @return this builder
         */
        public Builder notIn(String name, Object... values) {
            return add(name, Operator.NOT_IN, nonEmpty(name, values));
        }

        /**
         * At least the value: {@code name:min} in v3, {@code min_name} in v2.
         *
         * @param name the field name
         * @param value the lower bound, inclusive
         * @return this builder
         */
        public Builder min(String name, Object value) {
            return add(name, Operator.MIN, value);
        }

        /**
         * At most the value: {@code name:max} in v3, {@code max_name} in v2.
         *
         * @param name the field name
         * @param value the upper bound, inclusive
         * @return this builder
         */
        public Builder max(String name, Object value) {
            return add(name, Operator.MAX, value);
        }

        /**
         * Strictly greater: {@code name:greater}.
         *
         * @param name the field name
         * @param value the exclusive lower bound
         * @return this builder
         */
        public Builder greater(String name, Object value) {
            return add(name, Operator.GREATER, value);
        }

        /**
         * Strictly less: {@code name:less}.
         *
         * @param name the field name
         * @param value the exclusive upper bound
         * @return this builder
         */
        public Builder less(String name, Object value) {
            return add(name, Operator.LESS, value);
        }

        /**
         * A partial text match: {@code name:like}.
         *
         * @param name the field name
         * @param value the text to find
         * @return this builder
         */
        public Builder like(String name, Object value) {
            return add(name, Operator.LIKE, value);
        }

        /**
         * Sub-resources to embed: {@code include=variants,images}.
         *
         * @param names the sub-resources
         * @return this builder
         */
        public Builder include(String... names) {
            return param("include", nonEmpty("include", names));
        }

        /**
         * Only these fields in the response: {@code include_fields=a,b}.
         *
         * @param fields the fields
         * @return this builder
         */
        public Builder includeFields(String... fields) {
            return param("include_fields", nonEmpty("include_fields", fields));
        }

        /**
         * All fields but these: {@code exclude_fields=a,b}.
         *
         * @param fields the fields
         * @return this builder
         */
        public Builder excludeFields(String... fields) {
            return param("exclude_fields", nonEmpty("exclude_fields", fields));
        }

        /**
         * Sort order: {@code sort=field&direction=asc}.
         *
         * @param field the field to sort by
         * @param direction the direction
         * @return this builder
         */
        public Builder sort(String field, Direction direction) {
            Objects.requireNonNull(direction, "'direction' cannot be null.");
            return param("sort", field).param("direction", direction);
        }

        /**
         * The page size: {@code limit=n}. With an explicit limit or page, a listing returns just that page.
         *
         * @param limit the page size, 1 to 250
         * @return this builder
         */
        public Builder limit(int limit) {
            if (limit < 1 || limit > 250) {
                throw new IllegalArgumentException("'limit' must be between 1 and 250, was " + limit + ".");
            }
            return param("limit", limit);
        }

        /**
         * The page number: {@code page=n}. With an explicit page, a listing returns just that page.
         *
         * @param page the page, from 1
         * @return this builder
         */
        public Builder page(int page) {
            if (page < 1) {
                throw new IllegalArgumentException("'page' must be 1 or more, was " + page + ".");
            }
            return param("page", page);
        }

        /**
         * Builds the query.
         *
         * @return an immutable query
         */
        public Query build() {
            return params.isEmpty() ? EMPTY : new Query(List.copyOf(params));
        }

        private Builder add(String field, Operator operator, Object value) {
            Objects.requireNonNull(field, "'name' cannot be null.");
            if (field.isBlank()) {
                throw new IllegalArgumentException("A query parameter name cannot be blank.");
            }
            Objects.requireNonNull(value, () -> "The value of query parameter '" + field + "' cannot be null.");
            Param param = new Param(field, operator, value);
            for (int i = 0; i < params.size(); i++) {
                if (params.get(i).sameKey(param)) {
                    params.set(i, param);
                    return this;
                }
            }
            params.add(param);
            return this;
        }

        private static Object[] nonEmpty(String name, Object[] values) {
            Objects.requireNonNull(values, () -> "The values of '" + name + "' cannot be null.");
            if (values.length == 0) {
                throw new IllegalArgumentException("'" + name + "' needs at least one value.");
            }
            return values;
        }
    }
}
