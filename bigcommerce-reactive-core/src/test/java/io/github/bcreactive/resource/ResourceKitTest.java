package io.github.bcreactive.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.error.NotFoundException;
import io.github.bcreactive.model.Order;
import io.github.bcreactive.model.OrderStatus;
import io.github.bcreactive.model.generated.catalog.Product;
import io.github.bcreactive.query.Query;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

class ResourceKitTest {

    private final FakeStore store;
    private final BigCommerceClient client;

    ResourceKitTest() throws Exception {
        store = new FakeStore();
        client = store.client();
    }

    @AfterEach
    void stop() {
        store.close();
    }

    static String v3Page(int page, int totalPages, int total, int... ids) {
        String data = Arrays.stream(ids).mapToObj(id -> "{\"id\":" + id + ",\"name\":\"p" + id + "\"}")
                .collect(Collectors.joining(","));
        return "{\"data\":[" + data + "],\"meta\":{\"pagination\":{\"total\":" + total + ",\"count\":" + ids.length
                + ",\"per_page\":250,\"current_page\":" + page + ",\"total_pages\":" + totalPages + "}}}";
    }

    static String v2Items(int from, int count) {
        return IntStream.range(from, from + count).mapToObj(id -> "{\"id\":" + id + "}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    @Test
    void v3GetUnwrapsTheDataEnvelopeIntoTheModel() {
        store.on("GET /v3/catalog/products/77", 200, "{\"data\":{\"id\":77,\"name\":\"Shirt\",\"price\":12.5,"
                + "\"date_modified\":\"2024-03-01T10:00:00+00:00\",\"brand_new_field\":[1]},\"meta\":{}}");

        Product product = client.catalog().products()
                .get(77L, Query.builder().include("variants").build()).block();

        assertThat(product.id()).isEqualTo(77);
        assertThat(product.name()).isEqualTo("Shirt");
        assertThat(product.dateModified()).isEqualTo(OffsetDateTime.parse("2024-03-01T10:00:00Z"));
        assertThat(product.extra()).containsKey("brand_new_field");
        assertThat(FakeStore.target(store.requests().get(0))).isEqualTo("/v3/catalog/products/77?include=variants");
    }

    @Test
    void v2GetDecodesThePlainBodyWithRfc2822DatesAndTheStatusEnum() {
        store.on("GET /v2/orders/101", 200, "{\"id\":101,\"status_id\":11,\"date_created\":"
                + "\"Tue, 20 Nov 2012 00:00:00 +0000\",\"date_shipped\":\"\",\"total_inc_tax\":\"12.5000\"}");

        Order order = client.v2().orders().get(101L).block();

        assertThat(order.statusId()).isEqualTo(OrderStatus.AWAITING_FULFILLMENT);
        assertThat(order.dateCreated()).isEqualTo(OffsetDateTime.parse("2012-11-20T00:00:00Z"));
        assertThat(order.dateShipped()).isNull();
        assertThat(order.totalIncTax()).isEqualByComparingTo("12.5");
    }

    @Test
    void aMissingItemFailsWithNotFound() {
        StepVerifier.create(client.catalog().brands().get(5L)).expectError(NotFoundException.class).verify();
    }

    @Test
    void allReturnsOnePageAndIterAllEveryPageOfAPageNumberedListing() {
        store.on("GET /v3/catalog/brands", request -> FakeStore.json(200,
                "2".equals(request.getUrl().queryParameter("page")) ? v3Page(2, 2, 3, 3) : v3Page(1, 2, 3, 1, 2)));

        assertThat(client.catalog().brands().all().block().items()).hasSize(2);
        StepVerifier.create(client.catalog().brands().iterAll().map(brand -> brand.id()))
                .expectNext(1L, 2L, 3L).verifyComplete();
        StepVerifier.create(client.catalog().brands().pages(Query.empty())).expectNextCount(2).verifyComplete();
    }

    @Test
    void subResourcesPageFromTheParentAndStandaloneWithTheParentIdFirst() {
        store.on("GET /v3/catalog/products/77/variants", request -> FakeStore.json(200,
                "2".equals(request.getUrl().queryParameter("page")) ? v3Page(2, 2, 3, 303)
                        : v3Page(1, 2, 3, 301, 302)));
        store.on("GET /v3/catalog/products/77/variants/301", 200, "{\"data\":{\"id\":301,\"product_id\":77}}");

        StepVerifier.create(client.catalog().variants(77).iterAll().map(variant -> variant.id()))
                .expectNext(301L, 302L, 303L).verifyComplete();
        StepVerifier.create(client.catalog().variants().iterAll(77L)).expectNextCount(3).verifyComplete();
        StepVerifier.create(client.catalog().variants().get(77L, 301L).map(variant -> variant.productId()))
                .expectNext(77L).verifyComplete();
    }

    @Test
    void v2SubResourcesPageUntilAShortPage() {
        store.on("GET /v2/orders/101/products", request -> FakeStore.json(200,
                "1".equals(request.getUrl().queryParameter("page")) ? v2Items(1, 250) : v2Items(251, 3)));

        StepVerifier.create(client.v2().orders().products(101).iterAll()).expectNextCount(253).verifyComplete();
        StepVerifier.create(client.v2().orderProducts().iterAll(101L)).expectNextCount(253).verifyComplete();
        assertThat(store.requests()).extracting(FakeStore::target).containsExactly(
                "/v2/orders/101/products?limit=250&page=1", "/v2/orders/101/products?limit=250&page=2",
                "/v2/orders/101/products?limit=250&page=1", "/v2/orders/101/products?limit=250&page=2");
    }

    @Test
    void cursorListingsFollowTheEndCursor() {
        store.on("GET /v3/channels/1/listings", request -> FakeStore.json(200, request.getUrl()
                .queryParameter("after") == null
                ? "{\"data\":[{\"listing_id\":1}],\"meta\":{\"cursor_pagination\":{\"count\":1,\"per_page\":250,"
                        + "\"end_cursor\":\"c1\",\"links\":{\"next\":\"?after=c1\"}}}}"
                : "{\"data\":[{\"listing_id\":2}],\"meta\":{\"cursor_pagination\":{\"count\":1,\"per_page\":250,"
                        + "\"end_cursor\":\"c2\",\"links\":{}}}}"));

        StepVerifier.create(client.channels().listings(1).iterAll()
                .map(listing -> listing.listingId().intValue())).expectNext(1, 2).verifyComplete();
        assertThat(FakeStore.target(store.requests().get(1))).isEqualTo("/v3/channels/1/listings?limit=250&after=c1");
    }

    @Test
    void unpagedListingsSendNoPagingParameters() {
        store.on("GET /v3/catalog/trees", 200, "{\"data\":[{\"id\":1,\"name\":\"Main\",\"channels\":[1]}],"
                + "\"meta\":{}}");

        StepVerifier.create(client.catalog().categoryTrees().iterAll().map(tree -> tree.channels()))
                .expectNext(List.of(1L)).verifyComplete();
        assertThat(FakeStore.target(store.requests().get(0))).isEqualTo("/v3/catalog/trees");
    }

    @Test
    void createUpdateDeleteAndDeleteAllSendTheirCalls() {
        store.on("POST /v3/catalog/brands", 200, "{\"data\":{\"id\":9,\"name\":\"Acme\"}}")
                .on("PUT /v3/catalog/brands/9", 200, "{\"data\":{\"id\":9,\"name\":\"Acme 2\"}}")
                .on("DELETE /v3/catalog/brands/9", 204, "")
                .on("DELETE /v3/catalog/brands", 204, "");

        assertThat(client.catalog().brands().create(Map.of("name", "Acme")).block().id()).isEqualTo(9);
        assertThat(client.catalog().brands().update(9L, Map.of("name", "Acme 2")).block().name()).isEqualTo("Acme 2");
        StepVerifier.create(client.catalog().brands().delete(9L)).verifyComplete();
        StepVerifier.create(client.catalog().brands().deleteAll(Query.in("id", 1, 2))).verifyComplete();

        List<RecordedRequest> sent = store.requests();
        assertThat(sent.get(0).getBody().utf8()).isEqualTo("{\"name\":\"Acme\"}");
        assertThat(sent.get(1).getMethod()).isEqualTo("PUT");
        assertThat(sent.get(2).getMethod()).isEqualTo("DELETE");
        assertThat(FakeStore.target(sent.get(3))).isEqualTo("/v3/catalog/brands?id:in=1,2");
    }

    @Test
    void subResourceWritesTakeTheParentIdFirst() {
        store.on("POST /v2/orders/101/shipments", 201, "{\"id\":5,\"order_id\":101}")
                .on("PUT /v2/orders/101/shipments/5", 200, "{\"id\":5,\"order_id\":101,\"comments\":\"x\"}")
                .on("DELETE /v2/orders/101/shipments/5", 204, "")
                .on("DELETE /v2/orders/101/shipments", 204, "");

        assertThat(client.v2().orderShipments().create(101L, Map.of("order_address_id", 1)).block().id()).isEqualTo(5);
        assertThat(client.v2().orderShipments().update(101L, 5L, Map.of("comments", "x")).block().comments())
                .isEqualTo("x");
        StepVerifier.create(client.v2().orderShipments().delete(101L, 5L)).verifyComplete();
        StepVerifier.create(client.v2().orderShipments().deleteAll(101L)).verifyComplete();
        assertThat(store.requests()).hasSize(4);
    }

    @Test
    void v2CountsAskTheCountPathAndV3CountsReadTheTotal() {
        store.on("GET /v2/orders/count", 200, "{\"count\":42}")
                .on("GET /v2/orders/101/shipments/count", 200, "{\"count\":2}")
                .on("GET /v3/catalog/products", 200, v3Page(1, 1234, 1234, 1));

        StepVerifier.create(client.v2().orders().count(Query.of("status_id", 11))).expectNext(42L).verifyComplete();
        StepVerifier.create(client.v2().orderShipments().count(101L)).expectNext(2L).verifyComplete();
        StepVerifier.create(client.catalog().products().count(Query.of("is_visible", true)))
                .expectNext(1234L).verifyComplete();
        assertThat(store.requests()).extracting(FakeStore::target).containsExactly("/v2/orders/count?status_id=11",
                "/v2/orders/101/shipments/count", "/v3/catalog/products?is_visible=true&limit=1");
    }

    @Test
    void aV3ListingTheSpecDoesNotPageIsCountedWithoutALimit() {
        store.on("GET /v3/catalog/products/77/bulk-pricing-rules", 200,
                "{\"data\":[{\"id\":1},{\"id\":2},{\"id\":3}],\"meta\":{}}");

        // no resource offers count() here (the spec has no count operation), but the kit's count of an unpaged listing
        // is what every unpaged v3 Countable runs
        ResourceSpec<JsonNode> rules = ResourceSpec.v3("/catalog/products/{product_id}/bulk-pricing-rules", JsonNode.class);
        StepVerifier.create(Endpoint.of(client.v3(), rules).bind(77L).count(Query.empty())).expectNext(3L)
                .verifyComplete();
        assertThat(store.requests()).extracting(FakeStore::target)
                .containsExactly("/v3/catalog/products/77/bulk-pricing-rules");
    }

    @Test
    void aSingletonTakesTheQueryItsOperationRequires() {
        store.on("GET /v3/marketing/abandoned-cart-emails/settings", 200, "{\"data\":{\"enabled\":true},\"meta\":{}}");

        StepVerifier.create(client.carts().marketingAbandonedCartEmailsSettings().get(Query.of("channel_id", 1)))
                .expectNextCount(1).verifyComplete();
        assertThat(store.requests()).extracting(FakeStore::target)
                .containsExactly("/v3/marketing/abandoned-cart-emails/settings?channel_id=1");
    }

    @Test
    void singletonsAreFetchedWhole() {
        store.on("GET /v2/store", 200, "{\"id\":\"abc123\",\"name\":\"My Shop\",\"unknown\":true}")
                .on("GET /v2/time", 200, "{\"time\":1700000000}");

        assertThat(client.store().info().get().block().name()).isEqualTo("My Shop");
        assertThat(client.v2().time().get().block().time()).isEqualTo(1700000000L);
        assertThat(client.v2().store().get().block().name()).isEqualTo("My Shop");
    }

    @Test
    void aV3SubResourceOfAV2ParentUsesTheV3Api() {
        store.on("GET /v3/orders/101/transactions", 200, "{\"data\":[{\"id\":1},{\"id\":2}],\"meta\":{}}");

        StepVerifier.create(client.orders().transactions(101).iterAll()).expectNextCount(2)
                .verifyComplete();
        assertThat(FakeStore.target(store.requests().get(0))).isEqualTo("/v3/orders/101/transactions");
    }

    @Test
    void subSubResourcesFillEveryParentId() {
        store.on("GET /v3/catalog/products/77/options/5/values", 200, v3Page(1, 1, 1, 9));

        StepVerifier.create(client.catalog().optionValues(77, 5).iterAll()).expectNextCount(1)
                .verifyComplete();
        assertThat(client.catalog().optionValues(77, 5).endpoint().path())
                .isEqualTo("/catalog/products/77/options/5/values");
    }

    @Test
    void idsAreEncodedAsPathSegmentsAndTypedAsTheSpecDeclares() throws Exception {
        assertThat(client.carts().items("a b").endpoint().path()).isEqualTo("/carts/a%20b/items");
        assertThat(Catalog.class.getMethod("variants", long.class).getReturnType()).isEqualTo(Crud.class);
        assertThat(Carts.class.getMethod("items", String.class)).isNotNull();
        assertThatThrownBy(() -> client.catalog().variants().endpoint().path())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("{product_id}");
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", ".", "..", "a/b", "a?b", "a#b", "../orders"})
    void aBadIdIsRefusedBeforeAnythingIsSent(String id) {
        assertThatThrownBy(() -> client.carts().get(id)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'id'");
        assertThatThrownBy(() -> client.carts().items(id)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'parentId'");
        assertThatThrownBy(() -> client.content().scripts().delete(id)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'id'");
        assertThatThrownBy(() -> client.sites().routes().get("1", id)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'id'");
        assertThatThrownBy(() -> client.sites().routes(id)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'parentId'");
        assertThat(store.requests()).isEmpty();
    }

    @Test
    void unsupportedOperationsAreNotMethodsOfTheResourceType() {
        assertThat(methodNames(ReadOnly.class)).contains("iterAll", "get")
                .doesNotContain("create", "update", "delete", "deleteAll", "count");
        assertThat(methodNames(CreateDelete.class)).contains("create", "delete").doesNotContain("update", "get");
        assertThat(methodNames(Checkouts.class)).contains("get", "update").doesNotContain("iterAll", "create");
        assertThat(methodNames(Customers.class)).contains("createAll", "updateAll", "deleteByIds")
                .doesNotContain("get", "create");
        assertThat(methodNames(Orders.class)).contains("iterAll", "get", "count", "products")
                .doesNotContain("createAll");
    }

    private static List<String> methodNames(Class<?> type) {
        return Arrays.stream(type.getMethods()).map(method -> method.getName()).toList();
    }

    @Test
    void readModifyWriteKeepsUnknownFields() {
        store.on("GET /v3/catalog/products/1", 200, "{\"data\":{\"id\":1,\"name\":\"A\",\"gtin\":\"123\","
                + "\"custom_thing\":{\"a\":[1,2]}}}");
        store.on("PUT /v3/catalog/products/1", request -> FakeStore.json(200, "{\"data\":{\"id\":1,"
                + request.getBody().utf8().substring(1) + "}"));

        Product read = client.catalog().products().get(1L).block();
        Product written = client.catalog().products().update(1L, read).block();

        JsonNode sent = client.v3().mapper().readTree(store.requests().get(1).getBody().utf8());
        assertThat(sent.get("gtin").asString()).isEqualTo("123");
        assertThat(sent.get("custom_thing").get("a").size()).isEqualTo(2);
        assertThat(sent.has("id")).as("the answer's id is read-only: left out of the update").isFalse();
        assertThat(written).isEqualTo(read);
    }
}
