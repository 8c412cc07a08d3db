package io.github.bcreactive.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.error.DecodeException;
import io.github.bcreactive.support.MockApi;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Complexity surfaced, typed variables and results, and connections paged within the complexity ceiling. */
class GraphQLComplexityTest {

    private static final String PRODUCTS = "query($first: Int, $after: String) { site { products(first: $first, "
            + "after: $after) { pageInfo { hasNextPage endCursor } edges { node { entityId name } } } } }";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    final MockApi api = MockApi.perTest();
    private BigCommerceClient client;

    @BeforeEach
    void connect() {
        client = api.client();
    }

    /** The variables of a query. */
    record ProductVariables(int id) {
    }

    /** The data of a query. */
    record ProductData(Site site) {
        record Site(Product product) {
        }

        record Product(String name) {
        }
    }

    /** A connection node. */
    record Node(long entityId, String name) {
    }

    @Test
    void everyResultCarriesTheReportedComplexityAndDecodesToTheNamedType() {
        api.server().enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .setHeader("X-Bc-Graphql-Complexity", "5241")
                .body("{\"data\":{\"site\":{\"product\":{\"name\":\"Mug\"}}},\"extensions\":{\"x\":1}}").build());

        StepVerifier.create(client.graphql().execute("query($id: Int!) { site { product(entityId: $id) { name } } }",
                        new ProductVariables(77), ProductData.class))
                .assertNext(result -> {
                    assertThat(result.data().site().product().name()).isEqualTo("Mug");
                    assertThat(result.complexity()).hasValue(5241);
                    assertThat(result.extensions().path("x").asInt()).isEqualTo(1);
                })
                .verifyComplete();
        assertThat(api.takeRequest().getBody().utf8()).contains("\"variables\":{\"id\":77}");
    }

    @Test
    void anUntrustedComplexityHeaderCountsAsAbsent() {
        assertThat(GraphQL.parseComplexity("12")).hasValue(12);
        assertThat(GraphQL.parseComplexity(" 7 ")).hasValue(7);
        assertThat(GraphQL.parseComplexity("-1")).isEmpty();
        assertThat(GraphQL.parseComplexity("lots")).isEmpty();
        assertThat(GraphQL.parseComplexity("99999999999")).isEmpty();
        assertThat(GraphQL.parseComplexity(null)).isEmpty();
    }

    @Test
    void dataThatDoesNotFitTheTypeIsADecodeException() {
        api.enqueue(200, "{\"data\":{\"site\":{\"product\":{\"name\":{\"not\":\"text\"}}}}}");

        StepVerifier.create(client.graphql().execute("{ site { product(entityId: 1) { name } } }", Map.of(),
                        ProductData.class))
                .expectError(DecodeException.class)
                .verify();
    }

    @Test
    void variablesMustBeAJsonObject() {
        assertThatThrownBy(() -> client.graphql().execute("{ a }", List.of(1), JsonNode.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("map or a record");
    }

    @Test
    void aConnectionPagesByCursorSizingPagesToStayUnderTheCeiling() {
        List<JsonNode> sent = new CopyOnWriteArrayList<>();
        api.dispatch(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                JsonNode variables = JSON.readTree(request.getBody().utf8()).path("variables");
                sent.add(variables);
                int first = variables.path("first").asInt();
                int start = variables.path("after").isNull() ? 0 : Integer.parseInt(variables.path("after").asString());
                return page(start, first, 100, 250);
            }
        });

        StepVerifier.create(client.graphql().connection(PRODUCTS, Map.of("first", 50), "site.products", Node.class))
                .expectNextCount(100)
                .verifyComplete();

        // probe 10 (cost 2,500: 250 per item), then the most within 80 % of 10,000: 32 (8,000), capped by first 50
        assertThat(sent).extracting(v -> v.path("first").asInt()).containsExactly(10, 32, 32, 32);
        assertThat(sent).extracting(v -> v.path("after").isNull() ? "-" : v.path("after").asString())
                .containsExactly("-", "10", "42", "74");
    }

    @Test
    void takingFewerItemsStopsTheRequestsAndTheLearntCostSizesTheNextTraversal() {
        api.dispatch(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                JsonNode variables = JSON.readTree(request.getBody().utf8()).path("variables");
                int first = variables.path("first").asInt();
                int start = variables.path("after").isNull() ? 0 : Integer.parseInt(variables.path("after").asString());
                return page(start, first, 1_000, 100);
            }
        });
        GraphQL graphql = client.graphql();

        StepVerifier.create(graphql.connection(PRODUCTS, Map.of("first", 50), "site.products", Node.class).take(15))
                .expectNextCount(15)
                .verifyComplete();
        assertThat(api.server().getRequestCount()).isEqualTo(2);

        StepVerifier.create(graphql.connection(PRODUCTS, Map.of("first", 50), "site.products", Node.class)
                        .byPage().take(1))
                .assertNext(page -> assertThat(page.items()).hasSize(50))
                .verifyComplete();
    }

    @Test
    void aBudgetMakesAQueryWaitForRoomInTheWindowBeforeItIsSent() {
        StepVerifier.withVirtualTime(() -> {
                    ComplexityBudget budget = new ComplexityBudget(1_000, Duration.ofSeconds(30));
                    return budget.reserve(600).then(budget.reserve(300)).then(budget.reserve(600))
                            .then(reactor.core.publisher.Mono.fromRunnable(() -> budget.correct(600, 100)))
                            .then(budget.reserve(800))
                            .thenReturn("sent");
                })
                .expectSubscription()
                .expectNoEvent(Duration.ofSeconds(30).minusMillis(1))
                .thenAwait(Duration.ofMillis(1))
                .expectNext("sent")
                .verifyComplete();
    }

    @Test
    void withoutABudgetNothingWaits() {
        StepVerifier.withVirtualTime(() -> new ComplexityBudget(0, Duration.ofSeconds(30)).reserve(1_000_000)
                        .thenReturn("sent"))
                .expectNext("sent")
                .verifyComplete();
    }

    private static MockResponse page(int start, int first, int total, int costPerItem) {
        StringBuilder edges = new StringBuilder();
        int end = Math.min(total, start + first);
        for (int id = start + 1; id <= end; id++) {
            edges.append(edges.length() == 0 ? "" : ",").append("{\"node\":{\"entityId\":").append(id)
                    .append(",\"name\":\"P").append(id).append("\"}}");
        }
        boolean more = end < total;
        String body = "{\"data\":{\"site\":{\"products\":{\"pageInfo\":{\"hasNextPage\":" + more
                + ",\"endCursor\":\"" + end + "\"},\"edges\":[" + edges + "]}}}}";
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .setHeader("X-Bc-Graphql-Complexity", Integer.toString(first * costPerItem)).body(body).build();
    }
}
