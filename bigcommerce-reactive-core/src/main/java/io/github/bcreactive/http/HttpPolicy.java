package io.github.bcreactive.http;

import reactor.core.publisher.Mono;

/**
 * One step of the request pipeline. The pipeline of every call is, in this order (outermost first):
 * <ol>
 *   <li>call timeout: the deadline of the whole call ({@code CallTimeoutException});</li>
 *   <li>retry: 429 waits, and retries of transport errors and 5xx as {@link RetryOptions} allow;</li>
 *   <li><b>the user's policies</b>, in the order they were added ({@code BigCommerceClient.Builder.addPolicy});</li>
 *   <li>credentials: {@code X-Auth-Token} (or basic auth), only for the API host;</li>
 *   <li>user agent: {@code User-Agent} and {@code Accept};</li>
 *   <li>endpoint limit: holds a slot of the endpoint's stated concurrency limit, per store, for the attempt;</li>
 *   <li>rate-limit permit: waits for the store's limiter, then reports what the response's headers say;</li>
 *   <li>attempt timeout: the response timeout of this attempt ({@code ResponseTimeoutException});</li>
 *   <li>status to exception: a status of 300 or more becomes its {@code HttpException};</li>
 *   <li>logging: one DEBUG line per attempt;</li>
 *   <li>send: the only step that touches the network.</li>
 * </ol>
 *
 * <p>A user policy therefore runs once per <em>attempt</em>: after a 429 or a retried failure it runs again, with a
 * fresh request whose {@link PipelineRequest#attempt()} is one higher. It sees the request before the credentials
 * are set, so it can never read or log the access token. What {@link PipelineNext#proceed()} returns is the response
 * of a status below 300; an error status arrives as an {@code HttpException}, and a connection failure as a
 * {@code TransportException}, on the error channel. An exception the policy raises itself reaches the caller as it
 * is (it is not retried). A policy must not block: return a {@code Mono}.
 *
 * <pre>{@code
 * HttpPolicy correlationId = (request, next) -> {
 *     // one id per call, the same on each of its attempts
 *     Object id = request.callAttributes().computeIfAbsent("correlation-id", key -> UUID.randomUUID().toString());
 *     request.headers().set("X-Correlation-Id", id.toString());
 *     return next.proceed();
 * };
 * BigCommerceClient client = BigCommerceClient.builder()
 *         .storeHash("abc123")
 *         .accessToken(token)
 *         .addPolicy(correlationId)
 *         .build();
 * }</pre>
 */
@FunctionalInterface
public interface HttpPolicy {

    /**
     * Runs this step of one attempt.
     *
     * @param request the attempt's request; its headers may be changed before calling {@code next}
     * @param next the rest of the pipeline
     * @return the response, usually {@code next.proceed()} with something added
     */
    Mono<RawResponse> process(PipelineRequest request, PipelineNext next);
}
