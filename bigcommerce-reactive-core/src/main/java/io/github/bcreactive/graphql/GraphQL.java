package io.github.bcreactive.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bcreactive.api.ApiVersion;
import io.github.bcreactive.http.RawResponse;
import io.github.bcreactive.http.Transport;
import io.github.bcreactive.paging.PagedFlux;
import io.github.bcreactive.query.Query;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The store's GraphQL Admin API at {@code /stores/{hash}/graphql}, through the same pipeline (credentials, rate
 * limit, timeout) as the REST calls. A query is a POST, so it is not retried once it may have reached the server.
 *
 * <p>Every result carries the complexity the server reported ({@code X-Bc-Graphql-Complexity}). The client predicts
 * a query's cost from what the same document cost last time and keeps within {@link GraphQLOptions}: connections
 * page with a {@code first} that keeps each page under the documented per-query ceiling, and an optional budget
 * makes queries wait, before they are sent, for room in the window. Variables go in as a map or a record; results
 * decode to the type the caller names.
 *
 * <pre>{@code
 * record ProductName(Site site) { record Site(Product product) {} record Product(String name) {} }
 *
 * client.graphql()
 *         .execute("query($id: Int!) { site { product(entityId: $id) { name } } }", Map.of("id", 77), ProductName.class)
 *         .map(result -> result.data().site().product().name());
 * }</pre>
 *
 * <p>Instances are thread-safe; keep one per store to share its predictions and budget.
 */
public final class GraphQL {

    /** The response header with the query's complexity score. */
    public static final String COMPLEXITY_HEADER = "X-Bc-Graphql-Complexity";

    private static final int MAX_PREDICTIONS = 1_000;

    private final Transport transport;
    private final GraphQLOptions options;
    private final ComplexityBudget budget;
    private final Map<String, Integer> lastCost = new ConcurrentHashMap<>();
    private final Map<String, Double> itemCost = new ConcurrentHashMap<>();

    /**
     * Creates the API over a store's transport with the default options; package-private, so
     * {@code BigCommerceClient.graphql()} is the way to get one ({@link #withOptions} for other options).
     *
     * @param transport the store's request pipeline
     */
    GraphQL(Transport transport) {
        this(transport, GraphQLOptions.defaults());
    }

    /**
     * Creates the API over a store's transport.
     *
     * @param transport the store's request pipeline
     * @param options the complexity limits
     */
    private GraphQL(Transport transport, GraphQLOptions options) {
        this.transport = Objects.requireNonNull(transport, "'transport' cannot be null.");
        this.options = Objects.requireNonNull(options, "'options' cannot be null.");
        this.budget = new ComplexityBudget(options.budget(), options.window());
    }

    /**
     * This API with other options, and a budget and predictions of its own.
     *
     * @param options the complexity limits
     * @return a new API over the same transport
     */
    public GraphQL withOptions(GraphQLOptions options) {
        return new GraphQL(transport, options);
    }

    /**
     * The options in force.
     *
     * @return the options
     */
    public GraphQLOptions options() {
        return options;
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
     * Runs a query and returns the whole response.
     *
     * @param query the GraphQL document
     * @param variables the variables, written as JSON
     * @return the whole response ({@code data}, and {@code extensions} if any); a {@link GraphQLException} when the
     *     response carried {@code errors}
     */
    public Mono<JsonNode> query(String query, Map<String, ?> variables) {
        return send(query, variables(variables), 0, JsonNode.class).map(Sent::body);
    }

    /**
     * Runs a query and decodes its {@code data}.
     *
     * @param query the GraphQL document
     * @param variables the variables: a {@code Map} or a record (or any object Jackson writes as a JSON object)
     * @param dataType the type {@code data} decodes to; {@code JsonNode.class} for the tree
     * @param <T> the data type
     * @return the result with its complexity; a {@link GraphQLException} when the response carried {@code errors};
     *     a {@code DecodeException} when {@code data} does not fit {@code dataType}
     * @throws IllegalArgumentException when the variables are not a JSON object
     */
    public <T> Mono<GraphQLResponse<T>> execute(String query, Object variables, Class<T> dataType) {
        Objects.requireNonNull(dataType, "'dataType' cannot be null.");
        ObjectNode vars = variables(variables);
        return send(query, vars, 0, dataType).map(sent -> new GraphQLResponse<>(decode(sent, sent.body().path("data"),
                dataType), sent.complexity(), sent.body().path("extensions")));
    }

    /**
     * Pages through a connection ({@code edges { node }} and {@code pageInfo { hasNextPage endCursor }}) as a
     * {@link PagedFlux}. The query declares {@code $after: String} and passes it to the connection; when it also
     * declares {@code $first: Int}, the client sets it per page: {@code variables.first} (default 50) at most, fewer
     * when the cost of a page would pass the target share of {@link GraphQLOptions#maxComplexity()}, and
     * {@link GraphQLOptions#probePageSize()} on the first page while the cost is unknown. Pages are fetched one at a
     * time as the subscriber asks for items; cancelling stops the requests.
     *
     * <pre>{@code
     * String query = "query($first: Int, $after: String) { site { products(first: $first, after: $after) {"
     *         + " pageInfo { hasNextPage endCursor } edges { node { entityId name } } } } }";
     * client.graphql().connection(query, Map.of("first", 50), "site.products", ProductNode.class)
     *         .take(120)
     *         .subscribe(node -> log.info("{}", node.name()));
     * }</pre>
     *
     * @param query the GraphQL document, with an {@code $after} variable
     * @param variables the other variables, a map or a record
     * @param connectionPath where the connection sits under {@code data}, dot-separated (e.g. {@code site.products})
     * @param nodeType the type each {@code node} decodes to
     * @param <T> the node type
     * @return the nodes, across every page
     */
    public <T> PagedFlux<T> connection(String query, Object variables, String connectionPath, Class<T> nodeType) {
        Objects.requireNonNull(query, "'query' cannot be null.");
        Objects.requireNonNull(connectionPath, "'connectionPath' cannot be null.");
        Objects.requireNonNull(nodeType, "'nodeType' cannot be null.");
        ObjectNode vars = variables(variables);
        return new ConnectionPager<>(this, query, vars, connectionPath.split("\\."), nodeType).pages();
    }

    /** A sent query's response and complexity. */
    record Sent(JsonNode body, OptionalInt complexity) {
    }

    /**
     * Sends one query: waits for budget room for its predicted cost, posts it, learns its reported cost.
     *
     * @param scale the factor of the cost last reported for this document to predict this one's (its page size
     *     over the last one's), or 0 to take the last cost as it is
     * @param dataType the type the response's data will decode to, warmed before the query is sent
     */
    Mono<Sent> send(String query, ObjectNode variables, double scale, Class<?> dataType) {
        Objects.requireNonNull(query, "'query' cannot be null.");
        return Mono.defer(() -> {
            Integer last = lastCost.get(query);
            int predicted = last == null ? 0 : (int) Math.ceil(scale > 0 ? last * scale : last);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("query", query);
            body.put("variables", variables);
            return budget.reserve(predicted)
                    .then(Mono.defer(() -> transport.afterWarmUp(transport.send(HttpMethod.POST, ApiVersion.V3,
                            transport.endpoint().graphqlUrl(), Query.empty(), body),
                            transport.mapper().constructType(dataType))))
                    // a query the server refused (401, 5xx, no answer) spent nothing of the budget
                    .doOnError(failure -> budget.correct(predicted, 0))
                    .map(response -> learn(query, predicted, response))
                    .flatMap(GraphQL::failOnErrors);
        });
    }

    /** The cost per item last learnt for a connection document; NaN when unknown. */
    double itemCost(String query) {
        return itemCost.getOrDefault(query, Double.NaN);
    }

    void rememberItemCost(String query, double perItem) {
        if (itemCost.size() >= MAX_PREDICTIONS && !itemCost.containsKey(query)) {
            itemCost.clear();
        }
        itemCost.put(query, perItem);
    }

    private Sent learn(String query, int predicted, RawResponse response) {
        OptionalInt complexity = parseComplexity(response.headers().getFirst(COMPLEXITY_HEADER));
        budget.correct(predicted, complexity.orElse(predicted));
        if (complexity.isPresent()) {
            if (lastCost.size() >= MAX_PREDICTIONS && !lastCost.containsKey(query)) {
                lastCost.clear();
            }
            lastCost.put(query, complexity.getAsInt());
        }
        JsonNode decoded = transport.decode(response, transport.mapper().constructType(JsonNode.class));
        JsonNode body = decoded == null ? transport.mapper().createObjectNode() : decoded;
        return new Sent(body, complexity);
    }

    /** The header is untrusted: anything but a non-negative integer counts as absent. */
    static OptionalInt parseComplexity(String header) {
        if (header == null) {
            return OptionalInt.empty();
        }
        try {
            int value = Integer.parseInt(header.trim());
            return value < 0 ? OptionalInt.empty() : OptionalInt.of(value);
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    <T> T decode(Sent sent, JsonNode node, Class<T> type) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        try {
            return transport.mapper().treeToValue(node, type);
        } catch (JacksonException e) {
            throw new io.github.bcreactive.error.DecodeException("GraphQL data does not fit "
                    + type.getSimpleName() + ": " + e.getOriginalMessage(), transport.endpoint().graphqlUrl(),
                    excerpt(node), e);
        }
    }

    private static String excerpt(JsonNode node) {
        String text = node.toString();
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    private ObjectNode variables(Object variables) {
        Objects.requireNonNull(variables, "'variables' cannot be null.");
        JsonNode tree;
        try {
            tree = transport.mapper().valueToTree(variables);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("'variables' cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
        if (!(tree instanceof ObjectNode object)) {
            throw new IllegalArgumentException("'variables' must be a map or a record (a JSON object).");
        }
        return object;
    }

    private static Mono<Sent> failOnErrors(Sent sent) {
        JsonNode errors = sent.body().path("errors");
        if (errors.isArray() && !errors.isEmpty()) {
            List<JsonNode> list = new ArrayList<>();
            errors.forEach(list::add);
            return Mono.error(new GraphQLException(list, sent.body().path("data")));
        }
        return Mono.just(sent);
    }
}
