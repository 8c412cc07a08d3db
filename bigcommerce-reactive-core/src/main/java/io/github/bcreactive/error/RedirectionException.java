package io.github.bcreactive.error;

/** A 3xx answer. Redirects are never followed, so the store's credentials never leave the API host. */
public final class RedirectionException extends HttpException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a response.
     *
     * @param response the failed response
     */
    public RedirectionException(FailedResponse response) {
        super(response);
    }
}
