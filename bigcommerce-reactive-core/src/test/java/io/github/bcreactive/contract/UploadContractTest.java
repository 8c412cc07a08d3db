package io.github.bcreactive.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.http.FileUpload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;

/**
 * The generated upload methods against the contract server: each request matches its spec operation, and
 * swagger-request-validator, which reads a {@code multipart/form-data} body against the operation's form schema,
 * finds no violation. Skips, saying why, when the specs are absent.
 */
class UploadContractTest {

    @RegisterExtension
    static final ExampleApi.PerClass EXAMPLES = new ExampleApi.PerClass();

    @Test
    void everyUploadMatchesItsOperationWithoutAViolation() {
        ExampleApi api = EXAMPLES.get();
        FileUpload png = FileUpload.of(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "front.png", "image/png");
        List<Function<BigCommerceClient, Mono<?>>> uploads = List.of(
                client -> client.catalog().createBrandImage(1, png),
                client -> client.catalog().createCategoryImage(1, png),
                client -> client.catalog().createProductModifierImage(1, 2, 3, png),
                client -> client.catalog().createProductVariantImage(1, 2, png),
                client -> client.catalog().createProductImage(1, png.withField("description", "Front")),
                client -> client.catalog().updateProductImage(1, 2, png),
                client -> client.content().createRedirectImportJob(FileUpload.of(
                        "Domain,Old Path\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), "r.csv", "text/csv")),
                client -> client.content().uploadStoreTheme(FileUpload.of(new byte[] {'P', 'K'}, "t.zip",
                        "application/zip")),
                client -> client.store().createSettingsFaviconImage(png),
                client -> client.store().createSettingsLogoImage(png));
        api.server().reset();
        List<String> failed = new java.util.ArrayList<>();
        for (Function<BigCommerceClient, Mono<?>> upload : uploads) {
            upload.apply(api.client()).onErrorResume(error -> {
                failed.add(error.toString());
                return Mono.empty();
            }).block();
        }
        // the example answers decode into each upload's model (JsonNode where the spec gives no schema)
        assertThat(failed).isEmpty();
        assertThat(api.server().exchanges()).hasSize(uploads.size()).allSatisfy(exchange -> {
            assertThat(exchange.operation()).as(exchange.uri()).isPresent();
            assertThat(exchange.requestViolations()).as(exchange.toString()).isEmpty();
        });
    }

    /**
     * What the validator checks of a form: its content type (JSON where the spec takes only a form is a violation),
     * not its parts (a form without the required {@code file} part passes), so {@code UploadTest} checks the part
     * names on the wire bytes.
     */
    @Test
    void theValidatorChecksAFormsContentTypeNotItsParts() {
        ExampleApi api = EXAMPLES.get();
        api.server().reset();
        api.client().v3().post("/themes", java.util.Map.of("file", "t.zip")).onErrorComplete().block();
        api.client().v3().upload(org.springframework.http.HttpMethod.POST, "/themes", "not_the_file",
                FileUpload.of(new byte[] {'P', 'K'}, "t.zip", "application/zip")).onErrorComplete().block();
        assertThat(api.server().exchanges()).hasSize(2);
        assertThat(api.server().exchanges().get(0).requestViolations()).as("JSON to a form-only operation")
                .isNotEmpty();
        assertThat(api.server().exchanges().get(1).requestViolations()).as("a form missing its part").isEmpty();
    }
}
