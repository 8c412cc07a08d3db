package io.github.bcreactive.error;

/** 422 Unprocessable Entity: the body was valid JSON but its values were refused; see {@link ApiError#errors()}. */
public final class UnprocessableEntityException extends ClientRequestException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a response.
     *
     * @param response the failed response
     */
    UnprocessableEntityException(FailedResponse response) {
        super(response);
    }
}
