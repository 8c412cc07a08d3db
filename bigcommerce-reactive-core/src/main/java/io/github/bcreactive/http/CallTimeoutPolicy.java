package io.github.bcreactive.http;

import java.time.Duration;

import io.github.bcreactive.error.CallTimeoutException;
import reactor.core.publisher.Mono;

/** The deadline of the whole call: limiter waits, 429 waits, every attempt and the backoff between them. */
final class CallTimeoutPolicy implements HttpPolicy {

    private final Duration callTimeout;

    CallTimeoutPolicy(Duration callTimeout) {
        this.callTimeout = callTimeout;
    }

    @Override
    public Mono<RawResponse> process(PipelineRequest call, PipelineNext next) {
        // a fallback rather than mapping TimeoutException: a user policy's own timeout is not the call's deadline
        return next.proceed().timeout(callTimeout, Mono.error(() -> new CallTimeoutException(call.method().name()
                + " " + call.url() + " did not complete within its call timeout of " + callTimeout
                + " (limiter waits, 429 waits, retries and backoff included)" + lastFailure(call), callTimeout,
                call.lastFailure())));
    }

    private static String lastFailure(PipelineRequest call) {
        Throwable last = call.lastFailure();
        return last == null ? "." : "; the last attempt failed with " + last.getClass().getSimpleName() + ".";
    }
}
