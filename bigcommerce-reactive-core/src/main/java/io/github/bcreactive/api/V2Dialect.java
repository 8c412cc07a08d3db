package io.github.bcreactive.api;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.github.bcreactive.error.DecodeException;
import io.github.bcreactive.http.RawResponse;
import io.github.bcreactive.http.Transport;
import io.github.bcreactive.paging.PageResponse;
import io.github.bcreactive.paging.PagingStyle;
import io.github.bcreactive.query.Query;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.type.TypeFactory;

/**
 * v2: range filters as {@code min_price}, RFC 2822 dates, bare bodies, {@code page}/{@code limit} listings that
 * report no totals (a single object reads as a one-item list), and counts at {@code {path}/count}.
 */
final class V2Dialect implements VersionDialect {

    private static final DateTimeFormatter RFC_2822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH);
    private static final Set<PagingStyle> STYLES = EnumSet.of(PagingStyle.V2_PAGES, PagingStyle.NONE);

    @Override
    public String filterName(String field, String operator, boolean range) {
        return range ? operator + "_" + field : field + ":" + operator;
    }

    @Override
    public String dateTime(OffsetDateTime dateTime) {
        return RFC_2822.format(dateTime);
    }

    @Override
    public PagingStyle defaultPaging() {
        return PagingStyle.V2_PAGES;
    }

    @Override
    public Set<PagingStyle> pagingStyles() {
        return STYLES;
    }

    @Override
    public JsonNode unwrap(JsonNode body) {
        return body;
    }

    @Override
    public <T> PageResponse<T> decodePage(RawResponse raw, JavaType itemType, Transport transport) {
        PageResponse<T> common = ListingBodies.common(raw, itemType, transport);
        if (common != null) {
            return common;
        }
        try {
            T single = transport.mapper().readValue(raw.body(), itemType);
            return PageResponse.itemsOnly(raw.status(), raw.headers(), List.of(single));
        } catch (JacksonException e) {
            throw transport.decodeFailure(raw, e);
        }
    }

    @Override
    public JavaType[] pageTypes(JavaType itemType, TypeFactory types) {
        return new JavaType[] {ListingBodies.listOf(itemType, types), itemType};
    }

    @Override
    public Mono<Long> count(RestApi api, String path, Query query) {
        String countPath = path + "/count";
        return api.get(countPath, query)
                .switchIfEmpty(Mono.error(() -> new DecodeException("The count answered with no body", countPath, "",
                        null)))
                .map(body -> {
                    JsonNode count = body.path("count");
                    if (!count.isIntegralNumber()) {
                        throw new DecodeException("The count answered without a whole-number 'count'", countPath,
                                body.toString(), null);
                    }
                    return count.asLong();
                });
    }

    @Override
    public RestApi api(Transport transport) {
        return new V2Api(transport);
    }
}
