package io.github.bcreactive.resource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.github.bcreactive.api.ApiVersion;
import io.github.bcreactive.api.RestApi;
import io.github.bcreactive.error.DecodeException;
import io.github.bcreactive.paging.Page;
import io.github.bcreactive.paging.PagedFlux;
import io.github.bcreactive.paging.PagingStyle;
import io.github.bcreactive.query.Query;
import org.springframework.http.HttpMethod;
import org.springframework.web.util.UriUtils;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.type.TypeFactory;

/**
 * A resource declaration bound to a store's API and, for a sub-resource, to its parents' ids. Every capability of a
 * resource runs through its endpoint. Package-private: it is how the resource kit runs, not API. A resource is made
 * from one ({@code Endpoint.of(api, SPEC)::itself}), and since {@link Resource#endpoint()} returns this type, no class
 * outside this package can implement a resource (nor a lambda be one): the client's families make them all.
 *
 * <pre>{@code
 * Endpoint<Variant> variants = client.catalog().variants(77L).endpoint();   // in this package only
 * variants.path();   // "/catalog/products/77/variants"
 * }</pre>
 *
 * @param <T> the item type
 */
final class Endpoint<T> {

    /** The most ids one {@code id:in} filter may carry. */
    static final int MAX_IDS_PER_CALL = 250;

    private final RestApi api;
    private final ResourceSpec<T> spec;
    private final List<Object> parentIds;
    private final JavaType itemType;

    private Endpoint(RestApi api, ResourceSpec<T> spec, List<Object> parentIds) {
        this.api = api;
        this.spec = spec;
        this.parentIds = parentIds;
        this.itemType = api.mapper().constructType(spec.model());
    }

    /**
     * Binds a declaration to a store's API, switching to the declaration's version over the same transport when
     * the given API is of the other one (a v2 order's v3 transactions).
     *
     * @param api the store's API, of either version
     * @param spec the declaration
     * @param <T> the item type
     * @return the endpoint, with no parent ids yet
     */
    static <T> Endpoint<T> of(RestApi api, ResourceSpec<T> spec) {
        Objects.requireNonNull(api, "'api' cannot be null.");
        Objects.requireNonNull(spec, "'spec' cannot be null.");
        return new Endpoint<>(api.withVersion(spec.version()), spec, List.of());
    }

    /**
     * The declaration.
     *
     * @return the resource's declaration
     */
    public ResourceSpec<T> spec() {
        return spec;
    }

    /**
     * The parent ids bound so far, outermost first.
     *
     * @return the ids (read-only)
     */
    public List<Object> parentIds() {
        return parentIds;
    }

    /**
     * The resource's path with its parent ids filled in.
     *
     * @return e.g. {@code /catalog/products/77/variants}
     * @throws IllegalStateException when parent ids are missing (a standalone sub-resource)
     */
    public String path() {
        return fill(spec.path(), parentIds);
    }

    /** This itself, so that {@code Endpoint.of(api, SPEC)::itself} makes any resource type. */
    Endpoint<T> itself() {
        return this;
    }

    /** This resource under one more parent id. */
    Endpoint<T> bind(Object parentId) {
        List<Object> ids = new ArrayList<>(parentIds);
        ids.add(checkId(parentId, "parentId"));
        if (ids.size() > spec.parentCount()) {
            throw new IllegalStateException(spec.path() + " takes " + spec.parentCount() + " parent ids.");
        }
        return new Endpoint<>(api, spec, List.copyOf(ids));
    }

    Mono<T> get(Object id, Query query) {
        return single(HttpMethod.GET, itemPath(id), query, null);
    }

    Mono<T> getSelf(Query query) {
        return single(HttpMethod.GET, path(), query, null);
    }

    Mono<Page<T>> page(Query query) {
        return api.page(path(), query, itemType, spec.paging());
    }

    PagedFlux<T> list(Query query) {
        return api.list(path(), query, itemType, spec.paging());
    }

    Mono<T> create(Object body) {
        Objects.requireNonNull(body, "'body' cannot be null.");
        String path = path();
        return Mono.defer(() -> single(HttpMethod.POST, path, Query.empty(),
                checked(HttpMethod.POST, spec.path(), body)));
    }

    Mono<T> update(Object id, Object changes) {
        Objects.requireNonNull(changes, "'changes' cannot be null.");
        String path = itemPath(id);
        return Mono.defer(() -> single(HttpMethod.PUT, path, Query.empty(),
                checked(HttpMethod.PUT, spec.path() + "/{id}", changes)));
    }

    Mono<T> updateSelf(Object changes) {
        String path = path();
        return Mono.defer(() -> single(HttpMethod.PUT, path, Query.empty(),
                checked(HttpMethod.PUT, spec.path(), changes)));
    }

    /** The body as its operation's schema lets it be sent ({@link BodyCheck}). */
    private Object checked(HttpMethod method, String template, Object body) {
        return BodyCheck.apply(api.mapper(), spec.version(), method, template, body);
    }

    Mono<Void> delete(Object id) {
        return api.delete(itemPath(id)).then();
    }

    Mono<Void> deleteAll(Query query) {
        return api.delete(path(), query, null).then();
    }

    Mono<Long> count(Query query) {
        if (spec.paging() == PagingStyle.NONE && spec.version() == ApiVersion.V3) {
            // an unpaged v3 listing takes no limit to ask for one item: its one answer holds every item
            return page(query).map(page -> (long) page.items().size());
        }
        return api.count(path(), query);
    }

    Mono<BatchResult<T>> batch(HttpMethod method, List<?> items) {
        Objects.requireNonNull(items, "'items' cannot be null.");
        ResourceSpec.Batch batch = batchLimits();
        JavaType json = types().constructType(JsonNode.class);
        return Flux.fromIterable(chunks(List.copyOf(items), batch.chunkSize()))
                .flatMapSequential(chunk -> api.afterWarmUp(Mono.defer(() -> api.<JsonNode>exchange(method,
                        batch.path(), Query.empty(), checked(method, batch.path(), chunk), json)), itemType)
                        .map(response -> toResult(response.body(), batch.path())), batch.concurrency(), 1)
                .reduce(BatchResult.<T>empty(), BatchResult::plus);
    }

    Mono<Void> deleteByIds(Collection<?> ids) {
        Objects.requireNonNull(ids, "'ids' cannot be null.");
        List<Object> checked = ids.stream().map(id -> (Object) checkId(id, "ids")).toList();
        int concurrency = spec.batch().map(ResourceSpec.Batch::concurrency).orElse(1);
        return Flux.fromIterable(chunks(checked, MAX_IDS_PER_CALL))
                .flatMap(chunk -> api.delete(path(), Query.in("id", chunk.toArray()), null), concurrency)
                .then();
    }

    private TypeFactory types() {
        return api.mapper().getTypeFactory();
    }

    private ResourceSpec.Batch batchLimits() {
        return spec.batch().orElseThrow(() -> new IllegalStateException(spec.path()
                + " is declared without batch limits."));
    }

    /**
     * The saved items and per-item errors of a batch response: {@code {"data": [...], "errors": ...}}, where
     * {@code errors} is an array or one object; a body without {@code data} is taken as the items themselves.
     */
    private BatchResult<T> toResult(JsonNode body, String path) {
        if (body == null || body.isNull()) {
            return BatchResult.empty();
        }
        boolean enveloped = body.isObject() && (body.has("data") || body.has("errors"));
        JsonNode data = enveloped ? body.path("data") : body;
        List<T> saved = new ArrayList<>();
        for (JsonNode item : data.isArray() ? data : data.isObject() ? List.of(data) : List.<JsonNode>of()) {
            saved.add(decode(item, path));
        }
        List<JsonNode> errors = new ArrayList<>();
        JsonNode reported = enveloped ? body.path("errors") : null;
        if (reported != null && reported.isArray()) {
            reported.forEach(errors::add);
        } else if (reported != null && !reported.isMissingNode() && !reported.isNull()
                && !(reported.isObject() && reported.isEmpty())) {
            errors.add(reported);
        }
        return new BatchResult<>(saved, errors);
    }

    private Mono<T> single(HttpMethod method, String path, Query query, Object body) {
        return api.afterWarmUp(api.<JsonNode>exchange(method, path, query, body,
                types().constructType(JsonNode.class)), itemType)
                .mapNotNull(response -> unwrap(response.body(), path));
    }

    /** The item of a body, as the version wraps it (v3 in {@code data}). */
    private T unwrap(JsonNode body, String path) {
        if (body == null || body.isNull()) {
            return null;
        }
        return decode(spec.version().unwrap(body), path);
    }

    private T decode(JsonNode item, String path) {
        return decode(api, item, itemType, path);
    }

    /**
     * Decodes one item of an answer into its model, as every resource and generated method does.
     *
     * @param api the API whose mapper decodes
     * @param item the item, unwrapped from its envelope
     * @param type the model
     * @param path the request's path, for the error
     * @param <R> the model type
     * @return the item as its model
     * @throws DecodeException when the item does not fit the model
     */
    static <R> R decode(RestApi api, JsonNode item, JavaType type, String path) {
        try {
            return api.mapper().treeToValue(item, type);
        } catch (JacksonException e) {
            throw new DecodeException("The " + type.getRawClass().getSimpleName() + " in the response does not "
                    + "decode: " + e.getOriginalMessage(), path, item.toString(), e);
        }
    }

    private String itemPath(Object id) {
        return path() + "/" + encode(checkId(id, "id"));
    }

    /** A path template with each id checked and filled in, in order. */
    static String expand(String template, Object... ids) {
        List<Object> checked = new ArrayList<>();
        for (Object id : ids) {
            checked.add(checkId(id, "id"));
        }
        if (checked.size() != PathTemplates.placeholders(template).size()) {
            throw new IllegalArgumentException(template + " takes other ids than " + checked + ".");
        }
        return fill(template, checked);
    }

    private static String fill(String template, List<Object> ids) {
        StringBuilder out = new StringBuilder(template.length() + 16);
        int next = 0;
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{') {
                int end = template.indexOf('}', i);
                if (next >= ids.size()) {
                    throw new IllegalStateException(template + " needs " + template.substring(i, end + 1)
                            + ": reach it from its parent, or pass the parent id first.");
                }
                out.append(encode(ids.get(next++)));
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String encode(Object id) {
        return UriUtils.encodePathSegment(String.valueOf(id), StandardCharsets.UTF_8);
    }

    private static Object checkId(Object id, String name) {
        Objects.requireNonNull(id, () -> "'" + name + "' cannot be null.");
        if (!(id instanceof Number || id instanceof CharSequence || id instanceof UUID)) {
            throw new IllegalArgumentException("'" + name + "' must be a number or a string, was a "
                    + id.getClass().getSimpleName() + ".");
        }
        String text = id.toString();
        if (text.isBlank()) {
            throw new IllegalArgumentException("'" + name + "' cannot be blank.");
        }
        if (text.equals(".") || text.equals("..") || text.chars().anyMatch(c -> c == '/' || c == '?' || c == '#')) {
            throw new IllegalArgumentException("'" + name + "' cannot be '.' or '..' or contain '/', '?' or '#', was '"
                    + text + "'.");
        }
        return id;
    }

    static <E> List<List<E>> chunks(List<E> items, int size) {
        List<List<E>> chunks = new ArrayList<>();
        for (int from = 0; from < items.size(); from += size) {
            chunks.add(items.subList(from, Math.min(items.size(), from + size)));
        }
        return chunks;
    }

    @Override
    public String toString() {
        return "Endpoint[" + spec.version().segment() + " " + spec.path() + " " + parentIds + "]";
    }
}
