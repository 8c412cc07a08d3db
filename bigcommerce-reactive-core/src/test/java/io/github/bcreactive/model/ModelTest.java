package io.github.bcreactive.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.model.generated.catalog.BrandFull;
import io.github.bcreactive.model.generated.catalog.Product;
import io.github.bcreactive.model.generated.channels.ChannelWithCurrencies;
import io.github.bcreactive.model.generated.orders.OrderShipment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

    @ParameterizedTest
    @ValueSource(strings = {"2018-08-14T15:37:49+00:00", "2018-08-14T15:37:49-05:30", "2018-08-14T15:37:49+14:00",
        "2018-08-14T15:37:49Z", "2024-02-29T00:00:00+01:00", "0001-01-01T00:00:00+00:00"})
    void v3DatesReadTheSameWithoutTheFormatter(String text) {
        assertThat(ApiDates.parse(text)).isEqualTo(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29T00:00:00+00:00", "2018-13-14T15:37:49+00:00", "2018-08-14T25:37:49+00:00",
        "2018-08-14T15:37:49+19:00", "2018-08-14T15:37:49+0a:00", "2018-08-14T15:37:49X", "2018-08-14T15:37:4x+00:00",
        "2018-08-14T15:37:49*00:00"})
    void malformedV3DatesAreRefusedAsTheFormatterRefusesThem(String text) {
        assertThatThrownBy(() -> ApiDates.parse(text)).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void v2ModelsWriteRfc2822AndV3ModelsWriteIso8601() {
        OrderShipment shipment = mapper.readValue("{\"id\":1,\"date_created\":\"Tue, 20 Nov 2012 13:05:00 +0000\"}",
                OrderShipment.class);
        BrandFull brand = mapper.readValue("{\"id\":1}", BrandFull.class);
        ChannelWithCurrencies channel = mapper.readValue("{\"id\":1,\"date_created\":\"Tue, 20 Nov 2012 13:05:00 "
                + "+0000\"}", ChannelWithCurrencies.class);

        assertThat(mapper.readTree(mapper.writeValueAsString(shipment)).get("date_created").asString())
                .isEqualTo("Tue, 20 Nov 2012 13:05:00 +0000");
        assertThat(mapper.readTree(mapper.writeValueAsString(channel)).get("date_created").asString())
                .isEqualTo("2012-11-20T13:05:00Z");
        assertThat(mapper.writeValueAsString(brand)).isEqualTo("{\"id\":1}");
    }

    @Test
    void aBadDateFailsToDecode() {
        assertThatThrownBy(() -> mapper.readValue("{\"date_created\":\"yesterday\"}", OrderShipment.class))
                .hasMessageContaining("yesterday");
    }

    @Test
    void unknownFieldsAreKeptAndWrittenBack() {
        String json = "{\"id\":3,\"name\":\"A\",\"new_field\":{\"q\":[1,null]},\"flag\":null}";

        BrandFull brand = mapper.readValue(json, BrandFull.class);

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
        assertThat(product.categories()).containsExactly(BigDecimal.valueOf(7), BigDecimal.valueOf(8));
    }
}
