package io.github.bcreactive.resource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import io.github.bcreactive.api.RestApi;
import io.github.bcreactive.http.FileUpload;
import io.github.bcreactive.paging.PagedFlux;
import io.github.bcreactive.query.Query;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * Runs one declared {@link Operation} with its path ids filled in: what the generated families' named methods call.
 * Ids are checked as every resource checks them; a v3 body is unwrapped from its {@code data} envelope.
 */
final class OperationCalls {

    private OperationCalls() {
    }

    /**
     * Sends the operation and decodes its body as JSON. An operation with a stated batch size
     * ({@link Operation.Limits#batchSize()}) never carries more: a longer list body (or, for a {@code DELETE}, a
     * longer {@code id:in} filter) is split into chunks of at most that size, sent in order, at most the stated
     * concurrency at once (one at a time when none is stated), and their answers' items are merged in order.
     *
     * @param api the store's API, of either version
     * @param operation the declaration
     * @param query the query
     * @param body the request body, or {@code null}
     * @param ids the path ids, in path order
     * @return the body, unwrapped; empty when the response has none; a chunked call's items in one array
     */
    static Mono<JsonNode> send(RestApi api, Operation operation, Query query, Object body, Object... ids) {
        Objects.requireNonNull(query, "'query' cannot be null.");
        int size = operation.limits().batchSize();
        List<?> items = body instanceof Collection<?> collection ? new ArrayList<>(collection) : null;
        Object idIn = query.get("id:in").orElse(null);
        if (size > 0 && items != null && items.size() > size) {
            return merged(api, operation, Endpoint.chunks(items, size).stream()
                    .map(chunk -> once(api, operation, query, chunk, ids)).toList());
        }
        if (size > 0 && operation.method().equals(HttpMethod.DELETE) && idIn instanceof Object[] values
                && values.length > size) {
            return merged(api, operation, Endpoint.chunks(Arrays.asList(values), size).stream()
                    .map(chunk -> once(api, operation, query.without("id:in").toBuilder()
                            .in("id", chunk.toArray()).build(), body, ids)).toList());
        }
        return once(api, operation, query, body, ids);
    }

    /** The chunks' calls, in order, at most the stated concurrency at once; their items in one array. */
    private static Mono<JsonNode> merged(RestApi api, Operation operation, List<Mono<JsonNode>> calls) {
        int concurrency = Math.max(1, operation.limits().concurrency());
        return Flux.fromIterable(calls)
                .flatMapSequential(call -> call.map(List::of).defaultIfEmpty(List.of()), concurrency, 1)
                .collectList()
                .mapNotNull(answers -> {
                    ArrayNode all = api.mapper().createArrayNode();
                    answers.forEach(answer -> answer.forEach(node -> {
                        if (node.isArray()) {
                            node.forEach(all::add);
                        } else {
                            all.add(node);
                        }
                    }));
                    return answers.stream().allMatch(List::isEmpty) ? null : all;
                });
    }

    private static Mono<JsonNode> once(RestApi api, Operation operation, Query query, Object body, Object... ids) {
        RestApi versioned = api.withVersion(operation.version());
        String path = Endpoint.expand(operation.path(), ids);
        return versioned.exchange(operation.method(), path, query, body, JsonNode.class)
                .mapNotNull(response -> response.body() == null || response.body().isNull()
                        ? null : operation.version().unwrap(response.body()));
    }

    /**
     * Sends the operation as a {@code multipart/form-data} upload: the file in the part the spec names, with its
     * form fields, and decodes the answer as JSON.
     *
     * @param api the store's API, of either version
     * @param operation the declaration (one that takes a multipart form)
     * @param partName the file's part name, as the spec declares it (e.g. {@code image_file})
     * @param file the file and its form fields
     * @param ids the path ids, in path order
     * @return the body, unwrapped; empty when the response has none
     */
    static Mono<JsonNode> upload(RestApi api, Operation operation, String partName, FileUpload file, Object... ids) {
        Objects.requireNonNull(file, "'file' cannot be null.");
        return api.withVersion(operation.version())
                .upload(operation.method(), Endpoint.expand(operation.path(), ids), partName, file)
                .mapNotNull(body -> body.isNull() ? null : operation.version().unwrap(body));
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
