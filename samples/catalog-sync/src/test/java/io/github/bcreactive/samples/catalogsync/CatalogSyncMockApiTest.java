package io.github.bcreactive.samples.catalogsync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
class CatalogSyncMockApiTest {

    private static final Map<String, String> TOKENS = Map.of("storea", "token-a", "storeb", "token-b");
    private static final int PRODUCTS = 620;

    private final JsonMapper mapper = JsonMapper.builder().build();

    @Test
    void fullCopyThenIncrementalMergeOfWhatChanged(@TempDir Path data, CapturedOutput output) throws IOException {
        try (FakeCatalog api = new FakeCatalog(TOKENS, PRODUCTS)) {
            assertThat(run(api, data)).isZero();
            for (String name : List.of("a", "b")) {
                List<JsonNode> products = read(data.resolve(name).resolve("products.ndjson"));
                assertThat(products).hasSize(PRODUCTS);
                assertThat(products).extracting(p -> p.get("id").asLong()).doesNotHaveDuplicates();
                assertThat(products.get(0).get("variants")).hasSize(2);
            }
            assertThat(output.getOut()).contains("TOTAL").contains("1,240").contains("2,480");
            assertThat(api.queries()).allSatisfy(query -> assertThat(query).contains("include=variants")
                    .doesNotContain("date_modified"));
            int firstRunQueries = api.queries().size();
            assertThat(firstRunQueries).isEqualTo(2 * 3);

            api.put("storea", 7, "Renamed");
            api.put("storea", PRODUCTS + 1, "Brand new");
            assertThat(run(api, data)).isZero();

            List<JsonNode> a = read(data.resolve("a").resolve("products.ndjson"));
            assertThat(a).hasSize(PRODUCTS + 1);
            assertThat(a).extracting(p -> p.get("id").asLong()).doesNotHaveDuplicates();
            assertThat(a.get(6).get("name").asString()).isEqualTo("Renamed");
            assertThat(a.get(PRODUCTS).get("name").asString()).isEqualTo("Brand new");
            assertThat(read(data.resolve("b").resolve("products.ndjson"))).hasSize(PRODUCTS);
            List<String> secondRun = api.queries().subList(firstRunQueries, api.queries().size());
            assertThat(secondRun).hasSize(2).allSatisfy(query -> assertThat(query).contains("date_modified:min=2025-01-01T00:10:20Z"));
            assertThat(output.getOut()).contains("incremental");
        }
    }

    @Test
    void aFailingStoreIsReportedAndKeepsItsPreviousCopy(@TempDir Path data, CapturedOutput output) {
        try (FakeCatalog api = new FakeCatalog(Map.of("storea", "token-a", "storeb", "other"), 10)) {
            assertThat(run(api, data)).isEqualTo(1);
            assertThat(data.resolve("a").resolve("products.ndjson")).exists();
            assertThat(data.resolve("b").resolve("products.ndjson")).doesNotExist();
            assertThat(data.resolve("b").resolve("products.ndjson.part")).doesNotExist();
            assertThat(output.getOut()).contains("FAILED b: UnauthorizedException");
        }
    }

    private int run(FakeCatalog api, Path data) {
        ConfigurableApplicationContext context = CatalogSyncApplication.application().run(
                "--bigcommerce.api-url=" + api.url(),
                "--bigcommerce.stores.a.store-hash=storea", "--bigcommerce.stores.a.access-token=token-a",
                "--bigcommerce.stores.b.store-hash=storeb", "--bigcommerce.stores.b.access-token=token-b",
                "--catalog-sync.data-dir=" + data);
        return SpringApplication.exit(context);
    }

    private List<JsonNode> read(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(mapper::readTree).toList();
    }
}
