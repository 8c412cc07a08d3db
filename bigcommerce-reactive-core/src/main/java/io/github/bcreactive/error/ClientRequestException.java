package io.github.bcreactive.error;

/** A 4xx answer: the request was wrong. Subclasses name the common statuses; others arrive as this class. */
public  class ClientRequestException extends HttpException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a response.
     *
     * @param response the failed response
     */
    public ClientRequestException(FailedResponse response) {
        super(response);
    }
}
