package io.github.bcreactive.error;

/** 405 Method Not Allowed: the resource does not support this method. */
public final class MethodNotAllowedException extends ClientRequestException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a response.
     *
     * @param response the failed response
     */
    MethodNotAllowedException(FailedResponse response) {
        super(response);
    }
}
