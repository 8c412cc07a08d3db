package io.github.bcreactive.error;

/**
 * The root of every error this client signals. Catch it to handle any failure of a BigCommerce call; catch a
 * subclass for one kind: {@link HttpException} (the store answered with an error status), {@link TransportException}
 * (the connection failed), {@link ClientTimeoutException} (a response timeout or the call's deadline ran out),
 * {@link DecodeException} (the answer was not what was expected). Messages are bounded to
 * {@value #MAX_MESSAGE_LENGTH} characters, whatever the server sent; the full response stays on the exception (for
 * example {@link HttpException#body()}).
 *
 * <pre>{@code
 * client.v3().get("/catalog/products/1")
 *         .onErrorResume(NotFoundException.class, e -> Mono.empty());
 * }</pre>
 */
public abstract class BigCommerceException extends RuntimeException {

    /** The longest message an exception of this tree carries; the rest is cut and its length noted. */
    public static final int MAX_MESSAGE_LENGTH = 2000;

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what went wrong; never contains a secret
     * @param cause the underlying failure, or {@code null}
     */
    protected BigCommerceException(String message, Throwable cause) {
        super(bounded(message), cause);
    }

    private static String bounded(String message) {
        if (message == null || message.length() <= MAX_MESSAGE_LENGTH) {
            return message;
        }
        return message.substring(0, MAX_MESSAGE_LENGTH) + "... (" + (message.length() - MAX_MESSAGE_LENGTH)
                + " more characters cut)";
    }
}
