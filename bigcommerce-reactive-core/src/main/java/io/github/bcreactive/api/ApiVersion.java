package io.github.bcreactive.api;

import java.time.OffsetDateTime;
import java.util.Objects;

import io.github.bcreactive.http.RawResponse;
import io.github.bcreactive.http.Transport;
import io.github.bcreactive.http.WireVersion;
import io.github.bcreactive.paging.PageResponse;
import io.github.bcreactive.paging.PagingStyle;
import io.github.bcreactive.query.Query;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.type.TypeFactory;
import tools.jackson.databind.JsonNode;

/**
 * The REST APIs BigCommerce serves (v2, v3, and B2B Edition's on its own host), each a strategy for what differs between them: the path segment
 * ({@code /v2/...}, {@code /v3/...}), the query spelling (range filters, dates), the paging styles and how a listing
 * response decodes, how a single resource is wrapped, and how a listing is counted. Code that needs a difference
 * asks the version; it never branches on which version it has.
 *
 * <pre>{@code
 * ApiVersion.V2.segment();                                       // "v2"
 * Query.builder().min("price", 10).build().encode(ApiVersion.V2);   // "min_price=10"
 * ApiVersion.V3.supports(PagingStyle.CURSOR);                    // true
 * }</pre>
 */
public enum ApiVersion implements WireVersion {

    /** The v2 API: page/limit paging, bare bodies, errors as arrays, RFC 2822 dates, {@code min_name} ranges. */
    V2("v2", new V2Dialect()),

    /** The v3 API: {@code data}/{@code meta} envelopes, page-number or cursor paging, ISO 8601 dates. */
    V3("v3", new V3Dialect()),

    /**
     * B2B Edition's REST management API, on its own host ({@code https://api-b2b.bigcommerce.com/api/v3/io}):
     * {@code code}/{@code data}/{@code meta} envelopes, offset paging, Unix-second dates, {@code minModified} ranges.
     */
    B2B("b2b", new B2BDialect());

    private final String segment;
    private final VersionDialect dialect;

    ApiVersion(String segment, VersionDialect dialect) {
        this.segment = segment;
        this.dialect = dialect;
    }

    /**
     * The path segment of this version.
     *
     * @return {@code v2}, {@code v3} or {@code b2b} (the key of B2B Edition's base URL, not a path segment)
     */
    @Override
    public String segment() {
        return segment;
    }

    /**
     * The name a filter with an operator is sent under in this version.
     *
     * @param field the field
     * @param operator the operator
     * @param range whether it is a range bound
     * @return e.g. {@code min_price} in v2, {@code price:min} in v3
     */
    @Override
    public String filterName(String field, String operator, boolean range) {
        return dialect.filterName(field, operator, range);
    }

    /**
     * A date and time as this version's queries spell it.
     *
     * @param dateTime the date and time
     * @return RFC 2822 in v2, ISO 8601 in v3
     */
    @Override
    public String dateTime(OffsetDateTime dateTime) {
        return dialect.dateTime(dateTime);
    }

    /**
     * The paging style a listing of this version follows when nothing declares one (the low-level
     * {@code getMany}): {@link PagingStyle#V2_PAGES} in v2, {@link PagingStyle#PAGE_NUMBER} in v3,
     * {@link PagingStyle#OFFSET} in B2B Edition.
     *
     * @return the default style
     */
    public PagingStyle defaultPaging() {
        return dialect.defaultPaging();
    }

    /**
     * Whether this version's listings can page in a style.
     *
     * @param style the style
     * @return {@code true} for v2 page/limit or none in v2; page number, cursor or none in v3; offset or none in
     *     B2B Edition
     */
    public boolean supports(PagingStyle style) {
        return dialect.pagingStyles().contains(Objects.requireNonNull(style, "'style' cannot be null."));
    }

    /**
     * The resource in a single-resource response body: v3 and B2B Edition wrap it in {@code data}, v2 sends it
     * bare.
     *
     * @param body the decoded body
     * @return the resource's JSON
     */
    public JsonNode unwrap(JsonNode body) {
        return dialect.unwrap(Objects.requireNonNull(body, "'body' cannot be null."));
    }

    /** Decodes one listing response: the items and the paging metadata as reported. */
    <T> PageResponse<T> decodePage(RawResponse raw, JavaType itemType, Transport transport) {
        return dialect.decodePage(raw, itemType, transport);
    }

    /** The types a listing response of this version decodes to, for the decoder warm-up. */
    JavaType[] pageTypes(JavaType itemType, TypeFactory types) {
        return dialect.pageTypes(itemType, types);
    }

    /** Counts a listing's items the way this version can. */
    Mono<Long> count(RestApi api, String path, Query query) {
        return dialect.count(api, path, query);
    }

    /** The low-level API of this version over a store's transport. */
    RestApi api(Transport transport) {
        return dialect.api(transport);
    }
}
