package io.github.bcreactive.http;

import io.github.bcreactive.error.FailedResponse;
import io.github.bcreactive.error.HttpException;
import io.github.bcreactive.error.TransportException;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a status of 300 or more into its {@link HttpException}, with the error its body describes. A 1xx that ends
 * the exchange (no final response followed it) is a {@link TransportException}, never a success.
 */
final class StatusPolicy implements HttpPolicy {

    private final JsonMapper mapper;

    StatusPolicy(JsonMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Mono<RawResponse> process(PipelineRequest request, PipelineNext next) {
        return next.proceed().flatMap(raw -> {
            if (raw.status() < 200) {
                return Mono.error(new TransportException(request.method().name() + " " + request.url()
                        + " got an informational " + raw.status() + " and no final response.", true, null));
            }
            if (raw.status() >= 300) {
                return Mono.error(HttpException.of(new FailedResponse(request.method().name(),
                        request.url().toString(), raw.status(), raw.headers(), raw.text(),
                        ErrorBodies.parse(raw.body(), mapper))));
            }
            return Mono.just(raw);
        });
    }
}
