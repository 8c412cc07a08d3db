package io.github.bcreactive.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.error.UnprocessableEntityException;
import io.github.bcreactive.http.FileUpload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

/**
 * A product image uploaded as a file, end to end: the client sends a {@code multipart/form-data} form with the file
 * in {@code image_file}, the simulator stores an image for it, and the image reads back with its form fields.
 */
@SimulatorSettings(products = 5)
class ProductImageUploadOnSimulatorTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};

    @Test
    void anImageFileUploadedWithItsFieldsReadsBack(BigCommerceClient client, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("front.png");
        Files.write(file, PNG);

        JsonNode made = client.catalog().createProductImage(3, FileUpload.of(file).withField("description", "Front")
                .withField("is_thumbnail", true).withField("sort_order", 4)).block();

        assertThat(made.get("image_file").asString()).isEqualTo("front.png");
        assertThat(made.get("description").asString()).isEqualTo("Front");
        assertThat(made.get("is_thumbnail").asBoolean()).isTrue();
        assertThat(made.get("sort_order").asInt()).isEqualTo(4);
        assertThat(made.get("url_standard").asString()).endsWith("/product_images/uploaded/front.png");
        JsonNode read = client.v3().get("/catalog/products/3/images/" + made.get("id").asLong()).block();
        assertThat(read.path("data").path("image_file").asString()).isEqualTo("front.png");
    }

    @Test
    void anImageIsReplacedByUploadingAnotherFile(BigCommerceClient client) {
        JsonNode made = client.catalog().createProductImage(2, FileUpload.of(PNG, "a.png", "image/png")).block();

        JsonNode replaced = client.catalog().updateProductImage(2, made.get("id").asLong(),
                FileUpload.of(PNG, "b.png", "image/png")).block();

        assertThat(replaced.get("image_file").asString()).isEqualTo("b.png");
        assertThat(replaced.get("url_zoom").asString()).endsWith("/b.png");
    }

    @Test
    void theJsonFormStillTakesAnImageUrlAndAnUploadWithoutItsFileIsRefused(BigCommerceClient client) {
        JsonNode byUrl = client.catalog().images(1L).create(Map.of("image_url",
                "https://example.com/i.png")).map(image -> (JsonNode) client.v3().mapper().valueToTree(image))
                .block();
        assertThat(byUrl.get("url_standard").asString()).isEqualTo("https://example.com/i.png");

        StepVerifier.create(client.v3().upload(org.springframework.http.HttpMethod.POST, "/catalog/products/1/images",
                        "not_the_file", FileUpload.of(PNG, "c.png", "image/png")))
                .expectError(UnprocessableEntityException.class).verify();
    }
}
