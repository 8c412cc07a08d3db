package io.github.bcreactive.http;

import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.bcreactive.error.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * One DEBUG line per attempt on the logger {@code io.github.bcreactive.http.Transport}: method, path and query,
 * status (or the failure's type, or {@code cancelled}), elapsed milliseconds and store. It runs after the
 * credentials are set, but logs no header, so never a token.
 */
final class LoggingPolicy implements HttpPolicy {

    /** The transport's logger; its name stays {@code ...http.Transport}, as the README documents. */
    static final Logger LOG = LoggerFactory.getLogger(Transport.class);

    @Override
    public Mono<RawResponse> process(PipelineRequest request, PipelineNext next) {
        if (!LOG.isDebugEnabled()) {
            return next.proceed();
        }
        long start = System.nanoTime();
        // operators may still pass a cancel up after the attempt ended: only its first end is logged
        AtomicBoolean logged = new AtomicBoolean();
        return next.proceed()
                .doOnSuccess(raw -> log(request, raw == null ? "no response" : String.valueOf(raw.status()), start,
                        logged))
                .doOnError(failure -> log(request, outcome(failure), start, logged))
                .doOnCancel(() -> log(request, "cancelled", start, logged));
    }

    private static void log(PipelineRequest request, String outcome, long start, AtomicBoolean logged) {
        if (!logged.compareAndSet(false, true)) {
            return;
        }
        URI url = request.url();
        LOG.debug("{} {}{} -> {} in {} ms [store {}]", request.method(), url.getRawPath(),
                url.getRawQuery() == null ? "" : "?" + url.getRawQuery(), outcome,
                (System.nanoTime() - start) / 1_000_000, request.storeKey());
    }

    private static String outcome(Throwable failure) {
        return failure instanceof HttpException http ? String.valueOf(http.status())
                : failure.getClass().getSimpleName();
    }
}
