package io.github.bcreactive.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.error.ServerException;
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
    void absoluteAdjustmentsArePutOnTheirPath() {
        store.on("PUT /v3/inventory/adjustments/absolute", 200, "{\"transaction_id\":\"t-1\"}");

        StepVerifier.create(client.inventory().adjustAbsolute(ADJUSTMENT))
                .assertNext(body -> assertThat(body.path("transaction_id").asString()).isEqualTo("t-1"))
                .verifyComplete();

        RecordedRequest request = store.requests().get(0);
        assertThat(request.getBody().utf8()).contains("\"reason\":\"recount\"", "\"quantity\":5");
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
