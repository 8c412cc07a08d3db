package io.github.bcreactive.error;

/** 502 Bad Gateway, often with an HTML body from a proxy. */
public final class BadGatewayException extends ServerException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a response.
     *
     * @param response the failed response
     */
    BadGatewayException(FailedResponse response) {
        super(response);
    }
}
