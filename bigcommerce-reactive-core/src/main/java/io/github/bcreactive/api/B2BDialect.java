package io.github.bcreactive.api;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

import io.github.bcreactive.error.DecodeException;
import io.github.bcreactive.http.RawResponse;
import io.github.bcreactive.http.Transport;
import io.github.bcreactive.paging.PageResponse;
import io.github.bcreactive.paging.PagingException;
import io.github.bcreactive.paging.PagingStyle;
import io.github.bcreactive.query.Query;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.type.TypeFactory;
import tools.jackson.databind.JsonNode;

/**
 * B2B Edition's REST management API: {@code {"code", "data", "meta"}} envelopes, listings paged by
 * {@code offset}/{@code limit} with {@code meta.pagination} ({@code offset}, {@code limit}, {@code totalCount}),
 * range filters spelled {@code minModified}/{@code maxCreated}, dates as Unix seconds, and counts from
 * {@code totalCount}.
 */
final class B2BDialect implements VersionDialect {

    private static final Set<PagingStyle> STYLES = EnumSet.of(PagingStyle.OFFSET, PagingStyle.NONE);

    @Override
    public String filterName(String field, String operator, boolean range) {
        return range ? operator + field.substring(0, 1).toUpperCase(Locale.ROOT) + field.substring(1)
                : field + ":" + operator;
    }

    @Override
    public String dateTime(OffsetDateTime dateTime) {
        return String.valueOf(dateTime.toEpochSecond());
    }

    @Override
    public PagingStyle defaultPaging() {
        return PagingStyle.OFFSET;
    }

    @Override
    public Set<PagingStyle> pagingStyles() {
        return STYLES;
    }

    @Override
    public JsonNode unwrap(JsonNode body) {
        return body.isObject() && body.has("data") ? body.get("data") : body;
    }

    @Override
    public JavaType[] pageTypes(JavaType itemType, TypeFactory types) {
        return new JavaType[] {types.constructParametricType(V3Dialect.Envelope.class, itemType),
            ListingBodies.listOf(itemType, types)};
    }

    @Override
    public <T> PageResponse<T> decodePage(RawResponse raw, JavaType itemType, Transport transport) {
        PageResponse<T> common = ListingBodies.common(raw, itemType, transport);
        if (common != null) {
            return common;
        }
        V3Dialect.Envelope<T> envelope;
        try {
            envelope = transport.mapper().readValue(raw.body(), transport.mapper().getTypeFactory()
                    .constructParametricType(V3Dialect.Envelope.class, itemType));
        } catch (JacksonException e) {
            throw transport.decodeFailure(raw, e);
        }
        if (envelope.data() == null) {
            throw new DecodeException("A " + raw.status() + " listing response has no 'data'", raw.path(),
                    raw.text(), null);
        }
        JsonNode pagination = envelope.meta() == null ? null : envelope.meta().get("pagination");
        if (pagination == null || !pagination.isObject()) {
            return PageResponse.itemsOnly(raw.status(), raw.headers(), envelope.data());
        }
        long offset = nonNegative(pagination.path("offset"));
        long total = nonNegative(pagination.path("totalCount"));
        if (offset < 0 || total < 0) {
            throw new DecodeException("meta.pagination lacks a whole-number offset or totalCount of at least 0",
                    raw.path(), raw.text(), null);
        }
        long limit = nonNegative(pagination.path("limit"));
        return PageResponse.offsetPage(raw.status(), raw.headers(), envelope.data(), OptionalLong.of(offset),
                limit > 0 && limit <= Integer.MAX_VALUE ? OptionalInt.of((int) limit) : OptionalInt.empty(),
                OptionalLong.of(total));
    }

    @Override
    public Mono<Long> count(RestApi api, String path, Query query) {
        return api.<JsonNode>pageSource(path, api.transport().mapper().constructType(JsonNode.class))
                .fetch(query.without("offset").with("limit", 1))
                .map(response -> response.offsetPaged() ? response.total().getAsLong() : badCount(path));
    }

    @Override
    public RestApi api(Transport transport) {
        return new B2BApi(transport);
    }

    private static long badCount(String path) {
        throw new PagingException("The listing reports no total (meta.pagination.totalCount), so it cannot be "
                + "counted in one request; count its items instead, e.g. iterAll().count()", path);
    }

    /** A whole number of at least 0, or -1. */
    private static long nonNegative(JsonNode node) {
        return node.isIntegralNumber() && node.canConvertToLong() && node.asLong() >= 0 ? node.asLong() : -1;
    }
}
