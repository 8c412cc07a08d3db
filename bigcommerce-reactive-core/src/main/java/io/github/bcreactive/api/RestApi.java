package io.github.bcreactive.api;

import java.util.Objects;

import io.github.bcreactive.http.FileUpload;
import io.github.bcreactive.http.Transport;
import io.github.bcreactive.paging.Page;
import io.github.bcreactive.paging.PageSource;
import io.github.bcreactive.paging.PagedFlux;
import io.github.bcreactive.paging.PagingStyle;
import io.github.bcreactive.query.Query;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
public abstract sealed class RestApi permits V2Api, V3Api, B2BApi {

    private final Transport transport;
    private final ApiVersion version;

    RestApi(Transport transport, ApiVersion version) {
        this.transport = Objects.requireNonNull(transport, "'transport' cannot be null.");
        this.version = version;
    }

    /**
     * The version this API speaks.
     *
     * @return {@link ApiVersion#V2}, {@link ApiVersion#V3} or {@link ApiVersion#B2B}
     */
    public ApiVersion version() {
        return version;
    }

    /**
     * This store's API in another version, over the same transport (a v2 order's v3 transactions).
     *
     * @param other the version wanted
     * @return this API when it is of that version, else the other version's API
     */
    public RestApi withVersion(ApiVersion other) {
        return Objects.requireNonNull(other, "'other' cannot be null.") == version ? this : other.api(transport);
    }

    /** The pipeline calls go through. */
    Transport transport() {
        return transport;
    }

    /**
     * The JSON mapper this API writes and reads bodies with (the models' naming, both versions' dates, unknown fields
     * kept), for converting a {@code JsonNode} from the low-level verbs the way the client would. It is immutable.
     *
     * <pre>{@code
     * Product product = client.v3().mapper().treeToValue(node, Product.class);
     * }</pre>
     *
     * @return the mapper
     */
    public JsonMapper mapper() {
        return transport.mapper();
    }

    /**
     * A call that starts once Jackson has built its decoders for some types. The first decode of a type builds its
     * decoder under a lock that Jackson's cache shares between all types, and parking on it on an event-loop thread
     * is blocking; so for a type this client has not decoded before, the decoders are built first where waiting is
     * allowed: in place when the call is subscribed on the caller's own thread, else on Reactor's bounded-elastic
     * scheduler. After that the call is returned unchanged. Every call of this API does this for the
     * types it decodes; use it before converting with {@link #mapper()} on the event loop.
     *
     * <pre>{@code
     * JavaType type = client.v3().mapper().constructType(Product.class);
     * Mono<Product> product = client.v3().afterWarmUp(client.v3().get("/catalog/products/77"), type)
     *         .map(body -> client.v3().mapper().treeToValue(body.get("data"), type));
     * }</pre>
     *
     * @param call the call
     * @param types the types the call decodes to
     * @param <R> the call's result
     * @return the call, after the warm-up its types need
     */
    public <R> Mono<R> afterWarmUp(Mono<R> call, JavaType... types) {
        return transport.afterWarmUp(Objects.requireNonNull(call, "'call' cannot be null."),
                Objects.requireNonNull(types, "'types' cannot be null."));
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
        return exchange(method, path, query, body, javaType(type));
    }

    /**
     * Sends any call and returns the whole response, for body types that need a full Jackson type (generics). A
     * body type of {@code byte[]} gives the body's bytes as they came, not decoded.
     *
     * @param method the method
     * @param path the path under the version, or an absolute URL
     * @param query the query
     * @param body a body written as JSON, or {@code null}
     * @param type the response body type
     * @param <T> the response body type
     * @return the response; its body is {@code null} for a 204 or empty body
     */
    @SuppressWarnings("unchecked")
    public <T> Mono<ApiResponse<T>> exchange(HttpMethod method, String path, Query query, Object body,
            JavaType type) {
        Objects.requireNonNull(type, "'type' cannot be null.");
        if (type.hasRawClass(byte[].class)) {
            return transport.afterWarmUp(transport.send(method, version, path, query, body))
                    .map(raw -> new ApiResponse<>(raw.status(), raw.headers(), (T) raw.body()));
        }
        return transport.afterWarmUp(transport.send(method, version, path, query, body), type)
                .map(raw -> new ApiResponse<>(raw.status(), raw.headers(), transport.<T>decode(raw, type)));
    }

    /**
     * Every item of a listing, across all its pages, in this version's default paging style
     * ({@link ApiVersion#defaultPaging()}).
     *
     * @param path the listing's path
     * @return the items; {@code byPage()} gives the pages
     */
    public PagedFlux<JsonNode> getMany(String path) {
        return getMany(path, Query.empty());
    }

    /**
     * Every item of a filtered listing, across all its pages, in this version's default paging style. With an
     * explicit {@code page} or {@code limit} in the query, just that page.
     *
     * @param path the listing's path
     * @param query the filters
     * @return the items; {@code byPage()} gives the pages
     */
    public PagedFlux<JsonNode> getMany(String path, Query query) {
        return getMany(path, query, JsonNode.class);
    }

    /**
     * Every item of a filtered listing, decoded to a type, in this version's default paging style.
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
     * Every item of a filtered listing in the paging style the endpoint uses, for endpoints that do not page in this
     * version's default style (v3 cursor listings such as {@code /customers} or metafields).
     *
     * <pre>{@code
     * PagedFlux<JsonNode> customers = client.v3().getMany("/customers", Query.empty(), PagingStyle.CURSOR);
     * }</pre>
     *
     * @param path the listing's path
     * @param query the filters; a cursor listing starts at its {@code after}
     * @param paging the endpoint's paging style
     * @return the items; {@code byPage()} gives the pages, {@code byPage(token)} resumes
     * @throws IllegalArgumentException when this version cannot page in that style
     */
    public PagedFlux<JsonNode> getMany(String path, Query query, PagingStyle paging) {
        return list(path, query, javaType(JsonNode.class), paging);
    }

    /**
     * One page of a listing, exactly as the query asks for it, in this version's default paging style.
     *
     * @param path the listing's path
     * @param query the filters, with {@code page} and {@code limit} if wanted
     * @param itemType the item type
     * @param <T> the item type
     * @return the page, with the token that resumes the listing after it
     */
    public <T> Mono<Page<T>> getPage(String path, Query query, Class<T> itemType) {
        return page(path, query, javaType(itemType));
    }

    /**
     * Every item of a listing, for item types that need a full Jackson type (generics), in this version's default
     * paging style.
     *
     * @param path the listing's path
     * @param query the filters
     * @param itemType the item type
     * @param <T> the item type
     * @return the items
     */
    public <T> PagedFlux<T> listing(String path, Query query, JavaType itemType) {
        return list(path, query, itemType, version.defaultPaging());
    }

    /**
     * Every item of a listing in the paging style its resource declares: the pager follows that style and never
     * guesses another from a response.
     *
     * <pre>{@code
     * PagedFlux<JsonNode> customers = client.v3().list("/customers", Query.empty(),
     *         mapper.constructType(JsonNode.class), PagingStyle.CURSOR);
     * }</pre>
     *
     * @param path the listing's path
     * @param query the filters; with {@code page} or {@code limit}, just that page; a cursor listing starts at its
     *     {@code after}
     * @param itemType the item type
     * @param paging the declared paging style
     * @param <T> the item type
     * @return the items; {@code byPage()} gives the pages, {@code byPage(token)} resumes
     * @throws IllegalArgumentException when this version cannot page in that style
     */
    public <T> PagedFlux<T> list(String path, Query query, JavaType itemType, PagingStyle paging) {
        Objects.requireNonNull(path, "'path' cannot be null.");
        Objects.requireNonNull(query, "'query' cannot be null.");
        return PagedFlux.of(checked(paging), path, query, pageSource(path, itemType), transport.pageConcurrency());
    }

    /**
     * One page of a listing, for item types that need a full Jackson type (generics), in this version's default
     * paging style.
     *
     * @param path the listing's path
     * @param query the filters
     * @param itemType the item type
     * @param <T> the item type
     * @return the page
     */
    public <T> Mono<Page<T>> page(String path, Query query, JavaType itemType) {
        return page(path, query, itemType, version.defaultPaging());
    }

    /**
     * One page of a listing, exactly as the query asks for it (one request, no page size added), placed in the
     * declared paging style: its continuation token resumes the listing after it.
     *
     * @param path the listing's path
     * @param query the filters, with {@code page}, {@code limit} or {@code after} if wanted
     * @param itemType the item type
     * @param paging the declared paging style
     * @param <T> the item type
     * @return the page
     * @throws IllegalArgumentException when this version cannot page in that style
     */
    public <T> Mono<Page<T>> page(String path, Query query, JavaType itemType, PagingStyle paging) {
        Objects.requireNonNull(path, "'path' cannot be null.");
        Objects.requireNonNull(query, "'query' cannot be null.");
        return PagedFlux.page(checked(paging), path, query, pageSource(path, itemType));
    }

    /**
     * The number of items a listing holds, in one request: v2 asks {@code {path}/count}, v3 reads
     * {@code meta.pagination.total} of a one-item page.
     *
     * @param path the listing's path
     * @param query the filters
     * @return the count; a {@code PagingException} when the listing reports no total (v3 cursor-only listings),
     *     a {@code DecodeException} when the count does not decode
     */
    public Mono<Long> count(String path, Query query) {
        Objects.requireNonNull(path, "'path' cannot be null.");
        Objects.requireNonNull(query, "'query' cannot be null.");
        return version.count(this, path, query);
    }

    /** Sends one request of a listing and decodes it the way this version's listings decode. */
    <T> PageSource<T> pageSource(String path, JavaType itemType) {
        Objects.requireNonNull(itemType, "'itemType' cannot be null.");
        JavaType[] decoded = version.pageTypes(itemType, transport.mapper().getTypeFactory());
        return query -> transport.afterWarmUp(transport.send(HttpMethod.GET, version, path, query, null), decoded)
                .map(raw -> version.<T>decodePage(raw, itemType, transport));
    }

    /**
     * Sends a {@code multipart/form-data} call: the file in the part the operation names (for example
     * {@code image_file}), with the upload's form fields, and reads the answer as JSON.
     *
     * <pre>{@code
     * client.v3().upload(HttpMethod.POST, "/catalog/brands/7/image", "image_file", FileUpload.of(Path.of("logo.png")));
     * }</pre>
     *
     * @param method the HTTP method
     * @param path the path under this version, e.g. {@code /catalog/brands/7/image}
     * @param partName the file's part name
     * @param file the file and its form fields
     * @return the answer's body; empty when it has none
     */
    public Mono<JsonNode> upload(HttpMethod method, String path, String partName, FileUpload file) {
        Objects.requireNonNull(file, "'file' cannot be null.");
        JavaType json = javaType(JsonNode.class);
        return afterWarmUp(transport.upload(method, version, path, partName, file)
                .mapNotNull(raw -> transport.<JsonNode>decode(raw, json)), json);
    }

    private PagingStyle checked(PagingStyle paging) {
        Objects.requireNonNull(paging, "'paging' cannot be null.");
        if (!version.supports(paging)) {
            throw new IllegalArgumentException("A " + version.segment() + " listing cannot page " + paging + ".");
        }
        return paging;
    }

    private <T> Mono<T> body(HttpMethod method, String path, Query query, Object body, Class<T> type) {
        return this.<T>exchange(method, path, query, body, javaType(type)).mapNotNull(response -> response.body());
    }

    private JavaType javaType(Class<?> type) {
        return transport.mapper().constructType(Objects.requireNonNull(type, "'type' cannot be null."));
    }
}
