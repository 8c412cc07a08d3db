package io.github.bcreactive.error;

import java.time.Duration;
import java.util.Objects;

/**
 * A client-side time limit ran out. The subclass says which: {@link ResponseTimeoutException} (one attempt got no
 * complete response in time; retried like a transport error) or {@link CallTimeoutException} (the whole call, with
 * its limiter waits, 429 waits, retries and backoff, passed its deadline; never retried). Distinct from
 * a {@link ServerException} of status 504, which is a gateway's own timeout.
 *
 * <pre>{@code
 * client.v3().get("/catalog/summary")
 *         .onErrorResume(ClientTimeoutException.class, e -> {
 *             log.warn("gave up after {}: {}", e.timeout(), e.getMessage());
 *             return Mono.empty();
 *         });
 * }</pre>
 */
public abstract sealed class ClientTimeoutException extends BigCommerceException
        permits ResponseTimeoutException, CallTimeoutException {

    private static final long serialVersionUID = 1L;

    private final transient Duration timeout;

    ClientTimeoutException(String message, Duration timeout, Throwable cause) {
        super(message, cause);
        this.timeout = Objects.requireNonNull(timeout, "'timeout' cannot be null.");
    }

    /**
     * The time limit that ran out.
     *
     * @return the response timeout or the call timeout in force for the call
     */
    public Duration timeout() {
        return timeout;
    }
}
