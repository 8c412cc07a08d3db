package io.github.bcreactive.autoconfigure.webhooks;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.bcreactive.webhooks.WebhookEvent;
import io.github.bcreactive.webhooks.WebhookReceiver;
import io.github.bcreactive.webhooks.WebhookVerificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.util.concurrent.Queues;

/**
 * The webhook endpoint: reads the body (up to a limit), verifies and de-duplicates it through a
 * {@link WebhookReceiver}, queues a new event for the {@link WebhookHandler}s and answers at once, so that BigCommerce
 * never waits for the handling:
 * <ul>
 *   <li>200, empty: a new event, queued; or a redelivery, dropped;</li>
 *   <li>401: a bad signature, or a timestamp outside the tolerance (a replay);</li>
 *   <li>400: a missing Standard Webhooks header or a body that is not a payload; 413: a body over the limit;</li>
 *   <li>503: the queue is full, or the deduplicator failed (e.g. Redis is down); the event is not recorded as
 *       seen, so BigCommerce's retry is accepted.</li>
 * </ul>
 * The handlers run on the given scheduler, at most {@code concurrency} events at once; a handler's failure is logged
 * with the event's scope and message id (never its body) and does not stop the others. {@link #close()} stops taking
 * events and lets the queued ones finish.
 */
public final class WebhookEndpoint implements HandlerFunction<ServerResponse>, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookEndpoint.class);

    private final WebhookReceiver receiver;
    private final int maxBodyBytes;
    private final int queueCapacity;
    private final AtomicInteger pending = new AtomicInteger();
    private final Sinks.Many<WebhookEvent> queue =
            Sinks.many().unicast().onBackpressureBuffer(Queues.<WebhookEvent>unboundedMultiproducer().get());
    private final Disposable worker;

    /**
     * Creates the endpoint and starts its workers.
     *
     * @param receiver verifies and de-duplicates
     * @param handlers the handlers, each called for every event, in order
     * @param concurrency how many events are handled at once, at least 1
     * @param queueCapacity how many events may wait or run, at least 1
     * @param maxBodyBytes the largest body accepted, at least 1
     * @param scheduler where the handlers run
     */
    public WebhookEndpoint(WebhookReceiver receiver, List<WebhookHandler> handlers, int concurrency,
            int queueCapacity, int maxBodyBytes, Scheduler scheduler) {
        this.receiver = Objects.requireNonNull(receiver, "'receiver' cannot be null.");
        List<WebhookHandler> all = List.copyOf(Objects.requireNonNull(handlers, "'handlers' cannot be null."));
        Objects.requireNonNull(scheduler, "'scheduler' cannot be null.");
        this.queueCapacity = atLeastOne(queueCapacity, "queueCapacity");
        this.maxBodyBytes = atLeastOne(maxBodyBytes, "maxBodySize");
        this.worker = queue.asFlux()
                .flatMap(event -> Flux.fromIterable(all)
                        .concatMap(handler -> Mono.defer(() -> handler.handle(event))
                                .onErrorResume(failure -> {
                                    LOG.warn("Webhook handler {} failed on {} (message {}): {}",
                                            handler.getClass().getName(), event.scope(), event.messageId(),
                                            failure.toString());
                                    return Mono.empty();
                                }))
                        .then()
                        .subscribeOn(scheduler)
                        .doFinally(signal -> pending.decrementAndGet()), atLeastOne(concurrency, "concurrency"))
                .subscribe();
    }

    @Override
    public Mono<ServerResponse> handle(ServerRequest request) {
        return DataBufferUtils.join(request.bodyToFlux(DataBuffer.class), maxBodyBytes)
                .map(buffer -> {
                    byte[] bytes = new byte[buffer.readableByteCount()];
                    buffer.read(bytes);
                    DataBufferUtils.release(buffer);
                    return bytes;
                })
                .defaultIfEmpty(new byte[0])
                .flatMap(body -> receiver.receive(request.headers().asHttpHeaders(), body))
                .flatMap(event -> offer(event) ? Mono.just(HttpStatus.OK)
                        : receiver.forget(event).thenReturn(HttpStatus.SERVICE_UNAVAILABLE))
                .defaultIfEmpty(HttpStatus.OK)
                .onErrorResume(WebhookVerificationException.class, refused -> {
                    LOG.debug("Webhook refused: {} ({})", refused.reason(), refused.getMessage());
                    return Mono.just(switch (refused.reason()) {
                        case BAD_SIGNATURE, TIMESTAMP_TOO_OLD, TIMESTAMP_TOO_NEW -> HttpStatus.UNAUTHORIZED;
                        case MISSING_HEADER, MALFORMED -> HttpStatus.BAD_REQUEST;
                    });
                })
                .onErrorResume(DataBufferLimitException.class, tooLarge -> Mono.just(HttpStatus.PAYLOAD_TOO_LARGE))
                .onErrorResume(failure -> {
                    LOG.warn("Webhook not taken in, BigCommerce will retry: {}", failure.toString());
                    return Mono.just(HttpStatus.SERVICE_UNAVAILABLE);
                })
                .flatMap(status -> ServerResponse.status(status).build());
    }

    private boolean offer(WebhookEvent event) {
        if (worker.isDisposed() || pending.incrementAndGet() > queueCapacity) {
            pending.decrementAndGet();
            LOG.warn("Webhook queue full ({} events): {} (message {}) refused with 503 for a later retry",
                    queueCapacity, event.scope(), event.messageId());
            return false;
        }
        Sinks.EmitResult result = queue.tryEmitNext(event);
        while (result == Sinks.EmitResult.FAIL_NON_SERIALIZED) {
            // another request thread is emitting this instant; its emission takes nanoseconds
            Thread.onSpinWait();
            result = queue.tryEmitNext(event);
        }
        if (result.isFailure()) {
            pending.decrementAndGet();
            return false;
        }
        return true;
    }

    /**
     * How many accepted events are waiting for a handler or being handled.
     *
     * @return the count
     */
    public int pending() {
        return pending.get();
    }

    /** Stops taking events; the queued ones are still handled. */
    @Override
    public void close() {
        queue.tryEmitComplete();
    }

    private static int atLeastOne(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException("'" + name + "' must be at least 1, was " + value);
        }
        return value;
    }
}
