package io.github.bcreactive.samples.catalogsync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.autoconfigure.observation.BigCommerceObservations;
import io.github.bcreactive.test.BigCommerceSimulator;
import io.micrometer.core.instrument.MeterRegistry;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationListener;
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
        List<Path> stores = storeDirectories(data);
        assertThat(stores).hasSize(3);
        for (Path store : stores) {
            List<JsonNode> products = read(store.resolve("products.ndjson"));
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
        assertThat(read(stores.get(0).resolve("products.ndjson"))).hasSize(PRODUCTS);
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
            String store = simulator.storeHashes().get(0);
            assertThat(read(data.resolve(store).resolve("products.ndjson"))).hasSize(PRODUCTS);
            assertThat(read(data.resolve(simulator.storeHashes().get(1)).resolve("products.ndjson")))
                    .hasSize(PRODUCTS);

            BigCommerceClient client = BigCommerceClient.builder().storeHash(store)
                    .accessToken(simulator.accessToken(store)).apiUrl(simulator.baseUrl()).build();
            long renamed = read(data.resolve(store).resolve("products.ndjson")).get(4).get("id").asLong();
            client.v3().put("/catalog/products/" + renamed, Map.of("name", "Renamed by the test")).block();

            simulator.resetQuotas();
            ConfigurableApplicationContext second = CatalogSyncApplication.application().run(args);
            assertThat(SpringApplication.exit(second)).isZero();
            List<JsonNode> a = read(data.resolve(store).resolve("products.ndjson"));
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
            Path a = data.resolve(simulator.storeHashes().get(0));
            Path b = data.resolve(simulator.storeHashes().get(1));
            assertThat(a.resolve("products.ndjson")).exists();
            assertThat(b.resolve("products.ndjson")).doesNotExist();
            assertThat(b.resolve("products.ndjson.part")).doesNotExist();
            assertThat(output.getOut()).contains("FAILED b: UnauthorizedException").doesNotContain("wrong-token");
        }
    }

    @Test
    void aNameThatNowPointsAtAnotherStoreGetsAFullSyncIntoAFreshCopy(@TempDir Path data, CapturedOutput output)
            throws IOException {
        try (BigCommerceSimulator simulator = BigCommerceSimulator.builder().stores(2).products(50).build().start()) {
            String first = simulator.storeHashes().get(0);
            String second = simulator.storeHashes().get(1);
            assertThat(SpringApplication.exit(CatalogSyncApplication.application()
                    .run(oneStore(simulator, data, "shop", first)))).isZero();
            assertThat(SpringApplication.exit(CatalogSyncApplication.application()
                    .run(oneStore(simulator, data, "shop", second)))).isZero();

            assertThat(output.getOut()).containsPattern("shop\\s+" + second + "\\s+full");
            List<JsonNode> firstCopy = read(data.resolve(first).resolve("products.ndjson"));
            List<JsonNode> secondCopy = read(data.resolve(second).resolve("products.ndjson"));
            assertThat(firstCopy).hasSize(50);
            assertThat(secondCopy).hasSize(50);
            assertThat(secondCopy).extracting(p -> p.get("id").asLong()).doesNotHaveDuplicates();
        }
    }

    @Test
    void closingTheContextMidSyncCancelsPrintsTheSummaryAndLeavesNoPartFile(@TempDir Path data,
            CapturedOutput output) throws Exception {
        try (BigCommerceSimulator simulator = BigCommerceSimulator.builder().stores(2).products(5_000)
                .latency(Duration.ofMillis(200), Duration.ZERO).build().start()) {
            CompletableFuture<ConfigurableApplicationContext> started = new CompletableFuture<>();
            SpringApplication application = CatalogSyncApplication.application();
            application.addListeners((ApplicationListener<ApplicationStartedEvent>) event ->
                    started.complete(event.getApplicationContext()));
            CompletableFuture<ConfigurableApplicationContext> run = CompletableFuture.supplyAsync(() ->
                    application.run(args(simulator, data, Map.of())));
            ConfigurableApplicationContext context = started.get(60, TimeUnit.SECONDS);
            MeterRegistry meters = context.getBean(MeterRegistry.class);
            CatalogSyncRunner runner = context.getBean(CatalogSyncRunner.class);
            // close as the JVM's shutdown hook does on Ctrl-C or SIGTERM, once pages have arrived
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> meters.find(BigCommerceObservations.REQUESTS)
                    .timers().stream().mapToLong(timer -> timer.count()).sum() >= 2);
            context.close();
            run.get(60, TimeUnit.SECONDS);

            assertThat(runner.getExitCode()).isEqualTo(CatalogSyncRunner.STOPPED_EXIT_CODE);
            assertThat(output.getOut()).contains("TOTAL").contains("STOPPED a").contains("STOPPED b");
            assertThat(output.toString()).doesNotContain("WARN").doesNotContain("ERROR").doesNotContain("Exception");
            try (Stream<Path> files = Files.walk(data)) {
                assertThat(files.map(Path::toString)).noneMatch(file -> file.endsWith(".part"));
            }
        }
    }

    private static String[] oneStore(BigCommerceSimulator simulator, Path data, String name, String hash) {
        return new String[] {"--bigcommerce.api-url=" + simulator.baseUrl(), "--catalog-sync.data-dir=" + data,
            "--bigcommerce.stores." + name + ".store-hash=" + hash,
            "--bigcommerce.stores." + name + ".access-token=" + simulator.accessToken(hash)};
    }

    private static List<Path> storeDirectories(Path data) throws IOException {
        try (Stream<Path> dirs = Files.list(data)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
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
