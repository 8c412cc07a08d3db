package io.github.bcreactive.http;

import java.util.List;

import reactor.core.publisher.Mono;

/**
 * The rest of the pipeline after an {@link HttpPolicy}: calling {@link #proceed()} runs the following policies and
 * the send step for the request the policy was given. Nothing runs until the returned {@code Mono} is subscribed;
 * each subscription runs them again.
 *
 * <pre>{@code
 * HttpPolicy timing = (request, next) -> next.proceed()
 *         .doOnSuccess(response -> log.info("{} answered {}", request.url().getPath(), response.status()));
 * }</pre>
 */
public final class PipelineNext {

    private final List<HttpPolicy> policies;
    private final int index;
    private final PipelineRequest request;

    PipelineNext(List<HttpPolicy> policies, int index, PipelineRequest request) {
        this.policies = policies;
        this.index = index;
        this.request = request;
    }

    /**
     * Runs the rest of the pipeline.
     *
     * @return the response; a status of 300 or more, a timeout or a connection failure arrive as an error
     */
    public Mono<RawResponse> proceed() {
        return proceed(request);
    }

    /** Runs the rest of the pipeline for another request: the retry step's fresh request per attempt. */
    Mono<RawResponse> proceed(PipelineRequest other) {
        return Mono.defer(() -> policies.get(index).process(other, new PipelineNext(policies, index + 1, other)));
    }
}
