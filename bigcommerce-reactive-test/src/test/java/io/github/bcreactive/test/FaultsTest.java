package io.github.bcreactive.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.bcreactive.test.store.Json;
import tools.jackson.core.JacksonException;

class FaultsTest {

    private static BigCommerceSimulator simulator(long seed, Faults faults) {
        return BigCommerceSimulator.builder().products(30).quota(100_000, Duration.ofSeconds(30)).seed(seed)
                .faults(faults).build().start();
    }

    /** What a client sees for 24 calls (12 paths, each called twice), as text. */
    private static List<String> outcomes(long seed, Faults faults) {
        List<String> seen = new ArrayList<>();
        try (BigCommerceSimulator sim = simulator(seed, faults)) {
            String store = sim.storeHashes().get(0);
            Http http = new Http(sim, store);
            for (int round = 0; round < 2; round++) {
                for (int id = 1; id <= 12; id++) {
                    seen.add(outcome(http, "/v3/catalog/products/" + id));
                }
            }
        }
        return seen;
    }

    private static String outcome(Http http, String path) {
        try {
            HttpResponse<String> response = Http.client().send(http.request("GET", path, null, Duration.ofSeconds(10)),
                    HttpResponse.BodyHandlers.ofString());
            String kind;
            try {
                Json.MAPPER.readTree(response.body());
                kind = "json";
            } catch (JacksonException notJson) {
                kind = response.body().contains("<html>") ? "html" : "broken";
            }
            return response.statusCode() + ":" + kind;
        } catch (IOException reset) {
            return "reset";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> faultKinds() {
        return Stream.of(
                Arguments.of("server errors", Faults.builder().serverErrors(0.5).build(),
                        List.of("200:json", "500:json", "502:json", "503:json", "504:json")),
                Arguments.of("HTML 502", Faults.builder().htmlBadGateways(0.5).build(), List.of("200:json", "502:html")),
                Arguments.of("resets", Faults.builder().connectionResets(0.5).build(), List.of("200:json", "reset")),
                Arguments.of("truncated JSON", Faults.builder().truncatedJson(0.5).build(),
                        List.of("200:json", "200:broken")),
                Arguments.of("malformed JSON", Faults.builder().malformedJson(0.5).build(),
                        List.of("200:json", "200:broken")),
                Arguments.of("429 without headers", Faults.builder().rateLimitsWithoutHeaders(0.5).build(),
                        List.of("200:json", "429:json")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faultKinds")
    void eachFaultKindIsDeterministicBySeed(String name, Faults faults, List<String> possible) {
        List<String> first = outcomes(1, faults);
        assertThat(outcomes(1, faults)).as("same seed, same faults").isEqualTo(first);
        assertThat(outcomes(2, faults)).as("another seed draws differently").isNotEqualTo(first);
        assertThat(possible).containsAll(first);
        assertThat(first).contains("200:json").anyMatch(outcome -> !outcome.equals("200:json"));
    }

    @Test
    void slowResponsesOutlastAClientTimeout() {
        try (BigCommerceSimulator sim = simulator(1, Faults.builder().slowResponses(1.0, Duration.ofSeconds(30)).build())) {
            Http http = new Http(sim, sim.storeHashes().get(0));
            assertThatThrownBy(() -> Http.client().send(http.request("GET", "/v2/time", null, Duration.ofMillis(200)),
                    HttpResponse.BodyHandlers.ofString())).isInstanceOf(HttpTimeoutException.class);
        }
    }

    @Test
    void retryingTheSameCallDrawsAgain() {
        try (BigCommerceSimulator sim = simulator(3, Faults.builder().serverErrors(0.5).build())) {
            Http http = new Http(sim, sim.storeHashes().get(0));
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                statuses.add(http.get("/v3/catalog/products/1").status());
            }
            assertThat(statuses).contains(200).anyMatch(s -> s >= 500);
        }
    }

    @Test
    void faultsCanChangeWhileRunning() {
        try (BigCommerceSimulator sim = simulator(3, Faults.none())) {
            Http http = new Http(sim, sim.storeHashes().get(0));
            assertThat(http.get("/v2/time").status()).isEqualTo(200);
            sim.faults(Faults.builder().htmlBadGateways(1.0).build());
            assertThat(http.get("/v2/time").status()).isEqualTo(502);
        }
    }

    @Test
    void fractionsMustFit() {
        assertThatThrownBy(() -> Faults.builder().serverErrors(0.7).connectionResets(0.4).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.0");
        assertThatThrownBy(() -> Faults.builder().serverErrors(1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("serverErrors");
    }
}
