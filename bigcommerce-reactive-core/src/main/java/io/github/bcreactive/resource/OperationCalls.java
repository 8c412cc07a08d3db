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
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * Runs one declared {@link Operation} with its path ids filled in: what the generated families' named methods call.
 * Ids are checked as every resource checks them; the body is checked against the operation's schema
 * ({@link BodyCheck}) before it is sent; an operation with a stated batch size never carries more; a v3 answer is
 * unwrapped from its {@code data} envelope and decoded into the operation's model.
 */
final class OperationCalls {

    private OperationCalls() {
    }

    /**
     * Sends the operation and decodes its body. An operation with a stated batch size
     * ({@link Operation.Limits#batchSize()}) never carries more: a longer list body (or, for a {@code DELETE}, a
     * longer {@code id:in} filter) is split into chunks of at most that size, sent in order, at most the stated
     * concurrency at once (one at a time when none is stated), and their answers' items are merged in order.
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
        return decoded(api, operation, answer(api, operation, query, body, ids), api.mapper().constructType(type),
                ids);
    }

    /**
     * Sends the operation and decodes its body as a list, chunked as {@link #send} is.
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
        return decoded(api, operation, answer(api, operation, query, body, ids),
                api.mapper().getTypeFactory().constructCollectionType(List.class, item), ids);
    }

    /**
     * Sends the operation as a {@code multipart/form-data} upload: the file in the part the spec names, with its
     * form fields, and decodes the (unwrapped) answer.
     *
     * @param api the store's API, of either version
     * @param operation the declaration (one that takes a multipart form)
     * @param partName the file's part name, as the spec declares it (e.g. {@code image_file})
     * @param file the file and its form fields
     * @param type what the (unwrapped) answer decodes into
     * @param ids the path ids, in path order
     * @param <T> the answer's type
     * @return the answer; empty when the response has no body
     */
    static <T> Mono<T> upload(RestApi api, Operation operation, String partName, FileUpload file, Class<T> type,
            Object... ids) {
        return decoded(api, operation, uploaded(api, operation, partName, file, ids),
                api.mapper().constructType(type), ids);
    }

    /**
     * Sends the operation as a {@code multipart/form-data} upload, as {@link #upload} does, and decodes its answer as
     * a list.
     *
     * @param api the store's API, of either version
     * @param operation the declaration (one that takes a multipart form)
     * @param partName the file's part name, as the spec declares it (e.g. {@code image_file})
     * @param file the file and its form fields
     * @param item what each element of the (unwrapped) answer decodes into
     * @param ids the path ids, in path order
     * @param <T> the element type
     * @return the answer; empty when the response has no body
     */
    static <T> Mono<List<T>> uploadList(RestApi api, Operation operation, String partName, FileUpload file,
            Class<T> item, Object... ids) {
        return decoded(api, operation, uploaded(api, operation, partName, file, ids),
                api.mapper().getTypeFactory().constructCollectionType(List.class, item), ids);
    }

    /** The upload's unwrapped answer as JSON. */
    private static Mono<JsonNode> uploaded(RestApi api, Operation operation, String partName, FileUpload file,
            Object... ids) {
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
     * @param item what each item decodes into
     * @param ids the path ids, in path order
     * @param <T> the item type
     * @return the items; nothing is fetched until subscription
     */
    static <T> PagedFlux<T> list(RestApi api, Operation operation, Query query, Class<T> item, Object... ids) {
        RestApi versioned = api.withVersion(operation.version());
        return versioned.list(Endpoint.expand(operation.path(), ids), query, versioned.mapper().constructType(item),
                operation.paging());
    }

    /** The unwrapped answer as JSON, in chunks of the stated batch size when the body or filter is longer. */
    private static Mono<JsonNode> answer(RestApi api, Operation operation, Query query, Object body, Object... ids) {
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

    /** One request; the body is checked when the call is subscribed, so a refused body sends nothing. */
    private static Mono<JsonNode> once(RestApi api, Operation operation, Query query, Object body, Object... ids) {
        RestApi versioned = api.withVersion(operation.version());
        String path = Endpoint.expand(operation.path(), ids);
        return Mono.defer(() -> versioned.exchange(operation.method(), path, query,
                        BodyCheck.apply(versioned.mapper(), operation.version(), operation.method(), operation.path(),
                                body), JsonNode.class))
                .mapNotNull(response -> response.body() == null || response.body().isNull()
                        ? null : operation.version().unwrap(response.body()));
    }

    private static <T> Mono<T> decoded(RestApi api, Operation operation, Mono<JsonNode> answer, JavaType type,
            Object[] ids) {
        String path = Endpoint.expand(operation.path(), ids);
        return api.afterWarmUp(answer.map(item -> Endpoint.<T>decode(api, item, type, path)), type);
    }
}
