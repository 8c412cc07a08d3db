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
     * A {@code custom_url} object that is not customized, e.g. {@code {"url":"/smith-mug-7/","is_customized":false}}.
     *
     * @param url the URL path
     * @return the object
     */
    public static ObjectNode customUrl(String url) {
        ObjectNode custom = object();
        custom.put("url", url);
        custom.put("is_customized", false);
        return custom;
    }

    /**
     * A URL slug of a name: lower case, spaces as dashes.
     *
     * @param name the name
     * @return the slug
     */
    public static String slug(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
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
