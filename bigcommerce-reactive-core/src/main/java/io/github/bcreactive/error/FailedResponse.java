package io.github.bcreactive.error;

import java.util.Objects;

import org.springframework.http.HttpHeaders;

/**
 * What an error response consisted of, as an {@link HttpException} carries it.
 *
 * @param method the request method, e.g. {@code GET}
 * @param url the request URL, with no credentials in it
 * @param status the response status code
 * @param headers the response headers (read-only)
 * @param body the raw response body as text; empty when there was none
 * @param error the error the body described, parsed from either API's shape
 */
public record FailedResponse(String method, String url, int status, HttpHeaders headers, String body,
        ApiError error) {

    /**
     * Creates the description, checking that nothing is missing.
     *
     * @param method the request method
     * @param url the request URL
     * @param status the status code
     * @param headers the response headers
     * @param body the raw body, empty when none
     * @param error the parsed error
     */
    public FailedResponse {
        Objects.requireNonNull(method, "'method' cannot be null.");
        Objects.requireNonNull(url, "'url' cannot be null.");
        headers = HttpHeaders.readOnlyHttpHeaders(Objects.requireNonNull(headers, "'headers' cannot be null."));
        Objects.requireNonNull(body, "'body' cannot be null.");
        Objects.requireNonNull(error, "'error' cannot be null.");
    }

    @Override
    public String toString() {
        return method + " " + url + " -> " + status;
    }
}
