package io.github.bcreactive.http;

import java.util.concurrent.atomic.AtomicBoolean;

import io.github.bcreactive.error.BigCommerceException;
import io.github.bcreactive.error.TransportException;
import io.github.bcreactive.ratelimit.RateLimitStatus;
import io.github.bcreactive.ratelimit.RateLimiter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Mono;

/**
 * Takes a permit from the store's {@link RateLimiter} before the attempt, and afterwards reports what came back:
 * {@code onResponse} with the response's {@code X-Rate-Limit-*} headers (any status), or {@code onNoResponse} when
 * none came (a transport error, a timeout, a cancellation). A limiter that throws while being told never fails the
 * call; one whose permit fails with something other than a {@code BigCommerceException} fails the attempt with a
 * {@link TransportException} (nothing was sent).
 */
final class RateLimitPolicy implements HttpPolicy {

    private static final Logger LOG = LoggerFactory.getLogger(RateLimitPolicy.class);

    private final RateLimiter rateLimiter;

    RateLimitPolicy(RateLimiter rateLimiter) {
        this.rateLimiter = rateLimiter;
    }

    @Override
    public Mono<RawResponse> process(PipelineRequest request, PipelineNext next) {
        String store = request.storeKey();
        // withPermit: a cancel at any moment (between the grant and its delivery, or before the send) gives the
        // permit back; everything below reports its outcome once the attempt has started
        return Mono.defer(() -> rateLimiter.withPermit(store, () -> {
            AtomicBoolean reported = new AtomicBoolean();
            Runnable report = () -> {
                if (reported.compareAndSet(false, true)) {
                    report(request);
                }
            };
            return next.proceed()
                    .doOnSuccess(response -> report.run())
                    .doOnError(failure -> report.run())
                    .doOnCancel(report);
        })).onErrorMap(failure -> !(failure instanceof BigCommerceException) && !(failure instanceof Error),
                failure -> new TransportException("The rate limiter of store " + store + " failed to give a permit "
                        + "for " + request.method() + " " + request.path() + ": " + failure, false, failure));
    }

    private void report(PipelineRequest request) {
        HttpHeaders headers = request.responseHeaders();
        if (headers == null) {
            safely(() -> rateLimiter.onNoResponse(request.storeKey()), "onNoResponse", request);
        } else {
            safely(() -> rateLimiter.onResponse(request.storeKey(), RateLimitStatus.parse(headers::getFirst),
                    request.responseStatus(), request.responseLatency()), "onResponse", request);
        }
    }

    /** Tells the limiter something; a limiter that throws is logged, and the call goes on. */
    static void safely(Runnable tell, String what, PipelineRequest request) {
        try {
            tell.run();
        } catch (RuntimeException e) {
            LOG.warn("The rate limiter failed in {} for {} {} [store {}]; the call goes on", what, request.method(),
                    request.path(), request.storeKey(), e);
        }
    }
}
