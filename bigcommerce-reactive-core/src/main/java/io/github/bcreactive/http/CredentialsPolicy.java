package io.github.bcreactive.http;

import reactor.core.publisher.Mono;

/** Sets the store's credential headers, only on a request to the API host (an absolute URL elsewhere gets none). */
final class CredentialsPolicy implements HttpPolicy {

    private final StoreEndpoint endpoint;

    CredentialsPolicy(StoreEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public Mono<RawResponse> process(PipelineRequest request, PipelineNext next) {
        if (request.url().getScheme() != null && endpoint.isOwnOrigin(request.url())) {
            endpoint.authenticate(request.headers());
        }
        return next.proceed();
    }
}
