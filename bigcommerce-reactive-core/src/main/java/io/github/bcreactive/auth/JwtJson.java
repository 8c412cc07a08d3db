package io.github.bcreactive.auth;

import java.io.OutputStream;
import java.io.Reader;
import java.util.Map;

import io.jsonwebtoken.io.AbstractDeserializer;
import io.jsonwebtoken.io.AbstractSerializer;
import io.jsonwebtoken.io.Deserializer;
import io.jsonwebtoken.io.Serializer;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plugs Jackson 3 into jjwt, which only ships a Jackson 2 binding ({@code jjwt-jackson}). JWT headers and claims are
 * flat JSON objects of strings, numbers and nested objects, so a plain {@code Map} round trip is all jjwt needs.
 *
 * <p>Reading is strict on purpose: a claim given twice ({@code {"aud":"a","aud":"b"}}) or anything after the object
 * makes the token malformed instead of letting one of the values win silently.
 */
final class JwtJson {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() { };

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static {
        // Built now, once: a first decode on an event loop would wait on Jackson's type-cache lock if two raced.
        MAPPER.readerFor(OBJECT);
    }

    private JwtJson() {
    }

    /**
     * The serializer for {@code Jwts.builder().json(..)}.
     *
     * @return a serializer writing maps with Jackson 3
     */
    static Serializer<Map<String, ?>> serializer() {
        return new MapSerializer();
    }

    /**
     * The deserializer for {@code Jwts.parser().json(..)}.
     *
     * @return a deserializer reading JSON objects into maps with Jackson 3
     */
    static Deserializer<Map<String, ?>> deserializer() {
        return new MapDeserializer();
    }

    private static final class MapSerializer extends AbstractSerializer<Map<String, ?>> {
        @Override
        protected void doSerialize(Map<String, ?> value, OutputStream out) {
            MAPPER.writeValue(out, value);
        }
    }

    private static final class MapDeserializer extends AbstractDeserializer<Map<String, ?>> {
        @Override
        protected Map<String, ?> doDeserialize(Reader reader) {
            return MAPPER.readValue(reader, OBJECT);
        }
    }
}
