package io.github.bcreactive.error;

/** 404 Not Found: no such resource. */
public final class NotFoundException extends ClientRequestException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a response.
     *
     * @param response the failed response
     */
    NotFoundException(FailedResponse response) {
        super(response);
    }
}
