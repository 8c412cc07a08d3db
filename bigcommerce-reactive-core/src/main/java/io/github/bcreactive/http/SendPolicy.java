package io.github.bcreactive.http;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ReactiveHttpOutputMessage;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.BodyInserter;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The last step and the only one that touches the network: sends the attempt with {@link WebClient} and reads the
 * whole body, up to the client's {@code maxResponseBytes} (past it, a {@code DecodeException}). A JSON body goes as
 * {@code application/json}; a multipart form as {@code multipart/form-data}, its file read as it is written.
 * Whatever WebClient or Reactor Netty signals becomes a {@code BigCommerceException} here (see
 * {@link Failures}). The response's headers are kept on the request as soon as they arrive, for the rate-limit step.
 */
final class SendPolicy implements HttpPolicy {

    private static final byte[] NO_BODY = new byte[0];

    private final WebClient webClient;
    private final int maxResponseBytes;

    SendPolicy(WebClient webClient, int maxResponseBytes) {
        this.webClient = webClient;
        this.maxResponseBytes = maxResponseBytes;
    }

    @Override
    public Mono<RawResponse> process(PipelineRequest request, PipelineNext next) {
        AtomicBoolean cancelled = new AtomicBoolean();
        long sent = System.nanoTime();
        WebClient.RequestBodySpec spec = webClient.method(request.method())
                .uri(request.url())
                .attribute(Transport.STORE_ATTRIBUTE, request.storeKey())
                .attribute(Transport.ATTEMPT_ATTRIBUTE, request.attempt())
                .headers(headers -> {
                    headers.addAll(request.headers());
                    if (request.body() != null) {
                        headers.setContentType(MediaType.APPLICATION_JSON);
                    }
                });
        PipelineRequest.Upload upload = request.upload();
        WebClient.RequestHeadersSpec<?> withBody = upload != null ? multipart(spec, upload)
                : request.body() == null ? spec : spec.bodyValue(request.body());
        return withBody
                .exchangeToMono(response -> {
                    HttpHeaders headers = response.headers().asHttpHeaders();
                    int status = response.statusCode().value();
                    request.responded(headers, status, Duration.ofNanos(System.nanoTime() - sent));
                    // A cancel that raced the body's subscription makes WebClient release the body and fail its
                    // subscription ("released already due to cancellation"). Nobody waits for this attempt any more,
                    // so that is no error: caught right on the wire's body, before any operator that would drop it
                    // and make Reactor log it at ERROR.
                    Flux<DataBuffer> body = response.body(BodyExtractors.toDataBuffers())
                            .onErrorResume(failure -> cancelled.get(), failure -> Flux.empty());
                    return DataBufferUtils.join(body, maxResponseBytes)
                            .map(SendPolicy::bytes)
                            .defaultIfEmpty(NO_BODY)
                            .map(bytes -> new RawResponse(status, headers, bytes, request.path()));
                })
                .doOnCancel(() -> cancelled.set(true))
                .onErrorMap(failure -> Failures.of(request, failure));
    }

    private static WebClient.RequestHeadersSpec<?> multipart(WebClient.RequestBodySpec spec,
            PipelineRequest.Upload upload) {
        MultipartBody body = MultipartBody.of(upload.partName(), upload.file());
        BodyInserter<Flux<DataBuffer>, ReactiveHttpOutputMessage> inserter = (message, context) -> message
                .writeWith(body.write(message.bufferFactory()));
        return spec.contentType(body.contentType()).body(inserter);
    }

    private static byte[] bytes(DataBuffer buffer) {
        try {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            return bytes;
        } finally {
            DataBufferUtils.release(buffer);
        }
    }
}
