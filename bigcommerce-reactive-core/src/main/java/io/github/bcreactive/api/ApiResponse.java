package io.github.bcreactive.api;

import java.util.Objects;

import org.springframework.http.HttpHeaders;

/**
 * A successful response: status, headers and the decoded body.
 *
 * <pre>{@code
 * client.v3().exchange(HttpMethod.GET, "/catalog/products/1", Query.empty(), null, JsonNode.class)
 *         .map(response -> response.headers().getFirst("X-Rate-Limit-Requests-Left"));
 * }</pre>
 *
 * @param status the status code, 2xx
 * @param headers the response headers (read-only)
 * @param body the decoded body, or {@code null} when the response had none (204, or an empty body)
 * @param <T> the body type
 */
public record ApiResponse<T>(int status, HttpHeaders headers, T body) {

    /**
     * Creates a response, making the headers read-only.
     *
     * @param status the status code
     * @param headers the response headers
     * @param body the decoded body, or {@code null}
     */
    public ApiResponse {
        headers = HttpHeaders.readOnlyHttpHeaders(Objects.requireNonNull(headers, "'headers' cannot be null."));
    }
}
