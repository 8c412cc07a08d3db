package io.github.bcreactive.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.bcreactive.api.ApiVersion;
import io.github.bcreactive.http.Transport;
import io.github.bcreactive.query.Query;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * The store's GraphQL Admin API at {@code /stores/{hash}/graphql}, through the same pipeline (credentials, rate
 * limit, timeout) as the REST calls. A query is a POST, so it is not retried once it may have reached the server.
 *
 * <pre>{@code
 * client.graphql()
 *         .query("query($id: Int!) { site { product(entityId: $id) { name } } }", Map.of("id", 77))
 *         .map(result -> result.at("/data/site/product/name").asString());
 * }</pre>
 */
public final class GraphQL {

    private final Transport transport;

    /**
     * Creates the API over a store's transport. {@code BigCommerceClient.graphql()} is the usual way to get one.
     *
     * @param transport the store's request pipeline
     */
    public GraphQL(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "'transport' cannot be null.");
    }

    /**
     * Runs a query with no variables.
     *
     * @param query the GraphQL document
     * @return the whole response ({@code data}, and {@code extensions} if any)
     */
    public Mono<JsonNode> query(String query) {
        return query(query, Map.of());
    }

    /**
     * Runs a query.
     *
     * @param query the GraphQL document
     * @param variables the variables, written as JSON
     * @return the whole response ({@code data}, and {@code extensions} if any); a {@link GraphQLException} when the
     *     response carried {@code errors}
     */
    public Mono<JsonNode> query(String query, Map<String, ?> variables) {
        Objects.requireNonNull(query, "'query' cannot be null.");
        Objects.requireNonNull(variables, "'variables' cannot be null.");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return Mono.defer(() -> transport.send(HttpMethod.POST, ApiVersion.V3,
                        transport.endpoint().graphqlUrl(), Query.empty(), body))
                .mapNotNull(raw -> transport.<JsonNode>decode(raw, transport.mapper().constructType(JsonNode.class)))
                .flatMap(GraphQL::failOnErrors);
    }

    private static Mono<JsonNode> failOnErrors(JsonNode response) {
        JsonNode errors = response.path("errors");
        if (errors.isArray() && !errors.isEmpty()) {
            List<JsonNode> list = new ArrayList<>();
            errors.forEach(list::add);
            return Mono.error(new GraphQLException(list, response.path("data")));
        }
        return Mono.just(response);
    }
}
