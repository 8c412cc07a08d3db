package io.github.bcreactive.error;

import java.time.Duration;

/**
 * No complete response came within the client-side response timeout. Distinct from
 * {@link GatewayTimeoutException}, which is the server's own 504.
 */
public final class TimeoutException extends BigCommerceException {

    private static final long serialVersionUID = 1L;

    private final transient Duration timeout;

    /**
     * Creates the exception.
     *
     * @param message the method and URL that timed out (no secrets)
     * @param timeout the timeout that expired
     * @param cause the underlying timeout signal
     */
    public TimeoutException(String message, Duration timeout, Throwable cause) {
        super(message, cause);
        this.timeout = timeout;
    }

    /**
     * The timeout that expired.
     *
     * @return the response timeout in force for the call
     */
    public Duration timeout() {
        return timeout;
    }
}
