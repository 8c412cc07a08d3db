package io.github.bcreactive.query;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * How one API spells a query string: the names of filters with an operator, and dates. The defaults are the common
 * spelling ({@code price:min}, ISO 8601 dates); an API version that differs overrides them. The API version is the
 * usual source of a spelling: {@code query.encode(ApiVersion.V2)}.
 *
 * <pre>{@code
 * String v2 = Query.builder().min("price", 10).build().encode(ApiVersion.V2);   // "min_price=10"
 * String common = Query.builder().min("price", 10).build().encode(QuerySpelling.COMMON);   // "price:min=10"
 * }</pre>
 */
public interface QuerySpelling {

    /** The common spelling: {@code field:operator} for every operator, ISO 8601 dates with an offset. */
    QuerySpelling COMMON = new QuerySpelling() {
    };

    /**
     * The name a filter with an operator is sent under.
     *
     * @param field the field, e.g. {@code price}
     * @param operator the operator, e.g. {@code min} or {@code in}
     * @param range whether the operator is a range bound ({@code min} or {@code max})
     * @return e.g. {@code price:min}
     */
    default String filterName(String field, String operator, boolean range) {
        return field + ":" + operator;
    }

    /**
     * A date and time as a query value.
     *
     * @param dateTime the date and time
     * @return e.g. {@code 2026-01-01T00:00:00Z}
     */
    default String dateTime(OffsetDateTime dateTime) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime);
    }
}
