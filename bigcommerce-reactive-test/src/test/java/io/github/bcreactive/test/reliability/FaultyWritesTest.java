package io.github.bcreactive.test.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.error.ServerException;
import io.github.bcreactive.error.TransportException;
import io.github.bcreactive.test.BigCommerceSimulator;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * POSTs through the same faults: the client never resends a POST that may have reached the server, so each
 * product exists at most once; a POST that failed surfaces as a typed error; a 429 (refused before any work) is the
 * only answer a POST is retried after.
 */
class FaultyWritesTest {

    private static final int CATALOG = 100;
    private static final int POSTS = 200;
    private static final String PREFIX = "reliability-";

    @Test
    void postsThroughFaultsCreateNoDuplicates() {
        try (BigCommerceSimulator simulator = FaultySimulator.start(CATALOG)) {
            BigCommerceClient client = FaultySimulator.client(simulator);
            String store = simulator.storeHashes().get(0);

            List<Outcome> outcomes = Flux.range(1, POSTS)
                    .flatMap(i -> create(client, PREFIX + i), 4)
                    .collectList()
                    .block(Duration.ofSeconds(50));
            long throttled = simulator.stats().rateLimited(store);
            long postsReceived = simulator.stats().requests(store, "POST", "/v3/catalog/products");

            Set<String> created = outcomes.stream().filter(Outcome::created).map(Outcome::name)
                    .collect(Collectors.toSet());
            List<Outcome> failed = outcomes.stream().filter(outcome -> !outcome.created()).toList();
            assertThat(outcomes).hasSize(POSTS);
            assertThat(failed).as("some POSTs met a 5xx or a reset").isNotEmpty();
            assertThat(failed).allSatisfy(outcome -> assertThat(outcome.error())
                    .isInstanceOfAny(ServerException.class, TransportException.class));
            assertThat(postsReceived).as("each POST sent once, plus one resend per 429")
                    .isEqualTo(POSTS + throttled);

            List<String> stored = client.v3().getMany("/catalog/products")
                    .map(product -> product.path("name").asString())
                    .filter(name -> name.startsWith(PREFIX))
                    .collectList()
                    .block(Duration.ofSeconds(30));
            assertThat(stored).as("no duplicates").doesNotHaveDuplicates();
            assertThat(Set.copyOf(stored)).as("exactly the POSTs that succeeded").isEqualTo(created);
        }
    }

    private static Mono<Outcome> create(BigCommerceClient client, String name) {
        Map<String, Object> product = Map.of("name", name, "type", "physical", "weight", 1, "price", 9.99);
        return client.v3().post("/catalog/products", product)
                .map(body -> {
                    JsonNode data = body.path("data");
                    assertThat(data.path("name").asString()).isEqualTo(name);
                    return new Outcome(name, true, null);
                })
                .onErrorResume(error -> Mono.just(new Outcome(name, false, error)));
    }

    private record Outcome(String name, boolean created, Throwable error) {
    }
}
