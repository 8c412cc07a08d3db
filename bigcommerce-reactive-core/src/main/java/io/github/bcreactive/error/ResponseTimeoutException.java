package io.github.bcreactive.error;

import java.time.Duration;

/**
 * One attempt of a call got no complete response within the response timeout ({@code responseTimeout} on the
 * client, {@code RequestOptions.withTimeout} per call). The attempt counts as a transport failure: a GET is retried.
 */
public final class ResponseTimeoutException extends ClientTimeoutException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the method and URL that timed out (no secrets)
     * @param timeout the response timeout that ran out
     * @param cause the underlying timeout signal
     */
    public ResponseTimeoutException(String message, Duration timeout, Throwable cause) {
        super(message, timeout, cause);
    }
}
