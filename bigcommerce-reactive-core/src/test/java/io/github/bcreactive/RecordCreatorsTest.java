package io.github.bcreactive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.github.bcreactive.model.generated.catalog.Product;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;

/** The default mapper's record constructors: the same values and errors as Jackson's own call, one call each. */
class RecordCreatorsTest {

    private static final String PRODUCT = "{\"id\":7,\"name\":\"Shoe\",\"type\":\"physical\",\"price\":12.5,"
            + "\"categories\":[3,4],\"date_created\":\"2018-08-14T15:37:49+00:00\",\"custom_url\":{\"url\":\"/shoe/\"},"
            + "\"brand_new_field\":{\"a\":[1,2]}}";

    private final JsonMapper fast = BigCommerceClient.Builder.defaultMapper();
    private final JsonMapper plain = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @Test
    void aModelDecodesAsJacksonDecodesIt() {
        Product product = fast.readValue(PRODUCT, Product.class);

        assertThat(product).isEqualTo(plain.readValue(PRODUCT, Product.class));
        assertThat(product.extra()).containsOnlyKeys("brand_new_field");
        assertThat(fast.writeValueAsString(product)).isEqualTo(plain.writeValueAsString(product));
    }

    @Test
    void absentComponentsGetJacksonsDefaultsAndErrors() {
        String whole = "{\"a\":1,\"b\":2,\"c\":\"x\",\"e\":true,\"other\":true}";
        String lacksPrimitive = "{\"a\":1,\"c\":\"x\"}";

        assertThat(fast.readValue(whole, Wide.class)).isEqualTo(plain.readValue(whole, Wide.class))
                .isEqualTo(new Wide(1, 2L, "x", null, true, null, Map.of("other", plain.readTree("true"))));
        assertThatThrownBy(() -> fast.readValue(lacksPrimitive, Wide.class))
                .hasMessageStartingWith("Cannot map `null` into type `long`");
        assertThatThrownBy(() -> plain.readValue(lacksPrimitive, Wide.class))
                .hasMessageStartingWith("Cannot map `null` into type `long`");
    }

    @Test
    void theConstructorIsCalledOncePerValue() {
        Counted.CALLS.set(0);

        fast.readValue("[{\"name\":\"a\"},{\"name\":\"b\"}]", Counted[].class);

        assertThat(Counted.CALLS).hasValue(2);
    }

    @Test
    void aConstructorThatThrowsFailsAsJacksonReportsIt() {
        String json = "{\"name\":null}";
        Throwable expected = null;
        try {
            plain.readValue(json, Counted.class);
        } catch (ValueInstantiationException e) {
            expected = e;
        }
        assertThat(expected).isNotNull();
        Counted.CALLS.set(0);

        assertThatThrownBy(() -> fast.readValue(json, Counted.class))
                .isInstanceOf(ValueInstantiationException.class)
                .hasMessage(expected.getMessage());
        // the spread call, then Jackson's, which reports the error
        assertThat(Counted.CALLS).hasValue(2);
    }

    /**
     * A record with primitives, a list and unknown fields.
     *
     * @param a an int
     * @param b a long
     * @param c a string
     * @param d a list
     * @param e a boolean
     * @param f a nested record
     * @param extra the unknown fields
     */
    record Wide(int a, long b, String c, List<Integer> d, boolean e, Counted f,
            @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

        Wide {
            extra = extra == null ? Map.of() : Map.copyOf(extra);
        }
    }

    /**
     * A record that counts its constructions and refuses a null name.
     *
     * @param name the name
     */
    record Counted(String name) {

        static final AtomicInteger CALLS = new AtomicInteger();

        Counted {
            CALLS.incrementAndGet();
            Objects.requireNonNull(name, "'name' cannot be null.");
        }
    }
}
