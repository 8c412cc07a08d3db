package io.github.bcreactive.test.api;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

import io.github.bcreactive.test.store.Json;
import tools.jackson.databind.JsonNode;

/**
 * A response to send: status, content type, body bytes and extra headers.
 *
 * @param status the HTTP status
 * @param contentType the content type, or {@code null} without a body
 * @param body the body bytes, empty for none
 * @param headers extra headers
 */
public record ApiResponse(int status, String contentType, byte[] body, Map<String, String> headers) {

    private static final byte[] NONE = new byte[0];

    /**
     * Validates the response.
     */
    public ApiResponse {
        Objects.requireNonNull(body, "'body' cannot be null.");
        Objects.requireNonNull(headers, "'headers' cannot be null.");
    }

    /**
     * A JSON response.
     *
     * @param status the status
     * @param json the body
     * @return the response
     */
    public static ApiResponse json(int status, JsonNode json) {
        return new ApiResponse(status, "application/json", Json.MAPPER.writeValueAsBytes(json), Map.of());
    }

    /**
     * A response without a body, such as 204.
     *
     * @param status the status
     * @return the response
     */
    public static ApiResponse empty(int status) {
        return new ApiResponse(status, null, NONE, Map.of());
    }

    /**
     * A text response.
     *
     * @param status the status
     * @param contentType the content type
     * @param text the body
     * @return the response
     */
    public static ApiResponse text(int status, String contentType, String text) {
        return new ApiResponse(status, contentType, text.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /**
     * This response with one more header.
     *
     * @param name the header name
     * @param value the header value
     * @return a new response
     */
    public ApiResponse withHeader(String name, String value) {
        var all = new java.util.LinkedHashMap<>(headers);
        all.put(name, value);
        return new ApiResponse(status, contentType, body, Map.copyOf(all));
    }
}
