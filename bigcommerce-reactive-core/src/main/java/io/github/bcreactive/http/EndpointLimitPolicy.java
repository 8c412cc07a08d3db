package io.github.bcreactive.http;

import io.github.bcreactive.ratelimit.EndpointLimiter;
import reactor.core.publisher.Mono;

/**
 * Holds a slot of the call's endpoint (its stated concurrency limit, per store) for the whole attempt, from before
 * the rate-limit permit is awaited to the attempt's end. So an attempt holds both the endpoint's slot and the
 * store's permit, and never spends a quota permit while it waits for its endpoint. It sits under the call timeout,
 * which bounds the wait; a cancelled wait leaves the queue and never keeps a slot.
 */
final class EndpointLimitPolicy implements HttpPolicy {

    private final EndpointLimiter limiter;

    EndpointLimitPolicy(EndpointLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    public Mono<RawResponse> process(PipelineRequest request, PipelineNext next) {
        EndpointLimits.Limit limit = request.endpointLimit();
        if (limit == null) {
            return next.proceed();
        }
        return limiter.withSlot(request.storeKey(), limit.endpoint(), limit.concurrency(), next::proceed);
    }
}
