package io.github.bcreactive.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.graphql.GraphQL;
import io.github.bcreactive.graphql.GraphQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

/**
 * End to end on the simulator's GraphQL endpoint: the complexity header surfaced, connection paging with
 * {@code take(n)} cancelling further requests, pages sized to stay under the documented ceiling, and errors.
 */
class GraphQLSimulatorTest {

    private static final String PRODUCTS = "query Products($first: Int, $after: String) { site {"
            + " products(first: $first, after: $after) { pageInfo { hasNextPage endCursor }"
            + " edges { node { entityId name sku } } } } }";

    private static BigCommerceSimulator sim;
    private BigCommerceClient client;

    /** A product node. */
    record Product(long entityId, String name, String sku) {
    }

    /** The data of a single-product query. */
    record One(Site site) {
        record Site(Product product) {
        }
    }

    @BeforeAll
    static void start() {
        sim = BigCommerceSimulator.builder().products(120).quota(100_000, Duration.ofSeconds(30)).build().start();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @BeforeEach
    void connect() {
        client = sim.clientBuilder().build();
        sim.stats().reset();
    }

    @Test
    void aQueryDecodesToItsTypeWithTheReportedComplexity() {
        StepVerifier.create(client.graphql().execute("query($id: Int!) { site { product(entityId: $id) {"
                        + " entityId name } } }", Map.of("id", 7), One.class))
                .assertNext(result -> {
                    assertThat(result.data().site().product().entityId()).isEqualTo(7);
                    assertThat(result.data().site().product().name()).isNotBlank();
                    assertThat(result.complexity()).hasValue(1 + 1 + 2);
                })
                .verifyComplete();
    }

    @Test
    void aConnectionPagesEveryProductInOrder() {
        StepVerifier.create(client.graphql().connection(PRODUCTS, Map.of("first", 50), "site.products",
                        Product.class).map(Product::entityId).collectList())
                .assertNext(ids -> assertThat(ids).hasSize(120).isSorted().doesNotHaveDuplicates())
                .verifyComplete();
    }

    @Test
    void takingAFewItemsCancelsTheFollowingPages() {
        StepVerifier.create(client.graphql().connection(PRODUCTS, Map.of("first", 10), "site.products",
                        Product.class).take(15))
                .expectNextCount(15)
                .verifyComplete();

        assertThat(sim.stats().requests(sim.storeHashes().get(0), "POST", "/graphql")).isEqualTo(2);
    }

    @Test
    void pagesAreSizedAheadOfTheComplexityCeilingThatAFixedSizeWouldPass() {
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < 210; i++) {
            fields.append(" f").append(i).append(": name");
        }
        String wide = "query($first: Int, $after: String) { site { products(first: $first, after: $after) {"
                + " pageInfo { hasNextPage endCursor } edges { node { entityId" + fields + " } } } } }";

        StepVerifier.create(client.graphql().execute(wide, Map.of("first", 50), JsonNode.class))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(GraphQLException.class)
                        .hasMessageContaining("exceeds the maximum 10000"))
                .verify();

        GraphQL graphql = sim.clientBuilder().build().graphql();
        StepVerifier.create(graphql.connection(wide, Map.of("first", 50), "site.products", JsonNode.class).byPage()
                        .map(page -> page.items().size()).collectList())
                .assertNext(sizes -> {
                    // a probe of 10 (2,124 points, about 212 a product), then 37 a page (7,848 points, under 8,000)
                    assertThat(sizes).containsExactly(10, 37, 37, 36);
                })
                .verifyComplete();
    }

    @Test
    void badQueriesAreGraphQLErrors() {
        for (String query : List.of("{ site { products { edges { node { nme } } } } }", "{ site { ", "{ shop { id } }",
                "mutation { deleteProduct }", "{ site { products(first: 500) { edges { cursor } } } }")) {
            StepVerifier.create(client.graphql().query(query))
                    .expectError(GraphQLException.class)
                    .verify();
        }
    }
}
