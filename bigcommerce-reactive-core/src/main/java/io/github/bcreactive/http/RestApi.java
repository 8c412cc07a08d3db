package io.github.bcreactive.http;

import java.util.Objects;

import io.github.bcreactive.paging.Page;
import io.github.bcreactive.paging.PagedFlux;
import io.github.bcreactive.query.Query;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;

/**
 * The low-level API of one version, for anything the resources do not model. Paths are relative to the version's
 * base ({@code /stores/{hash}/v3}); an absolute URL passes through unchanged (and carries the store's credentials
 * only when it is on the API host). Bodies are returned as the API sends them: a v3 single resource comes in its
 * {@code {"data": ..., "meta": ...}} envelope. A 204 or an empty body gives an empty {@code Mono}.
 *
 * <pre>{@code
 * Mono<JsonNode> product = client.v3().get("/catalog/products/77", Query.of("include", "videos"));
 * PagedFlux<JsonNode> messages = client.v2().getMany("/orders/101/messages");
 * Mono<JsonNode> created = client.v3().post("/catalog/brands", Map.of("name", "Acme"));
 * }</pre>
 */
public abstract sealed class RestApi permits V2Api, V3Api {

    private final Transport transport;
    private final ApiVersion version;
    private final Pager pager;

    RestApi(Transport transport, ApiVersion version) {
        this.transport = Objects.requireNonNull(transport, "'transport' cannot be null.");
        this.version = version;
        this.pager = new Pager(transport, version);
    }

    /**
     * The version this API speaks.
     *
     * @return {@link ApiVersion#V2} or {@link ApiVersion#V3}
     */
    public ApiVersion version() {
        return version;
    }

    /**
     * The pipeline calls go through, for the resource kit.
     *
     * @return the store's transport
     */
    public Transport transport() {
        return transport;
    }

    /**
     * GET a path.
     *
     * @param path the path under the version, or an absolute URL
     * @return the body, or empty for a 204 or empty body
     */
    public Mono<JsonNode> get(String path) {
        return get(path, Query.empty());
    }

    /**
     * GET a path with a query.
     *
     * @param path the path under the version, or an absolute URL
     * @param query the query
     * @return the body, or empty for a 204 or empty body
     */
    public Mono<JsonNode> get(String path, Query query) {
        return get(path, query, JsonNode.class);
    }

    /**
     * GET a path, decoding the body to a type.
     *
     * @param path the path under the version, or an absolute URL
     * @param query the query
     * @param type the body type
     * @param <T> the body type
     * @return the body, or empty for a 204 or empty body
     */
    public <T> Mono<T> get(String path, Query query, Class<T> type) {
        return body(HttpMethod.GET, path, query, null, type);
    }

    /**
     * POST a JSON body.
     *
     * @param path the path under the version, or an absolute URL
     * @param body the body, written as JSON
     * @return the response body, or empty for a 204 or empty body
     */
    public Mono<JsonNode> post(String path, Object body) {
        return post(path, Query.empty(), body, JsonNode.class);
    }

    /**
     * POST a JSON body with a query, decoding the response to a type.
     *
     * @param path the path under the version, or an absolute URL
     * @param query the query
     * @param body the body, written as JSON
     * @param type the response body type
     * @param <T> the response body type
     * @return the response body, or empty for a 204 or empty body
     */
    public <T> Mono<T> post(String path, Query query, Object body, Class<T> type) {
        return body(HttpMethod.POST, path, query, Objects.requireNonNull(body, "'body' cannot be null."), type);
    }

    /**
     * PUT a JSON body.
     *
     * @param path the path under the version, or an absolute URL
     * @param body the body, written as JSON
     * @return the response body, or empty for a 204 or empty body
     */
    public Mono<JsonNode> put(String path, Object body) {
        return put(path, Query.empty(), body, JsonNode.class);
    }

    /**
     * PUT a JSON body with a query, decoding the response to a type.
     *
     * @param path the path under the version, or an absolute URL
     * @param query the query
     * @param body the body, written as JSON
     * @param type the response body type
     * @param <T> the response body type
     * @return the response body, or empty for a 204 or empty body
     */
    public <T> Mono<T> put(String path, Query query, Object body, Class<T> type) {
        return body(HttpMethod.PUT, path, query, Objects.requireNonNull(body, "'body' cannot be null."), type);
    }

    /**
     * DELETE a path.
     *
     * @param path the path under the version, or an absolute URL
     * @return the response body, usually empty
     */
    public Mono<JsonNode> delete(String path) {
        return delete(path, Query.empty(), null);
    }

    /**
     * DELETE a path with a query and, rarely needed, a body.
     *
     * @param path the path under the version, or an absolute URL
     * @param query the query, e.g. {@code Query.in("id", 1, 2)}
     * @param body a body written as JSON, or {@code null}
     * @return the response body, usually empty
     */
    public Mono<JsonNode> delete(String path, Query query, Object body) {
        return body(HttpMethod.DELETE, path, query, body, JsonNode.class);
    }

    /**
     * Sends any call and returns the whole response: status, headers and body.
     *
     * @param method the method
     * @param path the path under the version, or an absolute URL
     * @param query the query
     * @param body a body written as JSON, or {@code null}
     * @param type the response body type
     * @param <T> the response body type
     * @return the response; its body is {@code null} for a 204 or empty body
     */
    public <T> Mono<ApiResponse<T>> exchange(HttpMethod method, String path, Query query, Object body,
            Class<T> type) {
        return transport.exchange(method, version, path, query, body, javaType(type));
    }

    /**
     * Sends any call and returns the whole response, for body types that need a full Jackson type (generics).
     *
     * @param method the method
     * @param path the path under the version, or an absolute URL
     * @param query the query
     * @param body a body written as JSON, or {@code null}
     * @param type the response body type
     * @param <T> the response body type
     * @return the response; its body is {@code null} for a 204 or empty body
     */
    public <T> Mono<ApiResponse<T>> exchange(HttpMethod method, String path, Query query, Object body,
            JavaType type) {
        return transport.exchange(method, version, path, query, body, Objects.requireNonNull(type,
                "'type' cannot be null."));
    }

    /**
     * Every item of a listing, across all its pages.
     *
     * @param path the listing's path
     * @return the items; {@code byPage()} gives the pages
     */
    public PagedFlux<JsonNode> getMany(String path) {
        return getMany(path, Query.empty());
    }

    /**
     * Every item of a filtered listing, across all its pages. With an explicit {@code page} or {@code limit} in
     * the query, just that page.
     *
     * @param path the listing's path
     * @param query the filters
     * @return the items; {@code byPage()} gives the pages
     */
    public PagedFlux<JsonNode> getMany(String path, Query query) {
        return getMany(path, query, JsonNode.class);
    }

    /**
     * Every item of a filtered listing, decoded to a type.
     *
     * @param path the listing's path
     * @param query the filters
     * @param itemType the item type
     * @param <T> the item type
     * @return the items; {@code byPage()} gives the pages
     */
    public <T> PagedFlux<T> getMany(String path, Query query, Class<T> itemType) {
        return listing(path, query, javaType(itemType));
    }

    /**
     * One page of a listing, as the query asks for it.
     *
     * @param path the listing's path
     * @param query the filters, with {@code page} and {@code limit} if wanted
     * @param itemType the item type
     * @param <T> the item type
     * @return the page
     */
    public <T> Mono<Page<T>> getPage(String path, Query query, Class<T> itemType) {
        return page(path, query, javaType(itemType));
    }

    /**
     * Every item of a listing, for item types that need a full Jackson type (generics).
     *
     * @param path the listing's path
     * @param query the filters
     * @param itemType the item type
     * @param <T> the item type
     * @return the items
     */
    public <T> PagedFlux<T> listing(String path, Query query, JavaType itemType) {
        Objects.requireNonNull(path, "'path' cannot be null.");
        Objects.requireNonNull(query, "'query' cannot be null.");
        return pager.list(path, query, itemType);
    }

    /**
     * One page of a listing, for item types that need a full Jackson type (generics).
     *
     * @param path the listing's path
     * @param query the filters
     * @param itemType the item type
     * @param <T> the item type
     * @return the page
     */
    public <T> Mono<Page<T>> page(String path, Query query, JavaType itemType) {
        Objects.requireNonNull(path, "'path' cannot be null.");
        Objects.requireNonNull(query, "'query' cannot be null.");
        return pager.page(path, query, itemType);
    }

    private <T> Mono<T> body(HttpMethod method, String path, Query query, Object body, Class<T> type) {
        return transport.<T>exchange(method, version, path, query, body, javaType(type))
                .mapNotNull(response -> response.body());
    }

    private JavaType javaType(Class<?> type) {
        return transport.mapper().constructType(Objects.requireNonNull(type, "'type' cannot be null."));
    }
}
