package io.github.bcreactive.error;

/** 423 Locked: the resource is locked, e.g. a store in maintenance. */
public final class LockedException extends ClientRequestException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a response.
     *
     * @param response the failed response
     */
    LockedException(FailedResponse response) {
        super(response);
    }
}
