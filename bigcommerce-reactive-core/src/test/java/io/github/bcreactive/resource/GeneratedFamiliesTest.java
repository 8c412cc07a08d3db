package io.github.bcreactive.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.http.FileUpload;
import io.github.bcreactive.model.generated.catalog.CategoryNode;
import io.github.bcreactive.model.generated.catalog.MetafieldFull;
import io.github.bcreactive.model.generated.catalog.ProductCategoryAssignment;
import io.github.bcreactive.model.generated.orders.GetGlobalOrderSettingsResponse;
import io.github.bcreactive.model.generated.orders.ShippingQuotesBase;
import io.github.bcreactive.model.generated.payments.CreatePaymentAccessTokenResponse;
import io.github.bcreactive.model.generated.tax.GetTaxProviderConnectionResponse;
import io.github.bcreactive.query.Query;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/**
 * Calls a sample of the generated typed access (bundle accessors and named methods of every kind) against a fake
 * store, without the specs: each sends the method and path its operation declares, with its typed ids filled in, and
 * decodes the answer; listings page in their declared style; bad ids are refused before sending. Every operation
 * through every typed access path, validated against the official specs, is {@code OperationContractTest}'s job.
 */
class GeneratedFamiliesTest {

    private final FakeStore store;
    private final BigCommerceClient client;

    GeneratedFamiliesTest() throws Exception {
        store = new FakeStore();
        client = store.client();
    }

    @AfterEach
    void stop() {
        store.close();
    }

    private String sent(int index) {
        RecordedRequest request = store.requests().get(index);
        return request.getMethod() + " " + FakeStore.target(request);
    }

    @Test
    void aCrudBundleTakesItsParentIdFirstAndItsItemIdTyped() {
        store.on("PUT /v3/catalog/brands/7/metafields/12", request -> FakeStore.json(200,
                "{\"data\":" + request.getBody().utf8() + ",\"meta\":{}}"));
        store.on("DELETE /v3/catalog/brands/7/metafields/12", 204, "");

        Crud<MetafieldFull, Long> metafields = client.catalog().brandsMetafields(7);
        StepVerifier.create(metafields.update(12L, Map.of("value", "blue")).map(MetafieldFull::value))
                .expectNext("blue").verifyComplete();
        StepVerifier.create(metafields.delete(12L)).verifyComplete();

        assertThat(List.of(sent(0), sent(1))).containsExactly("PUT /v3/catalog/brands/7/metafields/12",
                "DELETE /v3/catalog/brands/7/metafields/12");
        assertThat(metafields.endpoint().path()).isEqualTo("/catalog/brands/7/metafields");
    }

    @Test
    void aLoneReadAnsweringAnUnpagedListListsItsItemsInOneRequest() {
        store.on("GET /v3/catalog/trees/3/categories", 200, "{\"data\":[{\"id\":1,\"name\":\"Shoes\",\"children\":"
                + "[{\"id\":2,\"name\":\"Boots\",\"children\":[]}]},{\"id\":5,\"name\":\"Hats\"}],\"meta\":{}}");

        Listable<CategoryNode> categories = client.catalog().treesCategories(3);
        StepVerifier.create(categories.iterAll().map(CategoryNode::name)).expectNext("Shoes", "Hats")
                .verifyComplete();
        StepVerifier.create(categories.iterAll().next().map(node -> node.children().get(0).name()))
                .expectNext("Boots").verifyComplete();

        assertThat(store.requests()).hasSize(2).allSatisfy(request -> assertThat(FakeStore.target(request))
                .isEqualTo("/v3/catalog/trees/3/categories"));
    }

    @Test
    void aBundleListingPagesInTheStyleTheOperationDeclares() {
        store.on("GET /v3/catalog/brands/7/metafields", request -> FakeStore.json(200, request.getUrl()
                .queryParameter("after") == null
                ? "{\"data\":[{\"id\":1}],\"meta\":{\"cursor_pagination\":{\"count\":1,\"per_page\":250,"
                        + "\"end_cursor\":\"c1\",\"links\":{\"next\":\"?after=c1\"}}}}"
                : "{\"data\":[{\"id\":2}],\"meta\":{\"cursor_pagination\":{\"count\":1,\"per_page\":250,"
                        + "\"end_cursor\":\"c2\",\"links\":{}}}}"));

        StepVerifier.create(client.catalog().brandsMetafields(7).iterAll().map(MetafieldFull::id))
                .expectNext(1L, 2L).verifyComplete();
        assertThat(sent(1)).isEqualTo("GET /v3/catalog/brands/7/metafields?limit=250&after=c1");
    }

    @Test
    void anUpdatableSingletonReadsAndReplacesItselfInPlace() {
        store.on("GET /v3/orders/settings", 200, "{\"data\":{\"notifications\":{}},\"meta\":{}}");
        store.on("PUT /v3/orders/settings", 200, "{\"data\":{\"notifications\":{\"order_placed\":{}}},\"meta\":{}}");

        UpdatableSingleton<GetGlobalOrderSettingsResponse> settings = client.orders().settings();
        StepVerifier.create(settings.get().map(s -> s.notifications() != null)).expectNext(true).verifyComplete();
        StepVerifier.create(settings.update(Map.of("notifications", Map.of()))).expectNextCount(1).verifyComplete();

        assertThat(List.of(sent(0), sent(1))).containsExactly("GET /v3/orders/settings", "PUT /v3/orders/settings");
        assertThat(store.requests().get(1).getBody().utf8()).isEqualTo("{\"notifications\":{}}");
    }

    @Test
    void aV2SingletonUnderTwoParentsFillsBothIds() {
        store.on("GET /v2/orders/101/shipping_addresses/5/shipping_quotes", 200, "{\"id\":\"q1\"}");

        StepVerifier.create(client.orders().shippingAddressesShippingQuotes(101, 5).get()
                .map(ShippingQuotesBase::id)).expectNext("q1").verifyComplete();
        assertThat(sent(0)).isEqualTo("GET /v2/orders/101/shipping_addresses/5/shipping_quotes");
    }

    @Test
    void aNamedActionPostsItsBodyAndUnwrapsTheAnswer() {
        store.on("POST /v3/payments/access_tokens", 201, "{\"data\":{\"id\":\"tok\"},\"meta\":{}}");

        StepVerifier.create(client.payments().createPaymentAccessToken(Map.of("order", Map.of("id", 101)))
                .map(CreatePaymentAccessTokenResponse::id)).expectNext("tok").verifyComplete();
        assertThat(sent(0)).isEqualTo("POST /v3/payments/access_tokens");
        assertThat(store.requests().get(0).getBody().utf8()).isEqualTo("{\"order\":{\"id\":101}}");
    }

    @Test
    void namedMethodsTakeStringIdsAndQueries() {
        store.on("GET /v3/tax/providers/avalara/connection", 200, "{\"data\":{\"configured\":true},\"meta\":{}}");
        store.on("DELETE /v3/tax/providers/avalara/connection", 204, "");

        StepVerifier.create(client.tax().getTaxProviderConnection("avalara", Query.empty())
                .map(GetTaxProviderConnectionResponse::configured)).expectNext(true).verifyComplete();
        StepVerifier.create(client.tax().deleteTaxProviderConnection("avalara", Query.empty())).verifyComplete();

        assertThat(List.of(sent(0), sent(1))).containsExactly("GET /v3/tax/providers/avalara/connection",
                "DELETE /v3/tax/providers/avalara/connection");
    }

    @Test
    void aNamedListingPagesByPageNumber() {
        store.on("GET /v3/catalog/products/category-assignments", request -> FakeStore.json(200,
                "2".equals(request.getUrl().queryParameter("page"))
                        ? "{\"data\":[{\"product_id\":2,\"category_id\":9}],\"meta\":{\"pagination\":{\"total\":2,"
                                + "\"count\":1,\"per_page\":1,\"current_page\":2,\"total_pages\":2}}}"
                        : "{\"data\":[{\"product_id\":1,\"category_id\":9}],\"meta\":{\"pagination\":{\"total\":2,"
                                + "\"count\":1,\"per_page\":1,\"current_page\":1,\"total_pages\":2}}}"));

        StepVerifier.create(client.catalog().getProductsCategoryAssignments(Query.of("category_id:in", 9))
                .map(ProductCategoryAssignment::productId)).expectNext(1L, 2L).verifyComplete();
        assertThat(store.requests()).hasSize(2);
        assertThat(FakeStore.target(store.requests().get(1))).contains("page=2").contains("category_id:in=9");
    }

    @Test
    void aBadIdIsRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> client.tax().getTaxProviderConnection("../admin", Query.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'/'");
        assertThatThrownBy(() -> client.tax().getTaxProviderConnection(" ", Query.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.catalog().brandsMetafields(7).get(null))
                .isInstanceOf(NullPointerException.class);
        assertThat(store.requests()).isEmpty();
    }

    @Test
    void everyGeneratedNamedMethodNamesAnOperationOfTheTable() {
        Map<String, String> named = ResourceTableTest.named();
        assertThat(named).hasSizeGreaterThan(150);
        for (String key : named.keySet()) {
            assertThat(Operations.all().stream().anyMatch(op -> (op.version() + " " + op.method().name() + " "
                    + op.path().replaceAll("\\{[^/}]*}", "{}")).equals(key))).as(key).isTrue();
        }
    }
}
