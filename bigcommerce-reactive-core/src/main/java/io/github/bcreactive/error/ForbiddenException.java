package io.github.bcreactive.error;

/** 403 Forbidden: the token lacks the OAuth scope for this call. */
public final class ForbiddenException extends ClientRequestException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a response.
     *
     * @param response the failed response
     */
    ForbiddenException(FailedResponse response) {
        super(response);
    }
}
