package io.github.bcreactive.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.model.OrderStatus;
import io.github.bcreactive.paging.Page;
import io.github.bcreactive.paging.PagedFlux;
import io.github.bcreactive.paging.PagingException;
import io.github.bcreactive.query.Query;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.publisher.Flux;

/**
 * Contract tests: each modelled operation runs against Prism serving the official spec, with request validation
 * on; there must be no request violation, and each response must decode into its model. Skips, saying why, when
 * the specs are not beside the repository or Prism is not installed.
 */
@Timeout(120)
class PrismContractTest {

    private static Path specs;

    @BeforeEach
    void needsSpecsAndPrism() {
        specs = PrismServer.specs().orElse(null);
        Assumptions.assumeTrue(specs != null, "Skipped: the official OpenAPI specs are not beside the repository "
                + "(../shared/bigcommerce-api/openapi) and BIGCOMMERCE_OPENAPI_DIR is not set.");
        Assumptions.assumeTrue(PrismServer.command().isPresent(), "Skipped: prism is not installed "
                + "(npm install -g @stoplight/prism-cli).");
    }

    /**
     * The items of the first two pages. Prism answers every page with the same static example, which may claim
     * another page number than the one asked for or repeat its example cursor; the client's paging guarantees refuse
     * such a page with a {@link PagingException} rather than repeat or skip items. A listing here then checks its
     * requests (Prism validates each) and the items of the pages before the refused one; the in-process contract
     * test names these spec examples among its exceptions.
     */
    private static <T> List<T> pages(PagedFlux<T> listing) {
        return listing.byPage().take(2).flatMapIterable(Page::items)
                .onErrorResume(PagingException.class, staticExample -> Flux.empty())
                .collectList().block();
    }

    private static void against(String spec, Consumer<BigCommerceClient> operations) {
        against(spec, false, operations);
    }

    private static void against(String spec, boolean dynamic, Consumer<BigCommerceClient> operations) {
        try (Contract contract = new Contract(specs.resolve(spec), dynamic)) {
            operations.accept(contract.client());
            assertThat(contract.requestViolations()).as("request violations on " + spec).isEmpty();
        }
    }

    @Test
    void products() {
        against("catalog/products_catalog.v3.yml", client -> {
            var products = client.catalog().products();
            assertThat(products.all().block().items()).allSatisfy(p -> assertThat(p.id()).isNotNull());
            assertThat(pages(products.iterAll(Query.of("is_visible", true)))).isNotEmpty();
            assertThat(products.get(1L, Query.builder().include("variants", "images").build()).block().name())
                    .isNotNull();
            assertThat(products.create(Map.of("name", "Shirt", "type", "physical", "weight", 1, "price", 10))
                    .block().id()).isNotNull();
            assertThat(products.update(1L, Map.of("price", 12)).block().id()).isNotNull();
            products.delete(1L).block();
            assertThat(products.count().block()).isNotNegative();
            assertThat(products.updateAll(List.of(Map.of("id", 1, "price", 5), Map.of("id", 2, "price", 6)))
                    .block().items()).isNotEmpty();
            products.deleteByIds(List.of(1L, 2L, 3L)).block();
            assertThat(pages(client.catalog().images(1L).iterAll())).allSatisfy(i -> assertThat(i.id())
                    .isNotNull());
            assertThat(client.catalog().images(1L).get(2L).block().productId()).isNotNull();
            assertThat(pages(client.catalog().customFields(1L).iterAll())).allSatisfy(f -> assertThat(f.name()).isNotNull());
            assertThat(client.catalog().customFields().create(1L, Map.of("name", "isbn", "value", "1")).block()
                    .name()).isNotNull();
            client.catalog().customFields().update(1L, 2L, Map.of("value", "2")).block();
            assertThat(pages(client.catalog().videos(1L).iterAll())).isNotNull();
            assertThat(pages(client.catalog().bulkPricingRules(1L).iterAll())).isNotNull();
            assertThat(pages(client.catalog().reviews(1L).iterAll())).isNotNull();
            assertThat(pages(client.catalog().metafields(1L).iterAll())).isNotNull();
            assertThat(client.catalog().summary().get().block()).isNotNull();
        });
    }

    @Test
    void variants() {
        against("catalog/product-variants_catalog.v3.yml", client -> {
            assertThat(pages(client.catalog().variants(1).iterAll()))
                    .allSatisfy(v -> assertThat(v.id()).isNotNull());
            assertThat(client.catalog().variants().get(1L, 2L).block().sku()).isNotNull();
            assertThat(client.catalog().variants().update(1L, 2L, Map.of("price", 5)).block().id()).isNotNull();
            assertThat(client.catalog().variants().updateAll(List.of(Map.of("id", 2, "price", 5))).block()
                    .items()).isNotEmpty();
        });
    }

    @Test
    void optionsAndModifiers() {
        against("catalog/product-variant-options_catalog.v3.yml", client -> {
            assertThat(pages(client.catalog().options(1).iterAll()))
                    .allSatisfy(o -> assertThat(o.id()).isNotNull());
            assertThat(client.catalog().options().get(1L, 2L).block().displayName()).isNotNull();
            assertThat(pages(client.catalog().optionValues(1, 2).iterAll()))
                    .isNotEmpty();
        });
        against("catalog/product-modifiers_catalog.v3.yml", client -> {
            assertThat(pages(client.catalog().modifiers(1).iterAll()))
                    .allSatisfy(m -> assertThat(m.id()).isNotNull());
            assertThat(client.catalog().modifiers().get(1L, 2L).block().type()).isNotNull();
        });
    }

    @Test
    void brandsCategoriesAndTrees() {
        against("catalog/brands_catalog.v3.yml", client -> {
            var brands = client.catalog().brands();
            assertThat(pages(brands.iterAll())).allSatisfy(b -> assertThat(b.name()).isNotNull());
            assertThat(brands.get(1L).block().id()).isNotNull();
            assertThat(brands.create(Map.of("name", "Acme")).block().name()).isNotNull();
            assertThat(brands.update(1L, Map.of("name", "Acme 2")).block().name()).isNotNull();
            brands.delete(1L).block();
            brands.deleteAll(Query.of("name", "Acme")).block();
        });
        against("catalog/categories_catalog.v3.yml", client -> {
            var categories = client.catalog().categories();
            assertThat(pages(categories.iterAll())).allSatisfy(c -> assertThat(c.name())
                    .isNotNull());
            assertThat(categories.get(1L).block().id()).isNotNull();
            assertThat(categories.create(Map.of("parent_id", 0, "name", "Shoes")).block().id()).isNotNull();
        });
        against("catalog/category-trees_catalog.v3.yml", client -> assertThat(pages(client.catalog().categoryTrees()
                .iterAll())).allSatisfy(t -> assertThat(t.id()).isNotNull()));
    }

    @Test
    void customers() {
        against("customers.v3.yml", client -> {
            var customers = client.customers();
            assertThat(pages(customers.iterAll())).allSatisfy(c -> assertThat(c.email())
                    .isNotNull());
            assertThat(customers.createAll(List.of(Map.of("email", "a@example.com", "first_name", "A",
                    "last_name", "B"))).block().items()).isNotEmpty();
            assertThat(customers.updateAll(List.of(Map.of("id", 1, "first_name", "C"))).block().items())
                    .isNotEmpty();
            customers.deleteByIds(List.of(1L, 2L)).block();
            assertThat(pages(client.customers().addresses().iterAll()))
                    .allSatisfy(a -> assertThat(a.customerId()).isNotNull());
        });
        against("customers.v2.yml", client -> {
            assertThat(pages(client.customers().groups().iterAll()))
                    .allSatisfy(g -> assertThat(g.name()).isNotNull());
            assertThat(client.customers().groups().get(1L).block().id()).isNotNull();
            assertThat(client.customers().groups().count().block()).isNotNegative();
        });
    }

    @Test
    void orders() {
        against("orders.v2.oas2.yml", client -> {
            var orders = client.orders();
            assertThat(orders.all().block().items()).allSatisfy(o -> assertThat(o.statusId()).isNotNull());
            assertThat(orders.get(101L).block().statusId()).isInstanceOf(OrderStatus.class);
            assertThat(orders.count().block()).isNotNegative();
            assertThat(pages(orders.products(101).iterAll()))
                    .allSatisfy(p -> assertThat(p.orderId()).isNotNull());
            assertThat(pages(orders.shippingAddresses(101).iterAll()))
                    .allSatisfy(a -> assertThat(a.id()).isNotNull());
            assertThat(pages(orders.shipments(101).iterAll()))
                    .allSatisfy(s -> assertThat(s.id()).isNotNull());
            assertThat(client.orders().shipments().get(101L, 1L).block().trackingNumber()).isNotNull();
            assertThat(pages(orders.coupons(101).iterAll()))
                    .allSatisfy(c -> assertThat(c.code()).isNotNull());
            assertThat(pages(client.orders().statuses().iterAll())).isNotEmpty();
            assertThat(pages(client.v2().orderStatuses().iterAll())).isNotEmpty();
        });
    }

    @Test
    void cartsCheckoutsAndWebhooks() {
        // the carts spec's examples hold "string" for the cart dates (and its schema gives no date-time format), so
        // no cart it serves decodes into Cart; its requests are still validated
        against("carts.v3.yml", client -> assertThat(client.v3().post("/carts", Map.of("line_items",
                List.of(Map.of("quantity", 1, "product_id", 77)))).block().path("data").isObject()).isTrue());
        // the checkout examples hold "string" for the checkout's own dates too: requests are validated, and the
        // body is read as JSON
        against("checkouts.v3.yml", client -> assertThat(client.v3().post(
                "/checkouts/09346904-4175-44c2-a28e-9ae5d1f2e6fb/billing-address",
                Map.of("country_code", "US", "email", "shopper@example.com")).block().path("data").path("cart")
                .isObject()).isTrue());
        against("webhooks.v3.yml", client -> {
            var hooks = client.webhooks();
            assertThat(pages(hooks.iterAll())).allSatisfy(h -> assertThat(h.scope()).isNotNull());
            assertThat(hooks.get(1L).block().destination()).isNotNull();
            assertThat(hooks.create(Map.of("scope", "store/order/*", "destination", "https://example.com/hook",
                    "is_active", true)).block().id()).isNotNull();
        });
    }

    @Test
    void storeCurrenciesChannelsAndPriceLists() {
        against("store_information.v2.yml", client -> {
            assertThat(client.store().info().get().block().domain()).isNotNull();
            assertThat(client.store().time().get().block()).isNotNull();
        });
        against("currencies.v2.yml", client -> {
            assertThat(pages(client.store().currencies().iterAll()))
                    .allSatisfy(c -> assertThat(c.currencyCode()).isNotNull());
            assertThat(client.store().currencies().get("1").block().id()).isNotNull();
        });
        against("channels.v3.yml", client -> {
            assertThat(pages(client.channels().iterAll()))
                    .allSatisfy(c -> assertThat(c.name()).isNotNull());
            assertThat(client.channels().get(1L).block().type()).isNotNull();
        });
        against("price_lists.v3.yml", client -> {
            assertThat(pages(client.priceLists().iterAll()))
                    .allSatisfy(p -> assertThat(p.name()).isNotNull());
            assertThat(client.priceLists().get(1L).block().id()).isNotNull();
            assertThat(client.priceLists().records(1).all().block().items()).isNotNull();
        });
    }
}
