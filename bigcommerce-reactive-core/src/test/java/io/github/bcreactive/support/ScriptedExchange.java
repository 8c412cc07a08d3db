package io.github.bcreactive.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * An {@link ExchangeFunction} that answers from a script, without a network, and records each request with the
 * (virtual) time it was sent. Use it under {@code StepVerifier.withVirtualTime} to drive retries and waits.
 */
public final class ScriptedExchange implements ExchangeFunction {

    private final Queue<Function<ClientRequest, Mono<ClientResponse>>> script = new ConcurrentLinkedQueue<>();
    private final List<ClientRequest> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> sentAtMillis = Collections.synchronizedList(new ArrayList<>());

    /**
     * Answers the next request with a status, headers given as name/value pairs, and no body.
     *
     * @param status the status
     * @param headers name, value, name, value...
     * @return this script
     */
    public ScriptedExchange respond(int status, String... headers) {
        return respondWithBody(status, "", headers);
    }

    /**
     * Answers the next request with a status, a body and headers.
     *
     * @param status the status
     * @param body the body
     * @param headers name, value, name, value...
     * @return this script
     */
    public ScriptedExchange respondWithBody(int status, String body, String... headers) {
        script.add(request -> {
            ClientResponse.Builder response = ClientResponse.create(HttpStatusCode.valueOf(status));
            for (int i = 0; i + 1 < headers.length; i += 2) {
                response.header(headers[i], headers[i + 1]);
            }
            return Mono.just(response.body(body).build());
        });
        return this;
    }

    /**
     * Fails the next request the way WebClient reports an I/O failure.
     *
     * @param cause the I/O failure, e.g. a {@code ConnectException}
     * @return this script
     */
    public ScriptedExchange fail(Throwable cause) {
        script.add(request -> Mono.error(new WebClientRequestException(cause, request.method(), request.url(),
                request.headers())));
        return this;
    }

    /**
     * Never answers the next request.
     *
     * @return this script
     */
    public ScriptedExchange hang() {
        script.add(request -> Mono.never());
        return this;
    }

    @Override
    public Mono<ClientResponse> exchange(ClientRequest request) {
        return Mono.defer(() -> {
            requests.add(request);
            sentAtMillis.add(Schedulers.parallel().now(TimeUnit.MILLISECONDS));
            Function<ClientRequest, Mono<ClientResponse>> next = script.poll();
            return next != null ? next.apply(request)
                    : Mono.error(new AssertionError("No scripted answer for request " + requests.size()));
        });
    }

    /** The requests sent so far. */
    public List<ClientRequest> requests() {
        return List.copyOf(requests);
    }

    /** The waits between consecutive requests, in (virtual) milliseconds. */
    public List<Long> gapsMillis() {
        List<Long> times = List.copyOf(sentAtMillis);
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < times.size(); i++) {
            gaps.add(times.get(i) - times.get(i - 1));
        }
        return gaps;
    }
}
