package io.github.bcreactive.resource;

import java.util.Objects;

import io.github.bcreactive.api.RestApi;
import io.github.bcreactive.paging.PagedFlux;
import io.github.bcreactive.query.Query;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Runs one declared {@link Operation} with its path ids filled in: what the generated families' named methods call.
 * Ids are checked as every resource checks them; a v3 body is unwrapped from its {@code data} envelope.
 */
final class OperationCalls {

    private OperationCalls() {
    }

    /**
     * Sends the operation and decodes its body as JSON.
     *
     * @param api the store's API, of either version
     * @param operation the declaration
     * @param query the query
     * @param body the request body, or {@code null}
     * @param ids the path ids, in path order
     * @return the body, unwrapped; empty when the response has none
     */
    static Mono<JsonNode> send(RestApi api, Operation operation, Query query, Object body, Object... ids) {
        RestApi versioned = api.withVersion(operation.version());
        String path = Endpoint.expand(operation.path(), ids);
        return versioned.exchange(operation.method(), path, Objects.requireNonNull(query, "'query' cannot be null."),
                body, JsonNode.class).mapNotNull(response -> response.body() == null || response.body().isNull()
                        ? null : operation.version().unwrap(response.body()));
    }

    /**
     * Lists the operation's items across every page, in the paging style the operation declares.
     *
     * @param api the store's API, of either version
     * @param operation the declaration (a {@code GET})
     * @param query the filters
     * @param ids the path ids, in path order
     * @return the items; nothing is fetched until subscription
     */
    static PagedFlux<JsonNode> list(RestApi api, Operation operation, Query query, Object... ids) {
        RestApi versioned = api.withVersion(operation.version());
        return versioned.list(Endpoint.expand(operation.path(), ids), query,
                versioned.mapper().constructType(JsonNode.class), operation.paging());
    }
}
