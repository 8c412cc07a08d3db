package io.github.bcreactive.error;

/** 400 Bad Request: the request was malformed. */
public final class BadRequestException extends ClientRequestException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a response.
     *
     * @param response the failed response
     */
    BadRequestException(FailedResponse response) {
        super(response);
    }
}
