package io.github.bcreactive.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.error.InvalidRequestException;
import io.github.bcreactive.error.ServerException;
import io.github.bcreactive.model.generated.inventory.SimpleTransactionResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class InventoryTest {

    private static final Map<String, Object> ADJUSTMENT = Map.of("reason", "recount",
            "items", List.of(Map.of("location_id", 1, "variant_id", 301, "quantity", 5)));

    private final FakeStore store;
    private final BigCommerceClient client;

    InventoryTest() throws Exception {
        store = new FakeStore();
        client = store.client();
    }

    @AfterEach
    void stop() {
        store.close();
    }

    @Test
    void absoluteAdjustmentsArePutOnTheirPathAndAnswerTheirTransaction() {
        store.on("PUT /v3/inventory/adjustments/absolute", 200, "{\"transaction_id\":\"t-1\",\"batch\":4}");

        StepVerifier.create(client.inventory().adjustAbsolute(ADJUSTMENT))
                .assertNext(transaction -> {
                    assertThat(transaction).isInstanceOf(SimpleTransactionResponse.class);
                    assertThat(transaction.transactionId()).isEqualTo("t-1");
                    assertThat(transaction.extra().get("batch").asInt()).as("undeclared fields kept").isEqualTo(4);
                })
                .verifyComplete();

        RecordedRequest request = store.requests().get(0);
        assertThat(request.getBody().utf8()).contains("\"reason\":\"recount\"", "\"quantity\":5");
    }

    @Test
    void aRelativeAdjustmentAnswersItsTransactionUnwrappedFromADataEnvelope() {
        store.on("POST /v3/inventory/adjustments/relative", 200,
                "{\"data\":{\"transaction_id\":\"t-2\"},\"meta\":{}}");

        StepVerifier.create(client.inventory().adjustRelative(ADJUSTMENT))
                .assertNext(transaction -> assertThat(transaction.transactionId()).isEqualTo("t-2"))
                .verifyComplete();
    }

    @Test
    void anAbsoluteAdjustmentIsRepeatedAfterA5xxWhenTheRetryOptionsListPut() {
        store.onFirstThen("PUT /v3/inventory/adjustments/absolute",
                FakeStore.json(503, "{\"status\":503,\"title\":\"busy\"}"),
                FakeStore.json(200, "{\"transaction_id\":\"t-3\"}"));

        StepVerifier.create(client.withOptions(FakeStore.RETRYING_PUT).inventory()
                        .adjustAbsolute(ADJUSTMENT))
                .assertNext(transaction -> assertThat(transaction.transactionId()).isEqualTo("t-3"))
                .verifyComplete();
        assertThat(store.requests()).hasSize(2);
    }

    @Test
    void anAdjustmentWithoutItemsIsRefusedBeforeItIsSent() {
        StepVerifier.create(client.inventory().adjustRelative(Map.of("reason", "recount")))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(InvalidRequestException.class)
                        .hasMessageContaining("items"))
                .verify();
        assertThat(store.requests()).isEmpty();
    }

    @Test
    void relativeAdjustmentsArePostedAndNeverRepeatedAfterAFailure() {
        store.on("POST /v3/inventory/adjustments/relative", 503, "{\"status\":503,\"title\":\"Unavailable\"}");

        StepVerifier.create(client.inventory().adjustRelative(ADJUSTMENT))
                .expectErrorMatches(error -> error instanceof ServerException server && server.status() == 503)
                .verify();

        assertThat(store.requests()).hasSize(1);
    }

    @Test
    void theItemsOfALocationPageUnderTheLocation() {
        store.on("GET /v3/inventory/locations/4/items", 200, ResourceKitTest.v3Page(1, 1, 2, 11, 12));

        StepVerifier.create(client.inventory().locationItems(4).iterAll().map(item -> item.extra().get("id").asInt()))
                .expectNext(11, 12)
                .verifyComplete();
    }
}
