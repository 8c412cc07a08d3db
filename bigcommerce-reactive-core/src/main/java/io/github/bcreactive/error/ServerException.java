package io.github.bcreactive.error;

/**
 * A 5xx answer: BigCommerce, or a proxy before it, failed. Every 5xx status arrives as this class; {@link #status()}
 * tells which (503 when the store is overloaded, 504 when a gateway timed out). Idempotent calls were retried before
 * it reached the caller, as {@code RetryOptions} allow.
 *
 * <pre>{@code
 * client.v3().get("/catalog/summary")
 *         .onErrorResume(ServerException.class, e -> e.status() == 503 ? Mono.empty() : Mono.error(e));
 * }</pre>
 */
public final class ServerException extends HttpException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a response.
     *
     * @param response the failed response
     */
    public ServerException(FailedResponse response) {
        super(response);
    }
}
