package io.github.bcreactive.autoconfigure;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated metadata IDEs read: every property described, and value hints for methods and durations. */
class ConfigurationMetadataTests {

    @Test
    void metadataHasDescriptionsAndValueHints() throws IOException {
        JsonNode metadata;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("generated metadata").isNotNull();
            metadata = JsonMapper.builder().build().readTree(in);
        }
        assertThat(metadata.get("properties").valueStream().map(p -> p.path("name").asString()))
                .contains("bigcommerce.retry.methods", "bigcommerce.proxy.host", "bigcommerce.ssl.bundle",
                        "bigcommerce.pool.max-life-time", "bigcommerce.health.cache-time-to-live",
                        "bigcommerce.observations.store-tag");
        assertThat(metadata.get("properties").valueStream()
                .filter(p -> p.path("name").asString().startsWith("bigcommerce."))
                .filter(p -> p.path("description").asString().isBlank())
                .map(p -> p.path("name").asString())).as("properties without a description").isEmpty();
        assertThat(metadata.get("hints").valueStream().map(h -> h.path("name").asString()))
                .contains("bigcommerce.retry.methods", "bigcommerce.timeouts.response",
                        "bigcommerce.health.cache-time-to-live");
        JsonNode methods = metadata.get("hints").valueStream()
                .filter(h -> h.path("name").asString().equals("bigcommerce.retry.methods")).findFirst().orElseThrow();
        assertThat(methods.path("values").valueStream().map(v -> v.path("value").asString()))
                .containsExactly("GET", "HEAD", "PUT", "DELETE", "OPTIONS");
    }
}
