package io.github.bcreactive.resource;

import java.util.List;
import java.util.Objects;

import io.github.bcreactive.api.RestApi;
import io.github.bcreactive.error.DecodeException;
import io.github.bcreactive.paging.PagedFlux;
import io.github.bcreactive.query.Query;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;

/**
 * Runs one declared {@link Operation} with its path ids filled in: what the generated families' named methods call.
 * Ids are checked as every resource checks them; the body is checked against the operation's schema
 * ({@link BodyCheck}) before it is sent; a v3 answer is unwrapped from its {@code data} envelope and decoded into
 * the operation's model.
 */
final class OperationCalls {

    private OperationCalls() {
    }

    /**
     * Sends the operation and decodes its body.
     *
     * @param api the store's API, of either version
     * @param operation the declaration
     * @param query the query
     * @param body the request body, or {@code null}
     * @param type what the (unwrapped) answer decodes into
     * @param ids the path ids, in path order
     * @param <T> the answer's type
     * @return the answer; empty when the response has no body
     */
    static <T> Mono<T> send(RestApi api, Operation operation, Query query, Object body, Class<T> type,
            Object... ids) {
        return exchange(api, operation, query, body, ids, api.transport().mapper().constructType(type));
    }

    /**
     * Sends the operation and decodes its body as a list.
     *
     * @param api the store's API, of either version
     * @param operation the declaration
     * @param query the query
     * @param body the request body, or {@code null}
     * @param item what each element of the (unwrapped) answer decodes into
     * @param ids the path ids, in path order
     * @param <T> the element type
     * @return the answer; empty when the response has no body
     */
    static <T> Mono<List<T>> sendList(RestApi api, Operation operation, Query query, Object body, Class<T> item,
            Object... ids) {
        return exchange(api, operation, query, body, ids,
                api.transport().mapper().getTypeFactory().constructCollectionType(List.class, item));
    }

    private static <T> Mono<T> exchange(RestApi api, Operation operation, Query query, Object body, Object[] ids,
            JavaType type) {
        RestApi versioned = api.withVersion(operation.version());
        String path = Endpoint.expand(operation.path(), ids);
        Objects.requireNonNull(query, "'query' cannot be null.");
        return Mono.defer(() -> versioned.<JsonNode>exchange(operation.method(), path, query,
                BodyCheck.apply(versioned.transport().mapper(), operation.version(), operation.method(),
                        operation.path(), body), versioned.transport().mapper().constructType(JsonNode.class)))
                .mapNotNull(response -> response.body() == null || response.body().isNull() ? null
                        : decode(versioned, operation.version().unwrap(response.body()), type, path));
    }

    private static <T> T decode(RestApi api, JsonNode item, JavaType type, String path) {
        try {
            return api.transport().mapper().treeToValue(item, type);
        } catch (JacksonException e) {
            throw new DecodeException("The " + type.getRawClass().getSimpleName() + " in the response does not "
                    + "decode: " + e.getOriginalMessage(), path, item.toString(), e);
        }
    }

    /**
     * Lists the operation's items across every page, in the paging style the operation declares.
     *
     * @param api the store's API, of either version
     * @param operation the declaration (a {@code GET})
     * @param query the filters
     * @param item what each item decodes into
     * @param ids the path ids, in path order
     * @param <T> the item type
     * @return the items; nothing is fetched until subscription
     */
    static <T> PagedFlux<T> list(RestApi api, Operation operation, Query query, Class<T> item, Object... ids) {
        RestApi versioned = api.withVersion(operation.version());
        return versioned.list(Endpoint.expand(operation.path(), ids), query,
                versioned.transport().mapper().constructType(item), operation.paging());
    }
}
