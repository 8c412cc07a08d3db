package io.github.bcreactive.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Read-only copies of a model's collections, for the compact constructors of the generated models
 * ({@code io.github.bcreactive.model.generated}): a {@code null} stays {@code null} (the field is absent), the
 * unknown fields' map ({@link #extra}) is never {@code null}, and the order of entries is kept.
 *
 * <pre>{@code
 * List<String> keywords = Copies.list(List.of("shoe", "red"));
 * }</pre>
 */
public final class Copies {

    private Copies() {
    }

    /**
     * A read-only copy of a list.
     *
     * @param list the list, or {@code null}
     * @param <E> the element type
     * @return the copy, or {@code null} when absent
     */
    public static <E> List<E> list(List<E> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /**
     * A read-only copy of a map, in its order.
     *
     * @param map the map, or {@code null}
     * @param <V> the value type
     * @return the copy, or {@code null} when absent
     */
    public static <V> Map<String, V> map(Map<String, V> map) {
        return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /**
     * A read-only copy of a model's unknown fields, in their order.
     *
     * @param extra the fields, or {@code null}
     * @param <V> the value type
     * @return the copy; empty when there are none
     */
    public static <V> Map<String, V> extra(Map<String, V> extra) {
        return extra == null || extra.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }
}
