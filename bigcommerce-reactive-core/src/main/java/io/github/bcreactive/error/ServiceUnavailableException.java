package io.github.bcreactive.error;

/** 503 Service Unavailable: the store or platform is down or overloaded. */
public final class ServiceUnavailableException extends ServerException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a response.
     *
     * @param response the failed response
     */
    ServiceUnavailableException(FailedResponse response) {
        super(response);
    }
}
