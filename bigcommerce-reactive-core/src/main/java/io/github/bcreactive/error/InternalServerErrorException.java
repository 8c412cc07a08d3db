package io.github.bcreactive.error;

/** 500 Internal Server Error. */
public final class InternalServerErrorException extends ServerException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a response.
     *
     * @param response the failed response
     */
    InternalServerErrorException(FailedResponse response) {
        super(response);
    }
}
