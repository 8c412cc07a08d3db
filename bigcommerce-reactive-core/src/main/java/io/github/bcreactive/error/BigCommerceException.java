package io.github.bcreactive.error;

/**
 * The root of every error this client signals. Catch it to handle any failure of a BigCommerce call; catch a
 * subclass for one kind: {@link HttpException} (the store answered with an error status), {@link TransportException}
 * (the connection failed), {@link TimeoutException} (no answer in time), {@link DecodeException} (the answer was not
 * what was expected).
 *
 * <pre>{@code
 * client.v3().get("/catalog/products/1")
 *         .onErrorResume(NotFoundException.class, e -> Mono.empty());
 * }</pre>
 */
public abstract class BigCommerceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what went wrong; never contains a secret
     * @param cause the underlying failure, or {@code null}
     */
    protected BigCommerceException(String message, Throwable cause) {
        super(message, cause);
    }
}
