package io.github.bcreactive.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.model.Order;
import io.github.bcreactive.model.generated.catalog.Product;
import io.github.bcreactive.model.generated.customers.Customer;
import io.github.bcreactive.paging.Page;
import io.github.bcreactive.paging.PagedFlux;
import io.github.bcreactive.paging.PagingStyle;
import org.junit.jupiter.api.Test;

/**
 * A typed listing interrupted after page N and resumed from page N's continuation token yields exactly the items
 * the whole listing has after page N, against the simulator, for each paging style the typed resources declare:
 * v3 page numbers (products), v3 cursors (customers), v2 pages (orders).
 */
@SimulatorSettings(products = 900, customers = 760, orders = 510, quota = 1_000_000)
class ResumeOnSimulatorTest {

    @Test
    void productsResumeAfterPageTwoByPageNumber(BigCommerceClient client) {
        PagedFlux<Product> products = client.catalog().products().iterAll();
        assertThat(products.pagingStyle()).isEqualTo(PagingStyle.PAGE_NUMBER);

        assertResumesExactly(products, 2, Product::id);
    }

    @Test
    void customersResumeAfterPageTwoByCursor(BigCommerceClient client) {
        PagedFlux<Customer> customers = client.customers().iterAll();
        assertThat(customers.pagingStyle()).isEqualTo(PagingStyle.CURSOR);

        assertResumesExactly(customers, 2, Customer::id);
    }

    @Test
    void v2OrdersResumeAfterPageOne(BigCommerceClient client) {
        PagedFlux<Order> orders = client.v2().orders().iterAll();
        assertThat(orders.pagingStyle()).isEqualTo(PagingStyle.V2_PAGES);

        assertResumesExactly(orders, 1, Order::id);
    }

    private static <T> void assertResumesExactly(PagedFlux<T> listing, int interruptedAfter, Function<T, Long> id) {
        List<Long> whole = listing.map(id).collectList().block();
        List<Page<T>> before = listing.byPage().take(interruptedAfter).collectList().block();
        String token = before.get(interruptedAfter - 1).continuationToken();

        List<Long> resumed = listing.byPage(token).concatMapIterable(Page::items).map(id).collectList().block();

        List<Long> joined = new ArrayList<>();
        before.forEach(page -> page.items().forEach(item -> joined.add(id.apply(item))));
        int seenBefore = joined.size();
        joined.addAll(resumed);
        assertThat(seenBefore).isEqualTo(250 * interruptedAfter);
        assertThat(resumed).isNotEmpty().doesNotContainAnyElementsOf(joined.subList(0, seenBefore));
        assertThat(joined).doesNotHaveDuplicates().containsExactlyElementsOf(whole);
    }
}
