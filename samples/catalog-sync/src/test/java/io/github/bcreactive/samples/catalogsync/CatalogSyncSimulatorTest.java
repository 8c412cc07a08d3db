package io.github.bcreactive.samples.catalogsync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.autoconfigure.observation.BigCommerceObservations;
import io.github.bcreactive.test.BigCommerceSimulator;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class CatalogSyncSimulatorTest {

    private static final int PRODUCTS = 600;

    private final JsonMapper mapper = JsonMapper.builder().build();

    @Test
    void withoutStoresItSyncsTheEmbeddedSimulatorThenIncrementally(@TempDir Path data, CapturedOutput output)
            throws IOException {
        String[] args = {"--catalog-sync.data-dir=" + data, "--catalog-sync.simulator.products=" + PRODUCTS,
            "--catalog-sync.simulator.latency=1ms"};
        ConfigurableApplicationContext first = CatalogSyncApplication.application().run(args);
        assertThat(SpringApplication.exit(first)).isZero();
        assertThat(output.getOut()).contains("started the embedded simulator").contains("TOTAL");
        for (String store : List.of("sim-1", "sim-2", "sim-3")) {
            List<JsonNode> products = read(data.resolve(store).resolve("products.ndjson"));
            assertThat(products).hasSize(PRODUCTS);
            assertThat(products).extracting(p -> p.get("id").asLong()).doesNotHaveDuplicates();
            assertThat(products).allSatisfy(p -> assertThat(p.get("variants")).isNotEmpty());
        }

        ConfigurableApplicationContext second = CatalogSyncApplication.application().run(args);
        MeterRegistry registry = second.getBean(MeterRegistry.class);
        assertThat(registry.find(BigCommerceObservations.REQUESTS).timers()).hasSize(3)
                .allSatisfy(timer -> assertThat(timer.count()).isEqualTo(1));
        assertThat(SpringApplication.exit(second)).isZero();
        assertThat(output.getOut()).contains("incremental");
        assertThat(read(data.resolve("sim-1").resolve("products.ndjson"))).hasSize(PRODUCTS);
    }

    @Test
    void throughA429QuotaItGetsEveryProductAndTheNextRunMergesWhatChanged(@TempDir Path data) throws IOException {
        try (BigCommerceSimulator simulator = BigCommerceSimulator.builder().stores(2).products(PRODUCTS).seed(7)
                .quota(2, Duration.ofMillis(500)).build().start()) {
            String[] args = args(simulator, data, Map.of());
            ConfigurableApplicationContext first = CatalogSyncApplication.application().run(args);
            MeterRegistry meters = first.getBean(MeterRegistry.class);
            double throttled = meters.find(BigCommerceObservations.REQUESTS).tag("status", "429").timers()
                    .stream().mapToDouble(timer -> timer.count()).sum();
            double waited = meters.find(BigCommerceObservations.RATE_LIMIT_WAIT).timers()
                    .stream().mapToDouble(timer -> timer.count()).sum();
            assertThat(SpringApplication.exit(first)).isZero();
            // the shared rate limiter held requests back (or, failing that, the store answered 429)
            assertThat(waited + throttled).isPositive();
            assertThat(read(data.resolve("a").resolve("products.ndjson"))).hasSize(PRODUCTS);
            assertThat(read(data.resolve("b").resolve("products.ndjson"))).hasSize(PRODUCTS);

            String store = simulator.storeHashes().get(0);
            BigCommerceClient client = BigCommerceClient.builder().storeHash(store)
                    .accessToken(simulator.accessToken(store)).apiUrl(simulator.baseUrl()).build();
            long renamed = read(data.resolve("a").resolve("products.ndjson")).get(4).get("id").asLong();
            client.v3().put("/catalog/products/" + renamed, Map.of("name", "Renamed by the test")).block();

            simulator.resetQuotas();
            ConfigurableApplicationContext second = CatalogSyncApplication.application().run(args);
            assertThat(SpringApplication.exit(second)).isZero();
            List<JsonNode> a = read(data.resolve("a").resolve("products.ndjson"));
            assertThat(a).hasSize(PRODUCTS);
            assertThat(a).extracting(p -> p.get("id").asLong()).doesNotHaveDuplicates();
            assertThat(a.get(4).get("name").asString()).isEqualTo("Renamed by the test");
        }
    }

    @Test
    void aStoreThatFailsIsReportedAndTheOthersComplete(@TempDir Path data, CapturedOutput output) {
        try (BigCommerceSimulator simulator = BigCommerceSimulator.builder().stores(2).products(50).build().start()) {
            ConfigurableApplicationContext context = CatalogSyncApplication.application()
                    .run(args(simulator, data, Map.of("b", "wrong-token")));
            assertThat(SpringApplication.exit(context)).isEqualTo(1);
            assertThat(data.resolve("a").resolve("products.ndjson")).exists();
            assertThat(data.resolve("b").resolve("products.ndjson")).doesNotExist();
            assertThat(data.resolve("b").resolve("products.ndjson.part")).doesNotExist();
            assertThat(output.getOut()).contains("FAILED b: UnauthorizedException").doesNotContain("wrong-token");
        }
    }

    private static String[] args(BigCommerceSimulator simulator, Path data, Map<String, String> tokenOverrides) {
        String a = simulator.storeHashes().get(0);
        String b = simulator.storeHashes().get(1);
        return new String[] {"--bigcommerce.api-url=" + simulator.baseUrl(), "--catalog-sync.data-dir=" + data,
            "--bigcommerce.stores.a.store-hash=" + a,
            "--bigcommerce.stores.a.access-token=" + tokenOverrides.getOrDefault("a", simulator.accessToken(a)),
            "--bigcommerce.stores.b.store-hash=" + b,
            "--bigcommerce.stores.b.access-token=" + tokenOverrides.getOrDefault("b", simulator.accessToken(b))};
    }

    private List<JsonNode> read(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(mapper::readTree).toList();
    }
}
