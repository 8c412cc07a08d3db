package io.github.bcreactive.query;

import static io.github.bcreactive.api.ApiVersion.V2;
import static io.github.bcreactive.api.ApiVersion.V3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Query parameters, formatted and percent-encoded for the API version they are sent to. */
class QueryTest {

    @Test
    void listsAreJoinedByCommas() {
        assertThat(Query.in("id", 1, 2, 3).encode(V3)).isEqualTo("id:in=1,2,3");
        assertThat(Query.of("id:in", List.of(4L, 5L)).encode(V2)).isEqualTo("id:in=4,5");
        assertThat(Query.of("id:in", new int[] {6, 7}).encode(V3)).isEqualTo("id:in=6,7");
        assertThat(Query.builder().notIn("sku", "a,b", "c").build().encode(V3)).isEqualTo("sku:not_in=a%2Cb,c");
    }

    @Test
    void booleansAreLowerCaseAndNumbersPlain() {
        assertThat(Query.of("is_visible", true).encode(V3)).isEqualTo("is_visible=true");
        assertThat(Query.of("is_visible", Boolean.FALSE).encode(V2)).isEqualTo("is_visible=false");
        assertThat(Query.of("price", new BigDecimal("1E+3")).encode(V3)).isEqualTo("price=1000");
    }

    @Test
    void datesAreRfc2822ForV2AndIso8601ForV3() {
        OffsetDateTime date = OffsetDateTime.parse("2026-03-01T10:15:30Z");
        Query query = Query.builder().min("date_created", date).max("date_created", date.plusDays(1)).build();

        assertThat(query.encode(V3))
                .isEqualTo("date_created:min=2026-03-01T10:15:30Z&date_created:max=2026-03-02T10:15:30Z");
        assertThat(query.encode(V2)).isEqualTo("min_date_created=Sun%2C%2001%20Mar%202026%2010:15:30%20%2B0000"
                + "&max_date_created=Mon%2C%2002%20Mar%202026%2010:15:30%20%2B0000");
    }

    @Test
    void aPlusInAnOffsetIsEscaped() {
        OffsetDateTime date = OffsetDateTime.parse("2026-03-01T10:15:30+05:30");

        assertThat(Query.of("date_modified:min", date).encode(V3))
                .isEqualTo("date_modified:min=2026-03-01T10:15:30%2B05:30");
        assertThat(Query.of("min_date_modified", date).encode(V2))
                .isEqualTo("min_date_modified=Sun%2C%2001%20Mar%202026%2010:15:30%20%2B0530");
    }

    @Test
    void instantsAndZonedDatesAreAccepted() {
        assertThat(Query.of("d", Instant.parse("2026-01-02T03:04:05Z")).encode(V3)).isEqualTo("d=2026-01-02T03:04:05Z");
        ZonedDateTime zoned = ZonedDateTime.of(2026, 7, 1, 12, 0, 0, 0, ZoneId.of("Europe/Paris"));
        assertThat(Query.of("d", zoned).encode(V3)).isEqualTo("d=2026-07-01T12:00:00%2B02:00");
        assertThat(Query.of("d", LocalDate.of(2026, 1, 2)).encode(V3)).isEqualTo("d=2026-01-02");
    }

    @Test
    void aDateWithoutAnOffsetIsRefused() {
        Query query = Query.of("d", LocalDateTime.of(2026, 1, 2, 3, 4));

        assertThatThrownBy(() -> query.encode(V3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LocalDateTime");
    }

    @Test
    void reservedCharactersAreEscapedInNamesAndValues() {
        assertThat(Query.of("name", "a&b=c d/é#?+%").encode(V3))
                .isEqualTo("name=a%26b%3Dc%20d%2F%C3%A9%23%3F%2B%25");
        assertThat(Query.of("weird name&", "x").encode(V3)).isEqualTo("weird%20name%26=x");
        assertThat(Query.of("keyword", "-._~").encode(V3)).isEqualTo("keyword=-._~");
    }

    @Test
    void operatorsAreSpelledPerVersion() {
        Query query = Query.builder()
                .min("price", 10).max("price", 20)
                .greater("id", 5).less("id", 9)
                .like("name", "mug")
                .build();

        assertThat(query.encode(V3))
                .isEqualTo("price:min=10&price:max=20&id:greater=5&id:less=9&name:like=mug");
        assertThat(query.encode(V2))
                .isEqualTo("min_price=10&max_price=20&id:greater=5&id:less=9&name:like=mug");
    }

    @Test
    void includesFieldsAndSortAreCommaListsAndLowerCaseDirections() {
        Query query = Query.builder()
                .include("variants", "images")
                .includeFields("name", "price")
                .excludeFields("description")
                .sort("id", Direction.DESC)
                .build();

        assertThat(query.encode(V3)).isEqualTo("include=variants,images&include_fields=name,price"
                + "&exclude_fields=description&sort=id&direction=desc");
    }

    @Test
    void aRepeatedParameterKeepsItsFirstPositionAndLastValue() {
        Query query = Query.of("a", 1).with("b", 2).with("a", 3);

        assertThat(query.encode(V3)).isEqualTo("a=3&b=2");
        assertThat(query.get("a")).contains(3);
    }

    @Test
    void queriesAreImmutable() {
        Query base = Query.of("a", 1);
        Query more = base.with("b", 2);

        assertThat(base.encode(V3)).isEqualTo("a=1");
        assertThat(more.encode(V3)).isEqualTo("a=1&b=2");
        assertThat(more.without("a").encode(V3)).isEqualTo("b=2");
        assertThat(base.without("zzz")).isSameAs(base);
    }

    @Test
    void hasAndGetKnowARangeFilterByEitherSpelling() {
        Query query = Query.builder().min("date_created", "x").page(2).build();

        assertThat(query.has("date_created:min")).isTrue();
        assertThat(query.has("min_date_created")).isTrue();
        assertThat(query.has("page")).isTrue();
        assertThat(query.has("limit")).isFalse();
        assertThat(query.get("page")).contains(2);
        assertThat(query.get("limit")).isEqualTo(Optional.empty());
    }

    @Test
    void aMapKeepsItsOrderAndEqualQueriesAreEqual() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("b", 1);
        params.put("a", true);

        assertThat(Query.of(params).encode(V3)).isEqualTo("b=1&a=true");
        assertThat(Query.of(params)).isEqualTo(Query.of("b", 1).with("a", true))
                .hasSameHashCodeAs(Query.of("b", 1).with("a", true));
        assertThat(Query.empty().encode(V2)).isEmpty();
        assertThat(Query.empty().isEmpty()).isTrue();
        assertThat(Query.builder().build()).isSameAs(Query.empty());
    }

    @Test
    void badInputIsRefusedWithTheParameterNamed() {
        assertThatThrownBy(() -> Query.builder().limit(251)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'limit'");
        assertThatThrownBy(() -> Query.builder().limit(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Query.builder().page(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'page'");
        assertThatThrownBy(() -> Query.in("id")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'id'");
        assertThatThrownBy(() -> Query.of(" ", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Query.of("a", null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("'a'");
    }
}
