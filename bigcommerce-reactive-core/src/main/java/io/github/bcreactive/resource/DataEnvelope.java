package io.github.bcreactive.resource;

import tools.jackson.databind.JsonNode;

/**
 * The v3 envelope of a single resource, {@code {"data": {...}, "meta": {...}}}.
 *
 * @param data the resource
 * @param meta the metadata, usually empty
 * @param <T> the resource type
 */
record DataEnvelope<T>(T data, JsonNode meta) {
}
