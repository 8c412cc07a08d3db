package io.github.bcreactive.test.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.model.generated.catalog.Product;
import io.github.bcreactive.paging.PagingStyle;
import io.github.bcreactive.query.Query;
import io.github.bcreactive.test.BigCommerceSimulator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

/**
 * 50,000 products through 5xx answers, connection resets and 429 bursts: the typed {@code iterAll} and every paging
 * style of the low-level API yield exactly the catalog, each product once, in order.
 */
class FaultSoakTest {

    private static final int PRODUCTS = 50_000;

    static Stream<Arguments> pagingStyles() {
        return Stream.of(
                Arguments.of("typed iterAll of catalog().products()",
                        (Listing) client -> client.catalog().products().iterAll()
                                .map(Product::id)),
                Arguments.of("v3 page numbers, 4 pages in flight",
                        (Listing) client -> client.v3().getMany("/catalog/products").map(FaultSoakTest::id)),
                Arguments.of("v3 cursor", (Listing) client -> client.v3().<JsonNode>list("/catalog/products",
                        Query.of("after", ""), client.v3().mapper().constructType(JsonNode.class),
                        PagingStyle.CURSOR).map(FaultSoakTest::id)),
                Arguments.of("v2 page after page", (Listing) client -> client.v2().getMany("/products").map(FaultSoakTest::id)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pagingStyles")
    void everyProductComesOutOnceInOrder(String style, Listing listing) {
        try (BigCommerceSimulator simulator = FaultySimulator.start(PRODUCTS)) {
            BigCommerceClient client = FaultySimulator.client(simulator);

            List<Long> ids = listing.ids(client)
                    .collectList()
                    .block(Duration.ofSeconds(50));

            assertThat(ids).hasSize(PRODUCTS);
            assertThat(ids).as("ids 1..50,000 in order").isEqualTo(LongStream.rangeClosed(1, PRODUCTS).boxed()
                    .toList());
            String store = simulator.storeHashes().get(0);
            assertThat(simulator.stats().rateLimited(store)).as("429s served").isPositive();
            assertThat(simulator.stats().requests(store)).as("calls, with retries")
                    .isGreaterThan(PRODUCTS / 250 + simulator.stats().rateLimited(store));
        }
    }

    private static long id(JsonNode product) {
        return product.path("id").asLong();
    }

    /** One way of listing every product, as ids. */
    @FunctionalInterface
    interface Listing {
        Flux<Long> ids(BigCommerceClient client);
    }
}
