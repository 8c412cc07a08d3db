package io.github.bcreactive.error;

/** 507 Insufficient Storage: the store hit a plan limit, e.g. its product count. */
public final class InsufficientStorageException extends ServerException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a response.
     *
     * @param response the failed response
     */
    InsufficientStorageException(FailedResponse response) {
        super(response);
    }
}
