package io.github.bcreactive.error;

/** 413 Payload Too Large: too many items in one batch, or too large a body. */
public final class PayloadTooLargeException extends ClientRequestException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a response.
     *
     * @param response the failed response
     */
    PayloadTooLargeException(FailedResponse response) {
        super(response);
    }
}
