package io.github.bcreactive.error;

/** 401 Unauthorized: the access token is missing, wrong or revoked. */
public final class UnauthorizedException extends ClientRequestException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a response.
     *
     * @param response the failed response
     */
    UnauthorizedException(FailedResponse response) {
        super(response);
    }
}
