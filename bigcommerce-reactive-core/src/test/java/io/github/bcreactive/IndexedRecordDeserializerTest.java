package io.github.bcreactive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonView;
import io.github.bcreactive.model.Order;
import io.github.bcreactive.model.generated.catalog.Product;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The default mapper's record deserializer (names matched to constructor parameters by index) against Jackson's own
 * property-based loop: the same value, or the same error (class, message, path), for every input.
 */
class IndexedRecordDeserializerTest {

    /** A product with every kind of component: numbers, dates, open enums, lists, nested records, unknown fields. */
    private static final String PRODUCT = """
            {"id":251,"name":"Granite Mug 251","type":"physical","sku":"SKU-0000251",
             "description":"<p>Granite Mug</p>","weight":2.07,"width":45,"depth":18,"height":12,"price":378.49,
             "cost_price":227.09,"retail_price":454.19,"sale_price":0.0,"map_price":0,"tax_class_id":0,
             "categories":[2,23],"brand_id":3,"inventory_level":299,"inventory_tracking":"variant",
             "is_free_shipping":false,"is_visible":true,"related_products":[-1],"availability":"available",
             "gift_wrapping_options_type":"any","gift_wrapping_options_list":[],"condition":"New",
             "meta_keywords":["mug","granite"],"view_count":4051,"preorder_release_date":null,
             "custom_url":{"url":"/granite-mug-251/","is_customized":false,"new_flag":1},
             "open_graph_type":"product","total_sold":658,
             "bulk_pricing_rules":[{"id":1,"quantity_min":2,"quantity_max":9,"type":"percent","amount":5}],
             "variants":[{"id":751,"product_id":251,"sku":"SKU-0000251-1","price":null,"option_values":[]}],
             "date_created":"2023-03-29T14:01:27+00:00","date_modified":"Tue, 20 Nov 2012 00:00:00 +0000",
             "base_variant_id":751,"calculated_price":378.49,"option_set_display":"right",
             "brand_new_field":{"a":[1,2]},"another":"x"}
            """;

    private final JsonMapper fast = BigCommerceClient.Builder.defaultMapper();
    private final JsonMapper plain = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @Test
    void theModelsAreReadByIndex() {
        assertThat(deserializer(fast, Product.class)).isInstanceOf(IndexedRecordDeserializer.class)
                .satisfies(d -> assertThat(((IndexedRecordDeserializer) d).matchesByIndex()).isTrue());
        assertThat(deserializer(fast, Order.class)).isInstanceOf(IndexedRecordDeserializer.class)
                .satisfies(d -> assertThat(((IndexedRecordDeserializer) d).matchesByIndex()).isTrue());
        assertThat(deserializer(plain, Product.class)).isNotInstanceOf(IndexedRecordDeserializer.class);
    }

    @Test
    void aProductDecodesAsJacksonDecodesIt() {
        Product product = fast.readValue(PRODUCT, Product.class);

        assertThat(product).isEqualTo(plain.readValue(PRODUCT, Product.class));
        assertThat(product.extra()).containsOnlyKeys("brand_new_field", "another");
        assertThat(product.customUrl().extra()).containsOnlyKeys("new_flag");
        assertThat(product.variants().get(0).price()).isNull();
        assertThat(product.dateModified()).hasToString("2012-11-20T00:00Z");
        assertThat(fast.writeValueAsString(product)).isEqualTo(plain.writeValueAsString(product));
    }

    @Test
    void aPageOfProductsDecodesAsJacksonDecodesIt() {
        String page = "[" + PRODUCT + "," + PRODUCT.replace("251", "252") + ",{}]";

        assertSame(page, Product[].class);
        assertSame("{\"data\":" + page + ",\"meta\":{}}", Envelope.class);
    }

    /** A repeated component keeps its last value; a repeated unknown field its first (Jackson's any-setter order). */
    @Test
    void duplicateKeysAreReadAsJacksonReadsThem() {
        assertSame("{\"id\":1,\"name\":\"a\",\"id\":2,\"x\":1,\"x\":2,\"name\":null}", Product.class);
        Product product = fast.readValue("{\"id\":1,\"id\":2,\"x\":1,\"x\":2}", Product.class);
        assertThat(product.id()).isEqualTo(2L);
        assertThat(product.extra()).containsOnlyKeys("x");
        assertThat(product.extra().get("x").asInt()).isEqualTo(plain.readValue("{\"x\":1,\"x\":2}", Product.class)
                .extra().get("x").asInt());
    }

    @Test
    void strictDuplicateDetectionStillFails() {
        JsonMapper strictFast = fast.rebuild().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        JsonMapper strictPlain = plain.rebuild().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

        assertSame(strictFast, strictPlain, "{\"id\":1,\"id\":2}", Product.class);
        assertSame(strictFast, strictPlain, "{\"x\":1,\"x\":2}", Product.class);
    }

    @Test
    void nullsAndAbsentFieldsAreJacksons() {
        assertSame("{}", Product.class);
        assertSame("{\"id\":null,\"variants\":null,\"type\":null,\"date_created\":null,\"x\":null}", Product.class);
        assertSame("{\"a\":null,\"b\":null,\"c\":null,\"d\":null,\"e\":null,\"f\":null}", Wide.class);
        assertSame("{\"a\":1,\"c\":\"x\"}", Wide.class);
        assertSame("{\"extra\":{\"k\":1},\"a\":1,\"b\":2}", Wide.class);
        assertThat(fast.readValue("{\"id\":null,\"x\":null}", Product.class).extra().get("x").isNull()).isTrue();
    }

    @Test
    void wrongTypesFailWithJacksonsErrorAndPath() {
        assertSame("{\"id\":\"abc\"}", Product.class);
        assertSame("{\"id\":{}}", Product.class);
        assertSame("{\"categories\":5}", Product.class);
        assertSame("{\"categories\":[\"x\"]}", Product.class);
        assertSame("{\"date_created\":\"yesterday\"}", Product.class);
        assertSame("{\"date_created\":5}", Product.class);
        assertSame("{\"type\":{}}", Product.class);
        assertSame("{\"custom_url\":{\"is_customized\":\"maybe\"}}", Product.class);
        assertSame("{\"variants\":[{\"id\":1},{\"price\":[]}]}", Product.class);
        assertSame("{\"a\":\"one\"}", Wide.class);
        assertSame("{\"f\":{\"name\":null}}", Wide.class);

        JacksonException error = fails(fast, "{\"name\":\"a\",\"id\":\"abc\"}", Product.class);
        assertThat(error).isInstanceOf(MismatchedInputException.class);
        assertThat(((DatabindException) error).getPath()).extracting(DatabindException.Reference::getPropertyName)
                .containsExactly("id");
    }

    @Test
    void escapedAndNonAsciiNamesMatchAsJacksonMatchesThem() {
        assertSame("{\"n\\u0061me\":\"a\",\"na\u00efve\":1,\"name\u2615\":2,\"sku\":\"Mug \u2615\"}", Product.class);
        assertSame("{\"inventory_warning_level\":1,\"open_graph_use_meta_description\":true,"
                + "\"open_graph_use_meta_descriptio\":1,\"open_graph_use_meta_descriptionx\":2}", Product.class);
        Product product = fast.readValue("{\"n\\u0061me\":\"a\"}".getBytes(StandardCharsets.UTF_8), Product.class);
        assertThat(product.name()).isEqualTo("a");
    }

    @Test
    void valuesThatAreNotObjectsAreJacksons() {
        assertSame("null", Product.class);
        assertSame("[]", Product.class);
        assertSame("\"text\"", Product.class);
        assertSame("12", Product.class);
        assertSame("[{\"id\":1}]", Product.class);
    }

    @Test
    void malformedJsonFailsAsBefore() {
        assertSame("{\"id\":1,", Product.class);
        assertSame("{\"id\":1 \"name\":\"a\"}", Product.class);
        assertSame("{\"id\":1,}", Product.class);
        assertSame("{\"id", Product.class);
    }

    @Test
    void unknownFieldsWithoutAnAnySetterAreJacksons() {
        assertSame("{\"name\":\"a\",\"other\":[1,{\"b\":2}]}", Counted.class);
        assertSame("{\"name\":\"a\",\"other\":1}", Ignoring.class);
        JsonMapper strictFast = JsonMapper.builder().addModule(new RecordCreators())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        JsonMapper strictPlain = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

        assertSame(strictFast, strictPlain, "{\"name\":\"a\",\"other\":1}", Counted.class);
        assertThat(fails(strictFast, "{\"name\":\"a\",\"other\":1}", Counted.class))
                .isInstanceOf(UnrecognizedPropertyException.class);
        assertSame(strictFast, strictPlain, "{\"name\":\"a\",\"other\":1}", Ignoring.class);
    }

    @Test
    void recordsThatNeedJacksonsLoopKeepIt() {
        assertThat(((IndexedRecordDeserializer) deserializer(fast, Aliased.class)).matchesByIndex()).isFalse();
        assertSame("{\"label\":\"a\"}", Aliased.class);
        assertSame("{\"name\":\"a\",\"label\":\"b\"}", Aliased.class);

        ObjectReader fastView = fast.readerWithView(Summary.class).forType(Viewed.class);
        ObjectReader plainView = plain.readerWithView(Summary.class).forType(Viewed.class);
        String viewed = "{\"name\":\"a\",\"secret\":\"s\",\"x\":1}";
        assertThat((Viewed) fastView.readValue(viewed)).isEqualTo(plainView.readValue(viewed))
                .isEqualTo(new Viewed("a", null, Map.of("x", plain.readTree("1"))));
        assertSame(viewed, Viewed.class);
    }

    /** Random edits of the product (drops, repeats, wrong types, unknowns, reordering): the same outcome each time. */
    @Test
    void editedProductsDecodeAsJacksonDecodesThem() {
        ObjectNode product = (ObjectNode) plain.readTree(PRODUCT);
        List<String> names = new ArrayList<>(product.propertyNames());
        List<JsonNode> odd = List.of(plain.readTree("null"), plain.readTree("\"s\""), plain.readTree("-3"),
                plain.readTree("1.5e3"), plain.readTree("true"), plain.readTree("[1,\"a\"]"),
                plain.readTree("{\"k\":{}}"), plain.readTree("\"2023-03-29T14:01:27Z\""));
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            StringBuilder json = new StringBuilder("{");
            List<String> order = new ArrayList<>(names);
            Collections.shuffle(order, random);
            for (String name : order) {
                int roll = random.nextInt(10);
                if (roll == 0) {
                    continue;
                }
                JsonNode value = roll == 1 ? odd.get(random.nextInt(odd.size())) : product.get(name);
                append(json, roll == 2 ? "u_" + name : name, value);
                if (roll == 3) {
                    append(json, name, odd.get(random.nextInt(odd.size())));
                }
            }
            json.setLength(json.length() - (json.length() > 1 ? 1 : 0));
            json.append('}');
            assertSame(json.toString(), Product.class);
        }
    }

    private static void append(StringBuilder json, String name, JsonNode value) {
        json.append('"').append(name).append("\":").append(value).append(',');
    }

    private void assertSame(String json, Class<?> type) {
        assertSame(fast, plain, json, type);
    }

    /** The same outcome from text and from UTF-8 bytes (the parsers match names by different code). */
    private static void assertSame(JsonMapper fast, JsonMapper plain, String json, Class<?> type) {
        assertSame(fast, plain, json, type, false);
        assertSame(fast, plain, json, type, true);
    }

    private static void assertSame(JsonMapper fast, JsonMapper plain, String json, Class<?> type, boolean bytes) {
        Object expected;
        try {
            expected = read(plain, json, type, bytes);
        } catch (JacksonException e) {
            JacksonException actual = fails(fast, json, type, bytes);
            assertThat(actual).as(json).isNotNull().hasSameClassAs(e).hasMessage(e.getMessage());
            if (e instanceof DatabindException databind) {
                assertThat(((DatabindException) actual).getPath()).as(json).hasToString(databind.getPath().toString());
            }
            return;
        }
        Object actual = read(fast, json, type, bytes);
        if (type.isArray()) {
            assertThat((Object[]) actual).as(json).containsExactly((Object[]) expected);
        } else {
            assertThat(actual).as(json).isEqualTo(expected);
        }
    }

    private static Object read(JsonMapper mapper, String json, Class<?> type, boolean bytes) {
        return bytes ? mapper.readValue(json.getBytes(StandardCharsets.UTF_8), type) : mapper.readValue(json, type);
    }

    private static JacksonException fails(JsonMapper mapper, String json, Class<?> type) {
        return fails(mapper, json, type, true);
    }

    private static JacksonException fails(JsonMapper mapper, String json, Class<?> type, boolean bytes) {
        try {
            read(mapper, json, type, bytes);
            return null;
        } catch (JacksonException e) {
            return e;
        }
    }

    private static ValueDeserializer<Object> deserializer(JsonMapper mapper, Class<?> type) {
        JavaType javaType = mapper.constructType(type);
        return mapper._deserializationContext().findRootValueDeserializer(javaType);
    }

    /**
     * A page envelope as the v3 API sends it.
     *
     * @param data the items
     * @param meta the metadata
     */
    record Envelope(List<Product> data, JsonNode meta) {
    }

    /**
     * A record with primitives, a list, a nested record and unknown fields.
     *
     * @param a an int
     * @param b a long
     * @param c a string
     * @param d a list
     * @param e a boolean
     * @param f a nested record
     * @param extra the unknown fields
     */
    record Wide(int a, long b, String c, List<Integer> d, boolean e, RecordCreatorsTest.Counted f,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {
    }

    /**
     * A record without an any-setter.
     *
     * @param name the name
     */
    record Counted(String name) {
    }

    /**
     * A record that ignores unknown fields by annotation.
     *
     * @param name the name
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Ignoring(String name) {
    }

    /**
     * A record with an alias, which Jackson's loop reads.
     *
     * @param name the name, or {@code label}
     */
    record Aliased(@JsonAlias("label") String name) {
    }

    /** The view of {@link Viewed} that leaves out its secret. */
    interface Summary {
    }

    /**
     * A record with a component outside a view.
     *
     * @param name in the summary
     * @param secret outside it
     * @param extra the unknown fields
     */
    record Viewed(@JsonView(Summary.class) String name, String secret,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {
    }
}
