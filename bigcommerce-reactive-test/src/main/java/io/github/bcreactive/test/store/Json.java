package io.github.bcreactive.test.store;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one JSON mapper and node factory of the simulator.
 */
public final class Json {

    /** The mapper used for every request and response body. */
    public static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    /**
     * A new empty object node.
     *
     * @return the node
     */
    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /**
     * A new empty array node.
     *
     * @return the node
     */
    public static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    /**
     * Formats money as the v2 API does, with four decimals, e.g. {@code "55.9900"}.
     *
     * @param amount the amount
     * @return the text
     */
    public static String money(double amount) {
        return String.format(java.util.Locale.ROOT, "%.4f", amount);
    }

    /**
     * Rounds to cents.
     *
     * @param amount the amount
     * @return the rounded amount
     */
    public static double cents(double amount) {
        return Math.round(amount * 100.0) / 100.0;
    }
}
