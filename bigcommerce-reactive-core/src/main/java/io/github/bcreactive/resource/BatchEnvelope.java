package io.github.bcreactive.resource;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import tools.jackson.databind.JsonNode;

/**
 * The v3 body of a batch call: the items saved and, on a 207, what failed.
 *
 * @param data the items saved (a single object reads as one item)
 * @param errors the failures: an array of per-item errors, or one object
 * @param meta the metadata
 * @param <T> the item type
 */
record BatchEnvelope<T>(@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<T> data,
        JsonNode errors, JsonNode meta) {
}
