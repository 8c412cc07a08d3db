package io.github.bcreactive.error;

/** A 5xx answer: BigCommerce failed. Subclasses name the common statuses; others arrive as this class. */
public  class ServerException extends HttpException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a response.
     *
     * @param response the failed response
     */
    public ServerException(FailedResponse response) {
        super(response);
    }
}
