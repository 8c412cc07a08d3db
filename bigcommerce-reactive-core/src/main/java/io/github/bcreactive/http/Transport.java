package io.github.bcreactive.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.bcreactive.error.ApiError;
import io.github.bcreactive.error.DecodeException;
import io.github.bcreactive.error.FailedResponse;
import io.github.bcreactive.error.HttpException;
import io.github.bcreactive.error.ServerException;
import io.github.bcreactive.error.TimeoutException;
import io.github.bcreactive.error.TooManyRequestsException;
import io.github.bcreactive.error.TransportException;
import io.github.bcreactive.query.Query;
import io.github.bcreactive.ratelimit.RateLimitStatus;
import io.github.bcreactive.ratelimit.RateLimiter;
import io.netty.channel.ChannelException;
import io.netty.channel.ConnectTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one request pipeline of a store's client, and the only place that touches {@link WebClient}. Each attempt of
 * a call runs these steps in this order:
 * <ol>
 *   <li>build the URL (an absolute URL passes through; it carries the credentials only on the API host);</li>
 *   <li>take a permit from the {@link RateLimiter};</li>
 *   <li>send, with the credential headers, {@code Accept} and {@code User-Agent}, under the response timeout;</li>
 *   <li>report the {@code X-Rate-Limit-*} headers to the limiter;</li>
 *   <li>map a status of 300 or more to its {@link HttpException};</li>
 *   <li>log one DEBUG line: method, path and query, status, elapsed milliseconds, store (never the token).</li>
 * </ol>
 * Around the attempts, a retry waits out 429s (holding the store in the limiter) and retries transport errors and
 * 5xx answers as {@link RetryOptions} allow. The body is decoded last, once.
 */
public final class Transport {

    /**
     * The WebClient request attribute naming the store a request is for: its store hash (the host for a basic-auth
     * store). An {@code ExchangeFilterFunction} reads it, e.g. to tag metrics by store.
     */
    public static final String STORE_ATTRIBUTE = Transport.class.getName() + ".store";
    /**
     * The WebClient request attribute with the attempt number of the call a request belongs to: 1 for the first
     * attempt, 2 for the first retry (after a 429 or a failure), and so on. Filters count retries with it.
     */
    public static final String ATTEMPT_ATTRIBUTE = Transport.class.getName() + ".attempt";

    private static final Logger LOG = LoggerFactory.getLogger(Transport.class);
    private static final byte[] NO_BODY = new byte[0];
    private static final String REQUEST_NAME = "bigcommerce.request";
    private static final Duration FIRST_LOAD_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_LOAD_BACKOFF = Duration.ofSeconds(30);

    private final WebClient webClient;
    private final JsonMapper mapper;
    private final StoreEndpoint endpoint;
    private final RateLimiter rateLimiter;
    private final String userAgent;
    private final Duration timeout;
    private final RetryOptions retry;
    private final int pageConcurrency;

    /**
     * Creates the pipeline for one store. {@code BigCommerceClient.builder()} is the usual way to get one.
     *
     * @param webClient the client that sends, with no base URL; redirects must not be followed
     * @param mapper the mapper for bodies
     * @param endpoint the store and its credentials
     * @param rateLimiter the limiter shared by the process's clients
     * @param userAgent the {@code User-Agent} header
     * @param timeout the default response timeout
     * @param retry the default retry options
     * @param pageConcurrency how many pages of a v3 listing are fetched at once
     */
    public Transport(WebClient webClient, JsonMapper mapper, StoreEndpoint endpoint, RateLimiter rateLimiter,
            String userAgent, Duration timeout, RetryOptions retry, int pageConcurrency) {
        this.webClient = Objects.requireNonNull(webClient, "'webClient' cannot be null.");
        this.mapper = Objects.requireNonNull(mapper, "'mapper' cannot be null.");
        this.endpoint = Objects.requireNonNull(endpoint, "'endpoint' cannot be null.");
        this.rateLimiter = Objects.requireNonNull(rateLimiter, "'rateLimiter' cannot be null.");
        this.userAgent = Objects.requireNonNull(userAgent, "'userAgent' cannot be null.");
        this.timeout = Objects.requireNonNull(timeout, "'timeout' cannot be null.");
        this.retry = Objects.requireNonNull(retry, "'retry' cannot be null.");
        this.pageConcurrency = pageConcurrency;
    }

    /**
     * This pipeline with other defaults, sharing everything else.
     *
     * @param options the settings to override
     * @return a pipeline with the options applied
     */
    public Transport withOptions(RequestOptions options) {
        RequestOptions merged = new RequestOptions(timeout, retry).overriddenBy(options);
        return new Transport(webClient, mapper, endpoint, rateLimiter, userAgent, merged.timeout(), merged.retry(),
                pageConcurrency);
    }

    /**
     * The mapper bodies are written and read with.
     *
     * @return the JSON mapper
     */
    public JsonMapper mapper() {
        return mapper;
    }

    /**
     * The store this pipeline talks to.
     *
     * @return the endpoint
     */
    public StoreEndpoint endpoint() {
        return endpoint;
    }

    /**
     * How many pages of a v3 listing are fetched at once.
     *
     * @return the page concurrency
     */
    public int pageConcurrency() {
        return pageConcurrency;
    }

    /**
     * Sends a call and decodes its body.
     *
     * @param method the method
     * @param version the API version the path is relative to
     * @param path the path under the version, or an absolute URL
     * @param query the query
     * @param body the body to send as JSON, or {@code null}
     * @param type the type to decode the body to
     * @param <T> the body type
     * @return the response; its body is {@code null} for a 204 or an empty body
     */
    public <T> Mono<ApiResponse<T>> exchange(HttpMethod method, ApiVersion version, String path, Query query,
            Object body, JavaType type) {
        return send(method, version, path, query, body)
                .map(raw -> new ApiResponse<>(raw.status(), raw.headers(), decode(raw, type)));
    }

    /**
     * Sends a call and returns the raw response, after retries and status mapping.
     *
     * @param method the method
     * @param version the API version the path is relative to
     * @param path the path under the version, or an absolute URL
     * @param query the query
     * @param body the body to send as JSON, or {@code null}
     * @return the response with its body as bytes
     */
    public Mono<RawResponse> send(HttpMethod method, ApiVersion version, String path, Query query, Object body) {
        Objects.requireNonNull(method, "'method' cannot be null.");
        Objects.requireNonNull(version, "'version' cannot be null.");
        Objects.requireNonNull(path, "'path' cannot be null.");
        Objects.requireNonNull(query, "'query' cannot be null.");
        return Mono.defer(() -> {
            URI url = resolve(version, path, query);
            Call call = new Call(method, url, url.getRawPath(), writeBody(body));
            return attempt(call, new AtomicInteger()).retryWhen(retryPolicy(call));
        });
    }

    /**
     * Decodes a response body.
     *
     * @param raw the response
     * @param type the type to decode to
     * @param <T> the body type
     * @return the decoded body, or {@code null} when the body is empty
     * @throws DecodeException when the body is not valid JSON of that type
     */
    public <T> T decode(RawResponse raw, JavaType type) {
        if (raw.body().length == 0) {
            return null;
        }
        try {
            return mapper.readValue(raw.body(), type);
        } catch (JacksonException e) {
            throw decodeFailure(raw, e);
        }
    }

    /**
     * The failure to throw for a body that does not decode.
     *
     * @param raw the response
     * @param cause the parser's failure
     * @return the exception, with the path and an excerpt of the body
     */
    public DecodeException decodeFailure(RawResponse raw, Exception cause) {
        return new DecodeException("Malformed JSON in a " + raw.status() + " response: "
                + cause.getClass().getSimpleName(), raw.path(), raw.text(), cause);
    }

    private Mono<RawResponse> attempt(Call call, AtomicInteger attempts) {
        return rateLimiter.withPermit(endpoint.storeKey(), () -> {
            long start = System.nanoTime();
            AtomicBoolean answered = new AtomicBoolean();
            WebClient.RequestBodySpec request = webClient.method(call.method())
                    .uri(call.url())
                    .attribute(STORE_ATTRIBUTE, endpoint.storeKey())
                    .attribute(ATTEMPT_ATTRIBUTE, attempts.incrementAndGet())
                    .headers(headers -> prepare(headers, call));
            return (call.body() == null ? request : request.bodyValue(call.body()))
                    .exchangeToMono(response -> {
                        HttpHeaders headers = response.headers().asHttpHeaders();
                        answered.set(true);
                        int status = response.statusCode().value();
                        rateLimiter.onResponse(endpoint.storeKey(), RateLimitStatus.parse(headers::getFirst), status,
                                Duration.ofNanos(System.nanoTime() - start));
                        return response.bodyToMono(byte[].class)
                                .defaultIfEmpty(NO_BODY)
                                .map(bytes -> new RawResponse(status, headers, bytes, call.path()));
                    })
                    // named, so the timeout operator does not derive a name for its message on every call
                    .name(REQUEST_NAME)
                    .timeout(timeout)
                    .doFinally(signal -> {
                        // failed, timed out or cancelled before any response: the permit is not in flight any more
                        if (!answered.get()) {
                            rateLimiter.onNoResponse(endpoint.storeKey());
                        }
                    })
                    .onErrorMap(failure -> mapFailure(call, failure))
                    .flatMap(raw -> raw.status() >= 300 ? Mono.error(httpFailure(call, raw)) : Mono.just(raw))
                    .doOnSuccess(raw -> log(call, String.valueOf(raw.status()), start))
                    .doOnError(failure -> log(call, outcome(failure), start));
        });
    }

    private void prepare(HttpHeaders headers, Call call) {
        if (call.url().getScheme() != null && endpoint.isOwnOrigin(call.url())) {
            endpoint.authenticate(headers);
        }
        headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON));
        headers.set(HttpHeaders.USER_AGENT, userAgent);
        if (call.body() != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
    }

    private URI resolve(ApiVersion version, String path, Query query) {
        boolean absolute = path.startsWith("http://") || path.startsWith("https://");
        String base = absolute ? path : endpoint.baseUrl(version) + (path.startsWith("/") ? path : "/" + path);
        String encoded = query.encode(version);
        String url = encoded.isEmpty() ? base : base + (base.contains("?") ? "&" : "?") + encoded;
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'path' does not make a valid URL (" + e.getReason()
                    + "); percent-encode reserved characters in path segments.");
        }
    }

    private byte[] writeBody(Object body) {
        if (body == null) {
            return null;
        }
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("'body' cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private HttpException httpFailure(Call call, RawResponse raw) {
        ApiError error = ErrorBodies.parse(raw.body(), mapper);
        return HttpException.of(new FailedResponse(call.method().name(), call.url().toString(), raw.status(),
                raw.headers(), raw.text(), error));
    }

    /** Maps what WebClient and Reactor Netty signal to the error tree; anything else (a bug) passes unchanged. */
    private Throwable mapFailure(Call call, Throwable failure) {
        String what = call.method().name() + " " + call.url();
        if (failure instanceof java.util.concurrent.TimeoutException) {
            return new TimeoutException(what + " got no complete response within " + timeout + ".", timeout,
                    failure);
        }
        if (failure instanceof DataBufferLimitException) {
            return new DecodeException("The response body is larger than the client accepts", call.path(), "",
                    failure);
        }
        if (failure instanceof WebClientRequestException || failure instanceof IOException
                || failure instanceof ChannelException || failure.getClass().getName().startsWith("reactor.netty.")) {
            return new TransportException(what + " failed: " + rootMessage(failure), !beforeSending(failure),
                    failure);
        }
        return failure;
    }

    private static boolean beforeSending(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof ConnectTimeoutException
                    || cause.getClass().getSimpleName().equals("PoolAcquireTimeoutException")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    private Retry retryPolicy(Call call) {
        return Retry.from(signals -> {
            RetryState state = new RetryState(call);
            return signals.concatMap(signal -> state.next(signal.failure()));
        });
    }

    private void log(Call call, String outcome, long start) {
        if (LOG.isDebugEnabled()) {
            URI url = call.url();
            LOG.debug("{} {}{} -> {} in {} ms [store {}]", call.method(), url.getRawPath(),
                    url.getRawQuery() == null ? "" : "?" + url.getRawQuery(), outcome,
                    (System.nanoTime() - start) / 1_000_000, endpoint.storeKey());
        }
    }

    private static String outcome(Throwable failure) {
        return failure instanceof HttpException http ? String.valueOf(http.status())
                : failure.getClass().getSimpleName();
    }

    /** One call's request, as every attempt sends it; {@code path} is the URL's path, without the query. */
    private record Call(HttpMethod method, URI url, String path, byte[] body) {
    }

    /** The retry decisions of one call: its 429 waits and its retries of failures. */
    private final class RetryState {

        private final Call call;
        private int retries;
        private int unannouncedThrottles;
        private Duration throttled = Duration.ZERO;

        RetryState(Call call) {
            this.call = call;
        }

        Mono<Long> next(Throwable failure) {
            if (failure instanceof TooManyRequestsException tooMany) {
                // A 429 asking for no wait counts as unannounced: repeated ones back off, and the cap ends them.
                Duration wait = tooMany.retryAfter().filter(asked -> !asked.isZero())
                        .orElseGet(() -> loadBackoff(unannouncedThrottles++));
                throttled = throttled.plus(wait);
                if (throttled.compareTo(retry.maxThrottleWait()) > 0) {
                    return Mono.error(failure);
                }
                rateLimiter.onThrottled(endpoint.storeKey(), wait);
                LOG.debug("{} {}: 429, retrying in {} ms [store {}]", call.method(), call.path(), wait.toMillis(),
                        endpoint.storeKey());
                return Mono.delay(wait);
            }
            if (retries < retry.maxRetries() && isRetryable(failure)) {
                Duration wait = backoff(retries++);
                LOG.debug("{} {}: {}, retry {} in {} ms [store {}]", call.method(), call.path(), outcome(failure),
                        retries, wait.toMillis(), endpoint.storeKey());
                return Mono.delay(wait);
            }
            return Mono.error(failure);
        }

        private boolean isRetryable(Throwable failure) {
            if (failure instanceof TransportException transport && !transport.requestSent()) {
                return true;
            }
            boolean retryableFailure = failure instanceof TransportException || failure instanceof TimeoutException
                    || (failure instanceof ServerException server && isRetryableStatus(server.status()));
            return retryableFailure && retry.methods().contains(call.method());
        }

        private static boolean isRetryableStatus(int status) {
            return status == 500 || status == 502 || status == 503 || status == 504;
        }

        private Duration backoff(int attempt) {
            long base = retry.initialBackoff().toMillis() << Math.min(attempt, 20);
            long capped = Math.min(base, retry.maxBackoff().toMillis());
            long half = capped / 2;
            return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
        }

        private static Duration loadBackoff(int attempt) {
            Duration wait = FIRST_LOAD_BACKOFF.multipliedBy(1L << Math.min(attempt, 5));
            return wait.compareTo(MAX_LOAD_BACKOFF) > 0 ? MAX_LOAD_BACKOFF : wait;
        }
    }

    /** Parses the error a body describes, in v3's object form or v2's array form. */
    static final class ErrorBodies {

        private ErrorBodies() {
        }

        static ApiError parse(byte[] body, JsonMapper mapper) {
            if (body.length == 0) {
                return ApiError.EMPTY;
            }
            JsonNode tree;
            try {
                tree = mapper.readTree(body);
            } catch (JacksonException e) {
                return ApiError.EMPTY;
            }
            if (tree.isArray()) {
                java.util.List<String> messages = new java.util.ArrayList<>();
                int status = 0;
                for (JsonNode item : tree) {
                    status = status == 0 ? item.path("status").asInt(0) : status;
                    String message = text(item.get("message"));
                    if (!message.isEmpty()) {
                        messages.add(message);
                    }
                }
                return new ApiError(status, messages.isEmpty() ? "" : messages.get(0), "", "",
                        java.util.Map.of(), messages);
            }
            if (!tree.isObject()) {
                return ApiError.EMPTY;
            }
            java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
            JsonNode errorsNode = tree.path("errors");
            if (errorsNode.isObject()) {
                errorsNode.properties().forEach(e -> errors.put(e.getKey(), text(e.getValue())));
            } else if (errorsNode.isArray()) {
                int i = 0;
                for (JsonNode item : errorsNode) {
                    errors.put(String.valueOf(i++), text(item));
                }
            }
            String title = text(tree.get("title"));
            return new ApiError(tree.path("status").asInt(0), title.isEmpty() ? text(tree.get("message")) : title,
                    text(tree.get("type")), text(tree.get("detail")), errors, java.util.List.of());
        }

        private static String text(JsonNode node) {
            if (node == null || node.isNull() || node.isMissingNode()) {
                return "";
            }
            return node.isValueNode() ? node.asString() : node.toString();
        }
    }
}
