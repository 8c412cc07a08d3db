package io.github.bcreactive.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;

import io.github.bcreactive.BigCommerceClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ModelTest {

    private final JsonMapper mapper = BigCommerceClient.Builder.defaultMapper();

    @Test
    void datesParseFromEitherApiFormat() {
        OffsetDateTime expected = OffsetDateTime.parse("2012-11-20T13:05:00Z");
        assertThat(ApiDates.parse("Tue, 20 Nov 2012 13:05:00 +0000")).isEqualTo(expected);
        assertThat(ApiDates.parse("2012-11-20T13:05:00+00:00")).isEqualTo(expected);
        assertThat(ApiDates.parse("2012-11-20T13:05:00Z")).isEqualTo(expected);
        assertThat(ApiDates.parse("2012-11-20T13:05:00")).isEqualTo(expected);
        assertThat(ApiDates.parse("")).isNull();
    }

    @Test
    void v2ModelsWriteRfc2822AndV3ModelsWriteIso8601() {
        Shipment shipment = mapper.readValue("{\"id\":1,\"date_created\":\"Tue, 20 Nov 2012 13:05:00 +0000\"}",
                Shipment.class);
        Brand brand = mapper.readValue("{\"id\":1}", Brand.class);
        Channel channel = mapper.readValue("{\"id\":1,\"date_created\":\"Tue, 20 Nov 2012 13:05:00 +0000\"}",
                Channel.class);

        assertThat(mapper.readTree(mapper.writeValueAsString(shipment)).get("date_created").asString())
                .isEqualTo("Tue, 20 Nov 2012 13:05:00 +0000");
        assertThat(mapper.readTree(mapper.writeValueAsString(channel)).get("date_created").asString())
                .isEqualTo("2012-11-20T13:05:00Z");
        assertThat(mapper.writeValueAsString(brand)).isEqualTo("{\"id\":1}");
    }

    @Test
    void aBadDateFailsToDecode() {
        assertThatThrownBy(() -> mapper.readValue("{\"date_created\":\"yesterday\"}", Shipment.class))
                .hasMessageContaining("yesterday");
    }

    @Test
    void unknownFieldsAreKeptAndWrittenBack() {
        String json = "{\"id\":3,\"name\":\"A\",\"new_field\":{\"q\":[1,null]},\"flag\":null}";

        Brand brand = mapper.readValue(json, Brand.class);

        assertThat(brand.extra()).containsKeys("new_field", "flag");
        JsonNode written = mapper.readTree(mapper.writeValueAsString(brand));
        assertThat(written).isEqualTo(mapper.readTree(json));
        assertThatThrownBy(() -> brand.extra().put("x", null)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void orderStatusesReadAndWriteTheirIds() {
        assertThat(OrderStatus.values()).hasSize(15);
        assertThat(OrderStatus.of(0)).isEqualTo(OrderStatus.INCOMPLETE);
        assertThat(OrderStatus.of(14)).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
        assertThat(OrderStatus.of(11).label()).isEqualTo("Awaiting Fulfillment");
        assertThat(mapper.readValue("{\"status_id\":5}", Order.class).statusId()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(mapper.writeValueAsString(mapper.readValue("{\"status_id\":5}", Order.class)))
                .isEqualTo("{\"status_id\":5}");
        assertThatThrownBy(() -> OrderStatus.of(15)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nestedModelsDecodeFromAnIncludedProduct() {
        Product product = mapper.readValue("{\"id\":1,\"variants\":[{\"id\":2,\"price\":\"9.50\"}],"
                + "\"images\":[{\"id\":3,\"is_thumbnail\":true}],\"custom_fields\":[{\"id\":4,\"name\":\"n\","
                + "\"value\":\"v\"}],\"categories\":[7,8]}", Product.class);

        assertThat(product.variants().get(0).price()).isEqualByComparingTo("9.5");
        assertThat(product.images().get(0).isThumbnail()).isTrue();
        assertThat(product.customFields().get(0).value()).isEqualTo("v");
        assertThat(product.categories()).containsExactly(7L, 8L);
    }
}
