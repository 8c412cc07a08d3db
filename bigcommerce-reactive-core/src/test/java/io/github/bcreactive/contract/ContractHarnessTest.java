package io.github.bcreactive.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.github.bcreactive.BigCommerceClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The harness itself: the stub server flags what the spec forbids, and the sweep entry point calls any operation
 * from its descriptor alone.
 */
class ContractHarnessTest {

    @RegisterExtension
    static final ExampleApi.PerClass EXAMPLES = new ExampleApi.PerClass();

    private SpecIndex index;
    private ContractServer server;
    private BigCommerceClient client;

    @BeforeEach
    void forget() {
        index = EXAMPLES.get().index();
        server = EXAMPLES.get().server();
        client = EXAMPLES.get().client();
        server.reset();
    }

    @Test
    void aRequestTheSpecForbidsIsRecordedAsAViolation() {
        client.v3().post("/hooks", Map.of("scope", 42, "destination", "https://example.com/h"))
                .onErrorComplete().block();
        assertThat(server.exchanges()).singleElement().satisfies(exchange -> {
            assertThat(exchange.operation()).map(SpecOperation::operationId).contains("createWebhooks");
            assertThat(exchange.requestViolations()).anyMatch(v -> v.contains("/scope"));
            assertThat(exchange.clean()).isFalse();
        });
    }

    @Test
    void aPathNoSpecDeclaresMatchesNoOperationAndGets404() {
        client.v3().get("/no/such/thing").onErrorComplete().block();
        assertThat(server.exchanges()).singleElement().satisfies(exchange -> {
            assertThat(exchange.operation()).isEmpty();
            assertThat(exchange.status()).isEqualTo(404);
        });
    }

    @Test
    void theSweepCallsEveryOperationOfASpecFromItsDescriptorAlone() {
        List<SpecOperation> webhooks = index.operations().stream()
                .filter(op -> op.spec().equals("webhooks.v3.yml")).toList();
        for (SpecOperation op : webhooks) {
            ContractSweep.send(client, ContractSweep.callFor(index, op)).block();
        }
        assertThat(server.exchanges()).hasSameSizeAs(webhooks)
                .allSatisfy(exchange -> assertThat(exchange.clean()).as(exchange.toString()).isTrue());
        assertThat(server.exchanges().stream().map(e -> e.operation().orElseThrow()).toList())
                .containsExactlyElementsOf(webhooks);
    }
}
