package io.github.bcreactive.test.api;

import java.util.Objects;

/**
 * Ends an endpoint early with an error response already in the API's shape.
 */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ApiResponse response;

    /**
     * Creates the exception.
     *
     * @param response the error response to send
     */
    public ApiException(ApiResponse response) {
        super("HTTP " + response.status(), null, false, false);
        this.response = Objects.requireNonNull(response, "'response' cannot be null.");
    }

    /**
     * The error response.
     *
     * @return the response
     */
    public ApiResponse response() {
        return response;
    }
}
