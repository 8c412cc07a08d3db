package io.github.bcreactive.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.github.bcreactive.error.DecodeException;
import io.github.bcreactive.query.Query;
import io.github.bcreactive.ratelimit.EndpointLimiter;
import io.github.bcreactive.ratelimit.RateLimiter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * <b>Internal:</b> the request pipeline of one store's client, which the library's own layers ({@code RestApi},
 * the resources, GraphQL, the storefront tokens) send through. The type is public only because those layers live in
 * other packages; no user can obtain an instance: its builder is package-private and only
 * {@code BigCommerceClient.Builder} reaches it, the constructors that take one ({@code V3Api}, {@code V2Table},
 * {@code B2BApi}, {@code GraphQL}, {@code StorefrontTokens}) are package-private too, and no public method outside
 * this package returns one. Build on {@code BigCommerceClient}; every call through a transport runs the whole
 * pipeline (credentials only for the API host, the rate limiter, timeouts, retries, status mapping), so it cannot
 * be used to skip a step.
 *
 * <p>The pipeline's steps are the small policies {@link HttpPolicy} lists, built in one place in that order;
 * a user adds steps with {@code BigCommerceClient.Builder.addPolicy}. The body is decoded last, once, by
 * {@link #decode}.
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

    private final Settings settings;
    private final HttpPipeline pipeline;

    private Transport(Settings settings) {
        this.settings = settings;
        this.pipeline = HttpPipeline.of(settings.webClient, settings.mapper, settings.endpoint, settings.rateLimiter,
                settings.userAgent, settings.responseTimeout, settings.callTimeout, settings.retry,
                settings.maxResponseBytes, settings.policies, settings.endpointLimiter);
    }

    /**
     * Starts building a transport. Package-private: {@code BigCommerceClient.Builder} is its one caller outside this
     * package (through a private lookup), and the wire's own tests the others.
     *
     * @param webClient the client that sends, with no base URL; redirects must not be followed
     * @param mapper the mapper for bodies
     * @param endpoint the store and its credentials
     * @return a builder with no rate limit, the default retry options and timeouts
     */
    static Builder builder(WebClient webClient, JsonMapper mapper, StoreEndpoint endpoint) {
        return new Builder(webClient, mapper, endpoint);
    }

    /**
     * This pipeline with other defaults, sharing everything else.
     *
     * @param options the settings to override
     * @return a pipeline with the options applied
     */
    public Transport withOptions(RequestOptions options) {
        RequestOptions merged = new RequestOptions(settings.responseTimeout, settings.retry, settings.callTimeout)
                .overriddenBy(options);
        return new Transport(settings.with(merged));
    }

    /**
     * The mapper bodies are written and read with.
     *
     * @return the JSON mapper
     */
    public JsonMapper mapper() {
        return settings.mapper;
    }

    /**
     * The store this pipeline talks to.
     *
     * @return the endpoint
     */
    public StoreEndpoint endpoint() {
        return settings.endpoint;
    }

    /**
     * How many pages of a v3 listing are fetched at once.
     *
     * @return the page concurrency
     */
    public int pageConcurrency() {
        return settings.pageConcurrency;
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
    public Mono<RawResponse> send(HttpMethod method, WireVersion version, String path, Query query, Object body) {
        return send(method, version, path, query, body, HttpHeaders.EMPTY);
    }

    /**
     * Sends a call with headers of its own (e.g. {@code Sf-Api-Token} to revoke a storefront token) and returns the
     * raw response. The call's headers start every attempt; the pipeline's steps run after them, so they cannot
     * replace the credentials, {@code Accept} or {@code User-Agent}. Headers are never logged.
     *
     * @param method the method
     * @param version the API version the path is relative to
     * @param path the path under the version, or an absolute URL
     * @param query the query
     * @param body the body to send as JSON, or {@code null}
     * @param callHeaders the call's own headers
     * @return the response with its body as bytes
     */
    public Mono<RawResponse> send(HttpMethod method, WireVersion version, String path, Query query, Object body,
            HttpHeaders callHeaders) {
        Objects.requireNonNull(method, "'method' cannot be null.");
        Objects.requireNonNull(version, "'version' cannot be null.");
        Objects.requireNonNull(path, "'path' cannot be null.");
        Objects.requireNonNull(query, "'query' cannot be null.");
        Objects.requireNonNull(callHeaders, "'callHeaders' cannot be null.");
        return Mono.defer(() -> sendTo(method, resolve(version, path, query), writeBody(body), null,
                limit(method, version, path), callHeaders));
    }

    /**
     * Sends a {@code multipart/form-data} call: a file in the part the operation names, with the upload's form
     * fields, and returns the raw response, after retries and status mapping. A file on disk is read as the request
     * is written, without blocking; the retry rules are those of any call of the method: a 429 is waited out and
     * sent again, whole; after a failure that may have reached the server only the methods {@link RetryOptions}
     * lists are retried (by default neither {@code POST} nor {@code PUT}).
     *
     * @param method the method
     * @param version the API version the path is relative to
     * @param path the path under the version
     * @param partName the file's part name, e.g. {@code image_file}
     * @param file the file and its form fields
     * @return the response with its body as bytes
     */
    public Mono<RawResponse> upload(HttpMethod method, WireVersion version, String path, String partName,
            FileUpload file) {
        Objects.requireNonNull(method, "'method' cannot be null.");
        Objects.requireNonNull(version, "'version' cannot be null.");
        Objects.requireNonNull(path, "'path' cannot be null.");
        Objects.requireNonNull(partName, "'partName' cannot be null.");
        Objects.requireNonNull(file, "'file' cannot be null.");
        return Mono.defer(() -> sendTo(method, resolve(version, path, Query.empty()), null,
                new PipelineRequest.Upload(partName, file), limit(method, version, path), HttpHeaders.EMPTY));
    }

    /**
     * Sends a call to a resolved URL and returns the raw response, after retries and status mapping. The URL carries
     * the store's credentials only when it is on the API host.
     *
     * @param method the method
     * @param url the absolute URL, with its query
     * @param body the body to send as JSON, or {@code null}
     * @return the response with its body as bytes
     */
    public Mono<RawResponse> send(HttpMethod method, URI url, Object body) {
        Objects.requireNonNull(method, "'method' cannot be null.");
        Objects.requireNonNull(url, "'url' cannot be null.");
        if (!url.isAbsolute()) {
            throw new IllegalArgumentException("'url' must be absolute, was '" + url + "'.");
        }
        return Mono.defer(() -> sendTo(method, url, writeBody(body), null, null, HttpHeaders.EMPTY));
    }

    private Mono<RawResponse> sendTo(HttpMethod method, URI url, byte[] body, PipelineRequest.Upload upload,
            EndpointLimits.Limit limit, HttpHeaders callHeaders) {
        return pipeline.send(PipelineRequest.call(method, url, body, upload, limit, settings.endpoint.storeKey(),
                callHeaders));
    }

    /** The stated concurrency limit of a path under a version; none for an absolute URL. */
    private EndpointLimits.Limit limit(HttpMethod method, WireVersion version, String path) {
        if (path.startsWith("http://") || path.startsWith("https://")) {
            return null;
        }
        int query = path.indexOf('?');
        String bare = query < 0 ? path : path.substring(0, query);
        return settings.endpointLimits.find(method, version, bare.startsWith("/") ? bare : "/" + bare).orElse(null);
    }

    /**
     * A call that starts once Jackson has built the decoders of the types it will decode. For a type this transport
     * has not decoded before, they are built first where waiting on Jackson's type-cache lock is allowed: in place
     * when the call is subscribed on a thread that may wait, else on Reactor's bounded-elastic scheduler. After that,
     * the call is returned as it is and decodes on the event loop.
     * Every call of the library's own layers goes through this.
     *
     * @param call the call
     * @param types the types the call decodes its answer to
     * @param <R> the call's result
     * @return the call, after the warm-up its types need
     */
    public <R> Mono<R> afterWarmUp(Mono<R> call, JavaType... types) {
        return settings.warmUp.after(call, types);
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
            return settings.mapper.readValue(raw.body(), type);
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

    /** The pipeline's steps in order, for tests. */
    List<String> policies() {
        return pipeline.describe();
    }

    @Override
    public String toString() {
        return "Transport[" + settings.endpoint + "]";
    }

    private URI resolve(WireVersion version, String path, Query query) {
        boolean absolute = path.startsWith("http://") || path.startsWith("https://");
        String base = absolute ? path
                : settings.endpoint.baseUrl(version) + (path.startsWith("/") ? path : "/" + path);
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
            return settings.mapper.writeValueAsBytes(body);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("'body' cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * <b>Internal:</b> builds a {@link Transport}, checking every setting. Only this package makes one;
     * {@code BigCommerceClient.Builder} is its one caller outside it. Build clients with that.
     */
    public static final class Builder {

        private final WebClient webClient;
        private final JsonMapper mapper;
        private final StoreEndpoint endpoint;
        private RateLimiter rateLimiter = RateLimiter.unlimited();
        private EndpointLimits endpointLimits = EndpointLimits.none();
        private EndpointLimiter endpointLimiter;
        private String userAgent = "bigcommerce-reactive";
        private Duration responseTimeout = Duration.ofSeconds(60);
        private Duration callTimeout = Duration.ofMinutes(10);
        private RetryOptions retry = RetryOptions.defaults();
        private int pageConcurrency = 4;
        private int maxResponseBytes = 32 * 1024 * 1024;
        private final List<HttpPolicy> policies = new ArrayList<>();

        private Builder(WebClient webClient, JsonMapper mapper, StoreEndpoint endpoint) {
            this.webClient = Objects.requireNonNull(webClient, "'webClient' cannot be null.");
            this.mapper = Objects.requireNonNull(mapper, "'mapper' cannot be null.");
            this.endpoint = Objects.requireNonNull(endpoint, "'endpoint' cannot be null.");
        }

        /**
         * The limiter shared by the process's clients.
         *
         * @param rateLimiter the limiter; default none
         * @return this builder
         */
        public Builder rateLimiter(RateLimiter rateLimiter) {
            this.rateLimiter = Objects.requireNonNull(rateLimiter, "'rateLimiter' cannot be null.");
            return this;
        }

        /**
         * The endpoints whose stated concurrency limits are kept, and the limiter that keeps them (share one per
         * process, so that every client of a store counts against the same slots).
         *
         * @param limits which endpoints are limited; default none
         * @param limiter the slots; default a limiter of this transport's own
         * @return this builder
         */
        public Builder endpointLimits(EndpointLimits limits, EndpointLimiter limiter) {
            this.endpointLimits = Objects.requireNonNull(limits, "'limits' cannot be null.");
            this.endpointLimiter = Objects.requireNonNull(limiter, "'limiter' cannot be null.");
            return this;
        }

        /**
         * The {@code User-Agent} header.
         *
         * @param userAgent printable characters with no surrounding whitespace
         * @return this builder
         */
        public Builder userAgent(String userAgent) {
            this.userAgent = HeaderValues.require(userAgent, "userAgent", false);
            return this;
        }

        /**
         * The default response timeout of each attempt.
         *
         * @param responseTimeout positive
         * @return this builder
         */
        public Builder responseTimeout(Duration responseTimeout) {
            this.responseTimeout = requirePositive(responseTimeout, "responseTimeout");
            return this;
        }

        /**
         * The default deadline of each call.
         *
         * @param callTimeout positive
         * @return this builder
         */
        public Builder callTimeout(Duration callTimeout) {
            this.callTimeout = requirePositive(callTimeout, "callTimeout");
            return this;
        }

        /**
         * The default retry options.
         *
         * @param retry the options
         * @return this builder
         */
        public Builder retry(RetryOptions retry) {
            this.retry = Objects.requireNonNull(retry, "'retry' cannot be null.");
            return this;
        }

        /**
         * How many pages of a v3 listing are fetched at once.
         *
         * @param pageConcurrency 1 to 64
         * @return this builder
         */
        public Builder pageConcurrency(int pageConcurrency) {
            if (pageConcurrency < 1 || pageConcurrency > 64) {
                throw new IllegalArgumentException("'pageConcurrency' must be between 1 and 64, was "
                        + pageConcurrency + ".");
            }
            this.pageConcurrency = pageConcurrency;
            return this;
        }

        /**
         * The largest response body read; a larger one fails the call with {@code DecodeException}.
         *
         * @param maxResponseBytes positive; default 32 MiB
         * @return this builder
         */
        public Builder maxResponseBytes(int maxResponseBytes) {
            if (maxResponseBytes <= 0) {
                throw new IllegalArgumentException("'maxResponseBytes' must be positive.");
            }
            this.maxResponseBytes = maxResponseBytes;
            return this;
        }

        /**
         * Adds the user's policies, after those added before; see {@link HttpPolicy} for where they run.
         *
         * @param policies the policies
         * @return this builder
         */
        public Builder policies(List<HttpPolicy> policies) {
            Objects.requireNonNull(policies, "'policies' cannot be null.");
            policies.forEach(policy -> this.policies.add(Objects.requireNonNull(policy, "'policy' cannot be null.")));
            return this;
        }

        /**
         * Builds the transport.
         *
         * @return the transport
         */
        public Transport build() {
            return new Transport(new Settings(webClient, mapper, endpoint, rateLimiter, userAgent, responseTimeout,
                    callTimeout, retry, pageConcurrency, maxResponseBytes, List.copyOf(policies), endpointLimits,
                    endpointLimiter != null ? endpointLimiter : EndpointLimiter.create(),
                    new DecoderWarmUp(mapper, Schedulers.boundedElastic())));
        }

        private static Duration requirePositive(Duration duration, String name) {
            if (duration == null || duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("'" + name + "' must be a positive duration.");
            }
            return duration;
        }
    }

    /** Everything a transport is made of; per-call options replace the timeouts and retry options. */
    private record Settings(WebClient webClient, JsonMapper mapper, StoreEndpoint endpoint, RateLimiter rateLimiter,
            String userAgent, Duration responseTimeout, Duration callTimeout, RetryOptions retry, int pageConcurrency,
            int maxResponseBytes, List<HttpPolicy> policies, EndpointLimits endpointLimits,
            EndpointLimiter endpointLimiter, DecoderWarmUp warmUp) {

        Settings with(RequestOptions options) {
            return new Settings(webClient, mapper, endpoint, rateLimiter, userAgent, options.timeout(),
                    options.callTimeout(), options.retry(), pageConcurrency, maxResponseBytes, policies,
                    endpointLimits, endpointLimiter, warmUp);
        }
    }
}
