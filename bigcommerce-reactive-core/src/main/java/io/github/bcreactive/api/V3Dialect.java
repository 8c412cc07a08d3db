package io.github.bcreactive.api;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonFormat;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.type.TypeFactory;

/**
 * v3: the common query spelling, {@code {"data": ..., "meta": ...}} envelopes, listings paged by number
 * ({@code meta.pagination}) or by cursor ({@code meta.cursor_pagination}), and counts from
 * {@code meta.pagination.total}.
 */
final class V3Dialect implements VersionDialect {

    private static final Set<PagingStyle> STYLES = EnumSet.of(PagingStyle.PAGE_NUMBER, PagingStyle.CURSOR,
            PagingStyle.NONE);

    @Override
    public PagingStyle defaultPaging() {
        return PagingStyle.PAGE_NUMBER;
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
    public <T> PageResponse<T> decodePage(RawResponse raw, JavaType itemType, Transport transport) {
        PageResponse<T> common = ListingBodies.common(raw, itemType, transport);
        if (common != null) {
            return common;
        }
        Envelope<T> envelope;
        try {
            envelope = transport.mapper().readValue(raw.body(),
                    transport.mapper().getTypeFactory().constructParametricType(Envelope.class, itemType));
        } catch (JacksonException e) {
            throw transport.decodeFailure(raw, e);
        }
        if (envelope.data() == null) {
            throw new DecodeException("A " + raw.status() + " listing response has no 'data'", raw.path(),
                    raw.text(), null);
        }
        return withMeta(raw, envelope.data(), envelope.meta());
    }

    private static <T> PageResponse<T> withMeta(RawResponse raw, List<T> data, JsonNode meta) {
        JsonNode pages = meta == null ? null : meta.get("pagination");
        JsonNode cursor = meta == null ? null : meta.get("cursor_pagination");
        boolean numbered = pages != null && pages.isObject();
        boolean cursored = cursor != null && cursor.isObject();
        OptionalInt current = OptionalInt.empty();
        OptionalInt totalPages = OptionalInt.empty();
        if (numbered) {
            if (!pages.path("current_page").isIntegralNumber() || !pages.path("total_pages").isIntegralNumber()) {
                throw new DecodeException("meta.pagination lacks a whole-number current_page or total_pages",
                        raw.path(), raw.text(), null);
            }
            current = OptionalInt.of(pages.get("current_page").asInt());
            totalPages = OptionalInt.of(pages.get("total_pages").asInt());
        }
        OptionalLong total = numbered && pages.path("total").isIntegralNumber()
                ? OptionalLong.of(pages.get("total").asLong()) : OptionalLong.empty();
        OptionalInt perPage = positive(numbered ? pages.path("per_page") : null)
                .or(() -> positive(cursored ? cursor.path("per_page") : null)).map(OptionalInt::of)
                .orElse(OptionalInt.empty());
        Optional<String> endCursor = cursored ? text(cursor.path("end_cursor")) : Optional.empty();
        boolean nextLink = cursored && text(cursor.path("links").path("next")).isPresent();
        return new PageResponse<>(raw.status(), raw.headers(), data, current, totalPages, total, perPage, endCursor,
                nextLink, cursored);
    }

    @Override
    public JavaType[] pageTypes(JavaType itemType, TypeFactory types) {
        return new JavaType[] {types.constructParametricType(Envelope.class, itemType),
            ListingBodies.listOf(itemType, types)};
    }

    @Override
    public Mono<Long> count(RestApi api, String path, Query query) {
        return api.<JsonNode>pageSource(path, api.transport().mapper().constructType(JsonNode.class))
                .fetch(query.with("limit", 1))
                .map(response -> response.total().orElseThrow(() -> new PagingException("The listing reports no "
                        + "total (meta.pagination.total), so it cannot be counted in one request; count its items "
                        + "instead, e.g. iterAll().count()", path)));
    }

    @Override
    public RestApi api(Transport transport) {
        return new V3Api(transport);
    }

    private static Optional<Integer> positive(JsonNode node) {
        return node != null && node.isIntegralNumber() && node.asInt() > 0 ? Optional.of(node.asInt())
                : Optional.empty();
    }

    private static Optional<String> text(JsonNode node) {
        return node.isString() && !node.asString().isBlank() ? Optional.of(node.asString()) : Optional.empty();
    }

    /**
     * The v3 list envelope. A {@code data} object (a single resource) reads as a one-item list.
     *
     * @param data the items
     * @param meta the pagination metadata
     * @param <T> the item type
     */
    record Envelope<T>(@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<T> data,
            JsonNode meta) {
    }
}
