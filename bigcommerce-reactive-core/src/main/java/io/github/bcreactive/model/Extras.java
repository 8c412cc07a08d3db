package io.github.bcreactive.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** Copies a model's collections into read-only ones, keeping nulls as absent. */
final class Extras {

    private Extras() {
    }

    static Map<String, JsonNode> copy(Map<String, JsonNode> extra) {
        return extra == null || extra.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    static <E> List<E> list(List<E> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
