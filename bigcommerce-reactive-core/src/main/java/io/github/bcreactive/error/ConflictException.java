package io.github.bcreactive.error;

/** 409 Conflict: the change clashes with the store's state, e.g. a duplicate name. */
public final class ConflictException extends ClientRequestException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a response.
     *
     * @param response the failed response
     */
    ConflictException(FailedResponse response) {
        super(response);
    }
}
