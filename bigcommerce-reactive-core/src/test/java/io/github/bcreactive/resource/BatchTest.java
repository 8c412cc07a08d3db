package io.github.bcreactive.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.error.UnprocessableEntityException;
import io.github.bcreactive.model.generated.catalog.Product;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class BatchTest {

    private final FakeStore store;
    private final BigCommerceClient client;

    BatchTest() throws Exception {
        store = new FakeStore();
        client = store.client();
    }

    @AfterEach
    void stop() {
        store.close();
    }

    /** Answers a batch call with its own items, as saved. */
    private static mockwebserver3.MockResponse echo(RecordedRequest request) {
        return FakeStore.json(200, "{\"data\":" + request.getBody().utf8() + ",\"meta\":{}}");
    }

    private List<Integer> sentSizes(BigCommerceClient on) {
        return store.requests().stream()
                .map(request -> on.v3().mapper().readTree(request.getBody().utf8()).size()).toList();
    }

    private static List<Map<String, Object>> items(int count) {
        return IntStream.rangeClosed(1, count).<Map<String, Object>>mapToObj(id -> Map.of("id", id, "price", id))
                .toList();
    }

    @Test
    void productBatchUpdatesGoTenAtATimeAndKeepTheirOrder() {
        store.on("PUT /v3/catalog/products", BatchTest::echo);

        BatchResult<Product> result = client.catalog().products().updateAll(items(23)).block();

        assertThat(sentSizes(client)).containsExactly(10, 10, 3);
        assertThat(result.items()).extracting(Product::id).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 23).mapToObj(Long::valueOf).toList());
        assertThat(result.hasErrors()).isFalse();
    }

    @Test
    void variantBatchUpdatesGoFiftyAtATimeToTheCatalogVariantsPath() {
        store.on("PUT /v3/catalog/variants", BatchTest::echo);

        assertThat(client.catalog().variants().updateAll(items(120)).block().items()).hasSize(120);
        assertThat(sentSizes(client)).containsExactly(50, 50, 20);
    }

    @Test
    void customerBatchesGoTenAtATimeWithAtMostThreeInFlight() {
        store.on("POST /v3/customers", BatchTest::echo).hold(150);

        List<Map<String, Object>> customers = IntStream.rangeClosed(1, 95).<Map<String, Object>>mapToObj(id -> Map.of(
                "email", "c" + id + "@example.com", "first_name", "C", "last_name", "No. " + id)).toList();
        BatchResult<?> result = client.customers().createAll(customers).block();

        assertThat(result.items()).hasSize(95);
        assertThat(store.requests()).hasSize(10);
        assertThat(store.maxInFlight()).isLessThanOrEqualTo(3);
    }

    @Test
    void priceListRecordsAreUpsertedOneCallAtATime() {
        store.on("PUT /v3/pricelists/records", BatchTest::echo).hold(50);

        client.priceLists().records().updateAll(items(250)).block();

        assertThat(sentSizes(client)).containsExactly(100, 100, 50);
        assertThat(store.maxInFlight()).isEqualTo(1);
    }

    @Test
    void aPartialSuccessReturnsTheSavedItemsAndThePerItemErrors() {
        store.on("PUT /v3/catalog/products", 207, "{\"data\":[{\"id\":1}],\"errors\":[{\"id\":2,\"status\":422,"
                + "\"title\":\"bad price\"}],\"meta\":{}}");

        BatchResult<Product> result = client.catalog().products().updateAll(items(2)).block();

        assertThat(result.items()).extracting(Product::id).containsExactly(1L);
        assertThat(result.errors()).extracting(error -> error.get("title").asString()).containsExactly("bad price");
    }

    @Test
    void aChunkThatFailsOutrightFailsTheBatch() {
        store.on("PUT /v3/catalog/products", 422, "{\"status\":422,\"title\":\"nope\"}");

        StepVerifier.create(client.catalog().products().updateAll(items(3)))
                .expectError(UnprocessableEntityException.class).verify();
    }

    @Test
    void deleteByIdsSendsTwoHundredFiftyIdsPerCall() {
        store.on("DELETE /v3/catalog/products", 204, "");

        client.catalog().products().deleteByIds(LongStream.rangeClosed(1, 600).boxed().toList()).block();

        assertThat(store.requests()).extracting(request -> request.getUrl().queryParameter("id:in").split(",").length)
                .containsExactly(250, 250, 100);
        assertThat(store.requests().get(2).getUrl().queryParameter("id:in")).startsWith("501,502");
    }

    @Test
    void anEmptyBatchSendsNothing() {
        StepVerifier.create(client.customers().createAll(List.of()).map(BatchResult::items))
                .expectNext(List.of()).verifyComplete();
        assertThat(store.requests()).isEmpty();
    }
}
