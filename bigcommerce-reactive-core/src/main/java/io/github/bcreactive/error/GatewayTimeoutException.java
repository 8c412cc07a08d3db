package io.github.bcreactive.error;

/** 504 Gateway Timeout: the server's own timeout, unlike the client-side {@link ClientTimeoutException}. */
public final class GatewayTimeoutException extends ServerException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a response.
     *
     * @param response the failed response
     */
    GatewayTimeoutException(FailedResponse response) {
        super(response);
    }
}
