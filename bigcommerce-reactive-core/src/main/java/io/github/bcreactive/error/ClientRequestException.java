package io.github.bcreactive.error;

/**
 * A 4xx answer: the request was wrong. The statuses a caller would catch have subclasses (401, 403, 404, 409, 422,
 * 429); every other 4xx (400, 405, 413, 423, ...) arrives as this class, with {@link #status()} saying which.
 */
public class ClientRequestException extends HttpException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a response.
     *
     * @param response the failed response
     */
    public ClientRequestException(FailedResponse response) {
        super(response);
    }
}
