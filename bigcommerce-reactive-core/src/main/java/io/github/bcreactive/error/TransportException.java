package io.github.bcreactive.error;

/**
 * The connection to BigCommerce failed: refused, reset, closed early, or broken by TLS. {@link #requestSent()} tells
 * whether the request may have reached the server, which decides whether a non-idempotent call is safe to retry.
 */
public final class TransportException extends BigCommerceException {

    private static final long serialVersionUID = 1L;

    private final boolean requestSent;

    /**
     * Creates the exception.
     *
     * @param message what failed, with the method and URL (no secrets)
     * @param requestSent {@code false} only when the failure happened before any byte of the request was sent
     * @param cause the underlying I/O failure
     */
    public TransportException(String message, boolean requestSent, Throwable cause) {
        super(message, cause);
        this.requestSent = requestSent;
    }

    /**
     * Whether the request may have reached the server.
     *
     * @return {@code false} when the connection failed before the request was sent (always safe to retry)
     */
    public boolean requestSent() {
        return requestSent;
    }
}
