package io.github.bcreactive.graphql;

import java.util.OptionalInt;

import tools.jackson.databind.JsonNode;

/**
 * A GraphQL result: its {@code data} decoded to the type the caller named, and what the query cost.
 *
 * <pre>{@code
 * client.graphql().execute(QUERY, Map.of("id", 77), ProductQuery.class)
 *         .doOnNext(r -> log.info("cost {}", r.complexity().orElse(-1)))
 *         .map(GraphQLResponse::data);
 * }</pre>
 *
 * @param data the {@code data} part, decoded; {@code null} when the response had none
 * @param complexity the complexity score the server computed ({@code X-Bc-Graphql-Complexity}); empty when the
 *     header was absent or not a non-negative integer
 * @param extensions the {@code extensions} part; a missing node when there was none
 * @param <T> the data type
 */
public record GraphQLResponse<T>(T data, OptionalInt complexity, JsonNode extensions) {
}
