package io.github.bcreactive.autoconfigure.metrics;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.bcreactive.http.Transport;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import reactor.core.publisher.Mono;

/**
 * Records every attempt the BigCommerce clients send: its time to response headers by store, method and status;
 * 429 answers; and retries, read from the attempt number the transport puts on each request
 * ({@link Transport#ATTEMPT_ATTRIBUTE}). The store comes from {@link Transport#STORE_ATTRIBUTE}.
 */
public final class MetricsExchangeFilter implements ExchangeFilterFunction {

    private static final String UNKNOWN = "UNKNOWN";

    private final MeterRegistry registry;

    /**
     * Creates the filter.
     *
     * @param registry where the meters go
     */
    public MetricsExchangeFilter(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "'registry' cannot be null.");
    }

    @Override
    public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
        String store = request.attribute(Transport.STORE_ATTRIBUTE).map(Object::toString).orElse(UNKNOWN);
        String method = request.method().name();
        if (request.attribute(Transport.ATTEMPT_ATTRIBUTE).orElse(1) instanceof Integer attempt && attempt > 1) {
            registry.counter(BigCommerceMeters.RETRIES, BigCommerceMeters.STORE, store, BigCommerceMeters.METHOD,
                    method).increment();
        }
        return Mono.defer(() -> {
            Outcome outcome = new Outcome(Timer.start(registry), store, method);
            return next.exchange(request)
                    .doOnNext(response -> {
                        int status = response.statusCode().value();
                        outcome.record(String.valueOf(status));
                        if (status == 429) {
                            registry.counter(BigCommerceMeters.THROTTLED, BigCommerceMeters.STORE, store).increment();
                        }
                    })
                    .doOnError(failure -> outcome.record("IO_ERROR"))
                    .doOnCancel(() -> outcome.record("CANCELLED"));
        });
    }

    /** The one outcome of an attempt: the first of response, error or cancel is recorded, later ones are not. */
    private final class Outcome {

        private final Timer.Sample sample;
        private final String store;
        private final String method;
        private final AtomicBoolean recorded = new AtomicBoolean();

        Outcome(Timer.Sample sample, String store, String method) {
            this.sample = sample;
            this.store = store;
            this.method = method;
        }

        void record(String status) {
            if (recorded.compareAndSet(false, true)) {
                stop(sample, store, method, status);
            }
        }
    }

    private void stop(Timer.Sample sample, String store, String method, String status) {
        sample.stop(Timer.builder(BigCommerceMeters.REQUESTS)
                .description("HTTP attempts of the BigCommerce clients, to response headers")
                .tags(BigCommerceMeters.STORE, store, BigCommerceMeters.METHOD, method, BigCommerceMeters.STATUS,
                        status)
                .register(registry));
    }
}
