package io.github.bcreactive.http;

import java.time.Duration;

import io.github.bcreactive.error.ResponseTimeoutException;
import reactor.core.publisher.Mono;

/** The response timeout of one attempt: from sending to the last byte of the response. */
final class AttemptTimeoutPolicy implements HttpPolicy {

    private final Duration timeout;

    AttemptTimeoutPolicy(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public Mono<RawResponse> process(PipelineRequest request, PipelineNext next) {
        return next.proceed().timeout(timeout, Mono.error(() -> new ResponseTimeoutException(request.method().name()
                + " " + request.url() + " got no complete response within " + timeout + ".", timeout, null)));
    }
}
