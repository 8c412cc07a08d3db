package io.github.bcreactive.error;

import java.time.Duration;

/**
 * A whole call passed its deadline ({@code callTimeout} on the client, {@code RequestOptions.withCallTimeout} per
 * call): everything it did, waiting for a rate-limit permit, waiting out 429s, its attempts and the backoff between
 * them, took longer. What was in flight is cancelled; the call is not retried.
 */
public final class CallTimeoutException extends ClientTimeoutException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the method and URL that ran out of time (no secrets)
     * @param timeout the call timeout that ran out
     * @param cause the underlying timeout signal, or the last failure of the call when there was one
     */
    public CallTimeoutException(String message, Duration timeout, Throwable cause) {
        super(message, timeout, cause);
    }
}
