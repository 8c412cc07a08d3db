package io.github.bcreactive.http;

import java.net.ConnectException;

import io.github.bcreactive.error.BigCommerceException;
import io.github.bcreactive.error.DecodeException;
import io.github.bcreactive.error.TransportException;
import io.netty.channel.ConnectTimeoutException;
import org.springframework.core.io.buffer.DataBufferLimitException;

/**
 * Maps whatever the send step signals to the error tree, so nothing untyped reaches a caller: a body over the limit
 * is a {@link DecodeException}; everything else (I/O errors, protocol errors such as malformed chunked encoding, an
 * exception of Reactor Netty or of a WebClient filter) is a {@link TransportException}, sent unless the connection
 * failed before the request went out. A {@code BigCommerceException} and a JVM {@code Error} pass unchanged.
 */
final class Failures {

    private Failures() {
    }

    static Throwable of(PipelineRequest request, Throwable failure) {
        if (failure instanceof BigCommerceException || failure instanceof Error) {
            return failure;
        }
        if (causedBy(failure, DataBufferLimitException.class)) {
            return new DecodeException("The response body is larger than the client accepts", request.path(), "",
                    failure);
        }
        return new TransportException(request.method().name() + " " + request.url() + " failed: "
                + rootMessage(failure), !beforeSending(failure), failure);
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean beforeSending(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof ConnectTimeoutException
                    || cause.getClass().getSimpleName().equals("PoolAcquireTimeoutException")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
