package io.github.bcreactive.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.model.generated.catalog.BrandFull;
import io.github.bcreactive.model.generated.catalog.MetafieldFull;
import io.github.bcreactive.model.generated.catalog.PermissionSet;
import io.github.bcreactive.model.generated.orders.OrderResp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generated models (io.github.bcreactive.model.generated) as the client's mapper reads and writes them:
 * snake-case names, unknown fields kept through a read-modify-write, open enums, and dates in each version's format.
 */
class GeneratedModelsTest {

    private final JsonMapper mapper = BigCommerceClient.Builder.defaultMapper();

    private static final String METAFIELD = "{\"id\":12,\"key\":\"colour\",\"value\":\"blue\",\"namespace\":\"shop\","
            + "\"permission_set\":\"app_only\",\"resource_type\":\"brand\",\"resource_id\":7,"
            + "\"date_created\":\"2024-03-05T10:15:30Z\",\"owner_client_id\":\"abc\","
            + "\"surprise\":{\"nested\":[1,2]},\"late_addition\":\"kept\"}";

    @Test
    void snakeCaseNamesComeFromTheNamingStrategy() {
        BrandFull brand = mapper.readValue("{\"id\":3,\"name\":\"Acme\",\"page_title\":\"Acme tools\","
                + "\"meta_keywords\":[\"tools\"],\"custom_url\":{\"url\":\"/acme/\",\"is_customized\":true}}",
                BrandFull.class);

        assertThat(brand.pageTitle()).isEqualTo("Acme tools");
        assertThat(brand.metaKeywords()).containsExactly("tools");
        assertThat(brand.customUrl().isCustomized()).isTrue();
        assertThat(brand.extra()).isEmpty();
        JsonNode written = mapper.valueToTree(brand);
        assertThat(written.has("page_title")).isTrue();
        assertThat(written.path("custom_url").path("is_customized").asBoolean()).isTrue();
        assertThat(written.has("image_url")).as("nulls are left out").isFalse();
    }

    @Test
    void aReadModifyWriteKeepsEveryFieldTheModelDoesNotDeclare() {
        MetafieldFull read = mapper.readValue(METAFIELD, MetafieldFull.class);
        assertThat(read.extra()).containsOnlyKeys("surprise", "late_addition");

        MetafieldFull changed = new MetafieldFull(read.id(), read.key(), "green", read.namespace(),
                read.permissionSet(), read.description(), read.resourceType(), read.resourceId(), read.dateCreated(),
                read.dateModified(), read.ownerClientId(), read.extra());
        JsonNode written = mapper.readTree(mapper.writeValueAsString(changed));

        JsonNode expected = mapper.readTree(METAFIELD);
        ((tools.jackson.databind.node.ObjectNode) expected).put("value", "green");
        assertThat(written).isEqualTo(expected);
    }

    @Test
    void anEnumKeepsAValueItDoesNotKnowAndWritesItBack() {
        MetafieldFull known = mapper.readValue(METAFIELD, MetafieldFull.class);
        assertThat(known.permissionSet()).isEqualTo(PermissionSet.APP_ONLY);
        assertThat(known.permissionSet().known()).isTrue();
        assertThat(PermissionSet.values()).contains(PermissionSet.READ_AND_SF_ACCESS);

        MetafieldFull unknown = mapper.readValue(METAFIELD.replace("app_only", "shared_with_partners"),
                MetafieldFull.class);
        assertThat(unknown.permissionSet().value()).isEqualTo("shared_with_partners");
        assertThat(unknown.permissionSet().known()).isFalse();
        assertThat(mapper.valueToTree(unknown).path("permission_set").asString()).isEqualTo("shared_with_partners");
    }

    @Test
    void datesDecodeToOffsetDateTimeInEachVersionsFormat() {
        MetafieldFull v3 = mapper.readValue(METAFIELD, MetafieldFull.class);
        OffsetDateTime march = OffsetDateTime.of(2024, 3, 5, 10, 15, 30, 0, ZoneOffset.UTC);
        assertThat(v3.dateCreated()).isEqualTo(march);
        assertThat(mapper.valueToTree(v3).path("date_created").asString()).isEqualTo("2024-03-05T10:15:30Z");

        OrderResp v2 = mapper.readValue("{\"id\":101,\"date_created\":\"Tue, 05 Mar 2024 10:15:30 +0000\","
                + "\"date_shipped\":\"\",\"status\":\"Shipped\"}", OrderResp.class);
        assertThat(v2.dateCreated()).isEqualTo(march);
        assertThat(v2.dateShipped()).as("v2's empty date is none").isNull();
        assertThat(mapper.valueToTree(v2).path("date_created").asString())
                .isEqualTo("Tue, 5 Mar 2024 10:15:30 +0000");
    }
}
