package io.github.bcreactive.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.IntStream;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.model.Order;
import io.github.bcreactive.model.generated.catalog.Product;
import io.github.bcreactive.model.generated.catalog.ProductVariantFull;
import io.github.bcreactive.model.generated.customers.Customer;
import io.github.bcreactive.query.Query;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

/**
 * The typed resources' {@code iterAll} against the simulator, for each paging style: v3 page numbers (products),
 * v3 cursors (customers, whose pages carry {@code meta.cursor_pagination}), v2 pages (orders), and on
 * sub-resources (a product's variants, v3; an order's shipments, v2), each over more than one page of 250.
 */
@SimulatorSettings(products = 600, customers = 520, orders = 260, quota = 1_000_000)
class ResourcePagingOnSimulatorTest {

    @Test
    void v3PageNumbers(BigCommerceClient client) {
        assertThat(client.catalog().products().iterAll().map(Product::id).collectList().block())
                .hasSize(600).doesNotHaveDuplicates();
        assertThat(client.catalog().products().count().block()).isEqualTo(600);
    }

    @Test
    void v3Cursors(BigCommerceClient client, BigCommerceSimulator sim) {
        assertThat(client.customers().iterAll().map(Customer::id).collectList().block())
                .hasSize(520).doesNotHaveDuplicates();
        assertThat(sim.stats().requests(sim.storeHashes().get(0), "GET", "/v3/customers")).isEqualTo(3);
        var pages = client.customers().iterAll().byPage().collectList().block();
        assertThat(pages).hasSize(3);
        assertThat(pages.get(0).pagination().nextCursor()).isPresent();
        assertThat(pages.get(2).pagination().nextCursor()).isEmpty();
    }

    @Test
    void v2Pages(BigCommerceClient client) {
        assertThat(client.v2().orders().iterAll().map(Order::id).collectList().block())
                .hasSize(260).doesNotHaveDuplicates();
        assertThat(client.orders().iterAll(Query.of("limit", 50)).collectList().block()).hasSize(50);
    }

    @Test
    void v3SubResourcePagesFromTheParentAndStandalone(BigCommerceClient client) {
        long productId = 7;
        long before = client.catalog().variants().iterAll(productId).count().block();
        Flux.range(0, 300).flatMap(i -> client.catalog().variants(productId)
                .create(Map.of("sku", "SIM-VARIANT-" + i)), 8).blockLast();

        assertThat(client.catalog().variants(productId).iterAll().map(ProductVariantFull::id).collectList().block())
                .hasSize((int) before + 300).doesNotHaveDuplicates();
        assertThat(client.catalog().variants().iterAll(productId).count().block()).isEqualTo(before + 300);
    }

    @Test
    void v2SubResourcePages(BigCommerceClient client) {
        long orderId = client.v2().orders().all().block().items().get(0).id();
        long before = client.v2().orderShipments().count(orderId).block();
        Flux.fromStream(IntStream.range(0, 260).boxed()).flatMap(i -> client.v2().orderShipments().create(orderId,
                Map.of("order_address_id", 1, "items", java.util.List.of(), "tracking_number", "T" + i)), 8)
                .blockLast();

        assertThat(client.v2().orders().shipments(orderId).iterAll().collectList().block())
                .hasSize((int) before + 260);
    }
}
