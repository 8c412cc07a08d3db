package io.github.bcreactive.api;

import java.util.Set;

import io.github.bcreactive.http.RawResponse;
import io.github.bcreactive.http.Transport;
import io.github.bcreactive.paging.PageResponse;
import io.github.bcreactive.paging.PagingStyle;
import io.github.bcreactive.query.Query;
import io.github.bcreactive.query.QuerySpelling;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.type.TypeFactory;

/** What one API version does its own way; {@link ApiVersion} delegates to one implementation per version. */
interface VersionDialect extends QuerySpelling {

    PagingStyle defaultPaging();

    Set<PagingStyle> pagingStyles();

    JsonNode unwrap(JsonNode body);

    <T> PageResponse<T> decodePage(RawResponse raw, JavaType itemType, Transport transport);

    /** The root types {@link #decodePage} reads a listing response as. */
    JavaType[] pageTypes(JavaType itemType, TypeFactory types);

    Mono<Long> count(RestApi api, String path, Query query);

    RestApi api(Transport transport);
}
