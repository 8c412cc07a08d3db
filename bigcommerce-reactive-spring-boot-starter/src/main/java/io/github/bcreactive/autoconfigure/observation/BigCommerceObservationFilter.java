package io.github.bcreactive.autoconfigure.observation;

import java.net.URI;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.bcreactive.http.Transport;
import io.micrometer.observation.Observation;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import reactor.core.publisher.Mono;

/**
 * Adds the library's facts to each attempt's observation (the one Spring's WebClient starts per exchange): whether
 * the request waited for a rate-limit permit, and for a retry the outcome of the attempt before it. The transport
 * sends every attempt of a call to the same URL, so the previous outcome is found by URL (weakly held, so finished
 * calls leave nothing behind). On the BigCommerce clients' builder only.
 */
final class BigCommerceObservationFilter implements ExchangeFilterFunction {

    private final Map<URI, String> lastOutcomes = Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
        Boolean waited = PermitHandoff.take();
        int attempt = request.attribute(Transport.ATTEMPT_ATTRIBUTE).orElse(1) instanceof Integer number ? number : 1;
        String cause = attempt <= 1 ? "none" : lastOutcomes.getOrDefault(request.url(), "unknown");
        AttemptFacts facts = new AttemptFacts(cause, waited == null ? "unknown" : waited.toString());
        return Mono.deferContextual(context -> {
            Observation observation = context.getOrDefault(ObservationThreadLocalAccessor.KEY, null);
            if (observation != null) {
                observation.getContext().put(AttemptFacts.class, facts);
            }
            AtomicBoolean ended = new AtomicBoolean();
            return next.exchange(request)
                    .doOnNext(response -> remember(ended, request.url(), String.valueOf(response.statusCode().value())))
                    .doOnError(failure -> remember(ended, request.url(), "IO_ERROR"))
                    // cancelled before any answer: the transport's attempt timeout (a caller's cancel is not retried)
                    .doOnCancel(() -> remember(ended, request.url(), "TIMEOUT"));
        });
    }

    private void remember(AtomicBoolean ended, URI url, String outcome) {
        if (ended.compareAndSet(false, true)) {
            lastOutcomes.put(url, outcome);
        }
    }
}
