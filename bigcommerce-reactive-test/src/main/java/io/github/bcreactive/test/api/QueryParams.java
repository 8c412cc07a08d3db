package io.github.bcreactive.test.api;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The decoded query string of a request, first value per name, in request order.
 */
public final class QueryParams {

    private final Map<String, String> values;

    private QueryParams(Map<String, String> values) {
        this.values = values;
    }

    /**
     * Parses a raw query string (without the {@code ?}).
     *
     * @param raw the query, may be empty
     * @return the parameters
     */
    public static QueryParams parse(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                values.putIfAbsent(name, value);
            }
        }
        return new QueryParams(values);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }

    /**
     * URL-encodes a value for a query string.
     *
     * @param value the value
     * @return the encoded value
     */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("%2C", ",").replace("%3A", ":");
    }

    /**
     * The value of a parameter.
     *
     * @param name the name
     * @return the value, or {@code null} when absent
     */
    public String get(String name) {
        return values.get(name);
    }

    /**
     * Tells whether the parameter is present (possibly empty).
     *
     * @param name the name
     * @return {@code true} when present
     */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /**
     * All parameter names, in request order.
     *
     * @return the names
     */
    public Set<String> names() {
        return values.keySet();
    }

    /**
     * Rebuilds a query string with {@code first} parameters first, then the others except {@code drop}.
     *
     * @param first parameters to put first, in order
     * @param drop names to leave out
     * @return the query string starting with {@code ?}
     */
    public String rebuild(Map<String, String> first, Set<String> drop) {
        StringBuilder out = new StringBuilder();
        first.forEach((name, value) -> append(out, name, value));
        values.forEach((name, value) -> {
            if (!first.containsKey(name) && !drop.contains(name)) {
                append(out, name, value);
            }
        });
        return out.toString();
    }

    private static void append(StringBuilder out, String name, String value) {
        out.append(out.length() == 0 ? '?' : '&').append(encode(name)).append('=').append(encode(value));
    }
}
