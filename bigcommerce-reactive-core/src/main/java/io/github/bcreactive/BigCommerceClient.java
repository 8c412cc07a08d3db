package io.github.bcreactive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

import java.util.function.BooleanSupplier;
import java.util.function.Function;

import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;

import io.github.bcreactive.api.ApiVersion;
import io.github.bcreactive.api.V3Api;
import io.github.bcreactive.graphql.GraphQL;
import io.github.bcreactive.http.HttpPolicy;
import io.github.bcreactive.http.ProxyOptions;
import io.github.bcreactive.http.RequestOptions;
import io.github.bcreactive.http.RetryOptions;
import io.github.bcreactive.http.StoreEndpoint;
import io.github.bcreactive.http.Transport;
import io.github.bcreactive.ratelimit.EndpointLimiter;
import io.github.bcreactive.ratelimit.RateLimiter;
import io.github.bcreactive.ratelimit.TokenBucketRateLimiter;
import io.github.bcreactive.resource.DeclaredLimits;
import io.github.bcreactive.resource.StoreResources;
import io.github.bcreactive.resource.V2Table;
import io.netty.channel.ChannelOption;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.transport.ProxyProvider;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client for one BigCommerce store. Every call returns a {@code Mono} or {@code Flux}: nothing blocks, nothing is
 * sent until subscription, and cancelling stops the work.
 *
 * <pre>{@code
 * BigCommerceClient client = BigCommerceClient.builder()
 *         .storeHash("abc123")
 *         .accessToken(System.getenv("BIGCOMMERCE_ACCESS_TOKEN"))
 *         .build();
 *
 * client.v3().getMany("/catalog/products", Query.of("is_visible", true))
 *         .map(product -> product.get("name").asString())
 *         .subscribe(System.out::println);
 * }</pre>
 *
 * <p>The typed resources are the families of {@link StoreResources} ({@code client.catalog()},
 * {@code client.orders()}, ...) and, for the Python client's whole v2 table, {@code client.v2().orders()}.
 *
 * <p>Clients are immutable and thread-safe. Build one per store and keep it; many stores share a connection pool
 * and a rate limiter through {@code BigCommerceClients}.
 */
public final class BigCommerceClient implements StoreResources {

    /** The library's version, as in its Maven coordinates. */
    public static final String VERSION = readVersion();

    private final Transport transport;
    private final String loginUrl;
    private final V2Table v2;
    private final V3Api v3;
    private final GraphQL graphql;
    private final BigCommerceB2BClient b2b;

    private BigCommerceClient(Transport transport, String loginUrl, BigCommerceB2BClient b2b) {
        this.transport = transport;
        this.loginUrl = loginUrl;
        this.b2b = b2b;
        this.v3 = Wiring.v3(transport);
        this.v2 = Wiring.v2(v3);
        this.graphql = Wiring.graphql(transport);
    }

    /**
     * Starts building a client.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The store this client talks to.
     *
     * @return the store hash (for a basic-auth client, the store host)
     */
    public String storeHash() {
        return transport.endpoint().storeKey();
    }

    /** The base URL of a version's API, for tests. */
    String baseUrl(ApiVersion version) {
        return transport.endpoint().baseUrl(version);
    }

    /**
     * The login host, for the OAuth token exchange.
     *
     * @return e.g. {@code https://login.bigcommerce.com}
     */
    public String loginUrl() {
        return loginUrl;
    }

    /**
     * The v2 API: low-level verbs on {@code /stores/{hash}/v2}.
     *
     * @return the v2 API
     */
    @Override
    public V2Table v2() {
        return v2;
    }

    /**
     * The v3 API: low-level verbs on {@code /stores/{hash}/v3}.
     *
     * @return the v3 API
     * @throws IllegalStateException for a basic-auth client, which reaches only v2
     */
    @Override
    public V3Api v3() {
        transport.endpoint().baseUrl(ApiVersion.V3);
        return v3;
    }

    /**
     * The store's B2B Edition REST management API, on its own host and with its own rate limiter (see
     * {@link Builder#b2bRateLimiter(RateLimiter)}).
     *
     * <pre>{@code
     * client.b2b().companies().companies().iterAll().count().subscribe(System.out::println);
     * }</pre>
     *
     * @return the B2B Edition client of this store
     * @throws IllegalStateException for a basic-auth or login client, which has no store hash and token
     */
    public BigCommerceB2BClient b2b() {
        if (b2b == null) {
            throw new IllegalStateException("B2B Edition needs a store hash and an access token; a basic-auth or "
                    + "login client has none.");
        }
        return b2b;
    }

    /**
     * The store's GraphQL Admin API, one per client, so that its cost predictions are shared by every call.
     *
     * @return the GraphQL API
     */
    public GraphQL graphql() {
        return graphql;
    }

    /**
     * The store's Storefront API tokens: create storefront, private and customer impersonation tokens, and revoke
     * them.
     *
     * @return the tokens family
     */
    public io.github.bcreactive.storefront.StorefrontTokens storefrontTokens() {
        return Wiring.storefrontTokens(transport);
    }

    /**
     * A client for the same store whose calls use these options over this client's defaults. It shares the
     * connection pool and the rate limiter.
     *
     * @param options the per-call settings, e.g. a longer timeout
     * @return the client with the options
     */
    public BigCommerceClient withOptions(RequestOptions options) {
        return new BigCommerceClient(transport.withOptions(options), loginUrl,
                b2b == null ? null : b2b.withOptions(options));
    }

    @Override
    public String toString() {
        return "BigCommerceClient[" + transport.endpoint() + "]";
    }

    private static String readVersion() {
        try (InputStream in = BigCommerceClient.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds a {@link BigCommerceClient}. Give either a store hash and access token, or basic-auth credentials.
     * {@link #build()} checks every setting and names the one that is wrong, never showing a secret.
     */
    public static final class Builder {

        /** The default API host. */
        public static final String DEFAULT_API_URL = "https://api.bigcommerce.com";
        /** The default B2B Edition host. */
        public static final String DEFAULT_B2B_URL = "https://api-b2b.bigcommerce.com";
        /** The default login host. */
        public static final String DEFAULT_LOGIN_URL = "https://login.bigcommerce.com";
        /** The default deadline of a whole call: limiter waits, 429 waits, retries and backoff included. */
        public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(10);
        /** The default page concurrency of v3 listings. */
        public static final int DEFAULT_PAGE_CONCURRENCY = 4;

        private String storeHash;
        private String accessToken;
        private String clientId;
        private String basicHost;
        private String basicUsername;
        private String basicApiToken;
        private String apiUrl = DEFAULT_API_URL;
        private String loginUrl = DEFAULT_LOGIN_URL;
        private String b2bUrl = DEFAULT_B2B_URL;
        private String b2bAccessToken;
        private RateLimiter b2bRateLimiter;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration responseTimeout = Duration.ofSeconds(60);
        private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
        private final List<HttpPolicy> policies = new ArrayList<>();
        private int maxResponseBytes = 32 * 1024 * 1024;
        private String userAgent = "bigcommerce-reactive/" + VERSION + " Java/" + System.getProperty("java.version");
        private WebClient.Builder webClientBuilder;
        private ConnectionProvider connectionProvider;
        private RateLimiter rateLimiter = RateLimiter.unlimited();
        private EndpointLimiter endpointLimiter;
        private RetryOptions retry = RetryOptions.defaults();
        private int pageConcurrency = DEFAULT_PAGE_CONCURRENCY;
        private JsonMapper jsonMapper;
        private ProxyOptions proxy;
        private TrustManagerFactory trustManagerFactory;
        private Function<HttpClient, ? extends ClientHttpConnector> clientConnectorFactory = ReactorClientHttpConnector::new;
        private BooleanSupplier open;

        private Builder() {
        }

        /**
         * The store hash, as in {@code https://api.bigcommerce.com/stores/{store_hash}/v3}.
         *
         * @param storeHash the store hash
         * @return this builder
         */
        public Builder storeHash(String storeHash) {
            this.storeHash = storeHash;
            return this;
        }

        /**
         * The OAuth access token, sent as {@code X-Auth-Token}.
         *
         * @param accessToken the token
         * @return this builder
         */
        public Builder accessToken(String accessToken) {
            this.accessToken = accessToken;
            return this;
        }

        /**
         * The app's client id, sent as {@code X-Auth-Client} when given.
         *
         * @param clientId the client id
         * @return this builder
         */
        public Builder clientId(String clientId) {
            this.clientId = clientId;
            return this;
        }

        /**
         * Legacy basic auth instead of a store hash and token: v2 only, at {@code https://{host}/api/v2/}.
         *
         * @param host the store host (a full {@code http(s)://} URL is taken as is)
         * @param username the API username
         * @param apiToken the API token
         * @return this builder
         */
        public Builder basicAuth(String host, String username, String apiToken) {
            this.basicHost = host;
            this.basicUsername = username;
            this.basicApiToken = apiToken;
            return this;
        }

        /**
         * The API host, e.g. a simulator or a proxy.
         *
         * @param apiUrl an absolute http(s) URL; default {@value #DEFAULT_API_URL}
         * @return this builder
         */
        public Builder apiUrl(String apiUrl) {
            this.apiUrl = apiUrl;
            return this;
        }

        /**
         * The B2B Edition host, e.g. a simulator; its API is under {@code {b2bUrl}/api/v3/io}.
         *
         * @param b2bUrl an absolute http(s) URL; default {@value #DEFAULT_B2B_URL}
         * @return this builder
         */
        public Builder b2bUrl(String b2bUrl) {
            this.b2bUrl = b2bUrl;
            return this;
        }

        /**
         * The token B2B Edition calls send as {@code X-Auth-Token}, when it is not the store's access token (a
         * store API token with the B2B Edition scope).
         *
         * @param b2bAccessToken the token; default the {@link #accessToken(String) access token}
         * @return this builder
         */
        public Builder b2bAccessToken(String b2bAccessToken) {
            this.b2bAccessToken = b2bAccessToken;
            return this;
        }

        /**
         * The rate limiter of B2B Edition calls, apart from the store's REST limiter: B2B Edition has its own budget
         * (150 requests a minute, shared by every integration on the store) and its own headers. Share one among
         * every client of the process, as {@code BigCommerceClients} does.
         *
         * @param b2bRateLimiter the limiter; default a new {@code TokenBucketRateLimiter} for this client
         * @return this builder
         */
        public Builder b2bRateLimiter(RateLimiter b2bRateLimiter) {
            this.b2bRateLimiter = b2bRateLimiter;
            return this;
        }

        /**
         * The login host, for the OAuth token exchange.
         *
         * @param loginUrl an absolute http(s) URL; default {@value #DEFAULT_LOGIN_URL}
         * @return this builder
         */
        public Builder loginUrl(String loginUrl) {
            this.loginUrl = loginUrl;
            return this;
        }

        /**
         * How long opening a connection may take.
         *
         * @param connectTimeout positive; default 10 s
         * @return this builder
         */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        /**
         * How long each attempt of a call may wait for its complete response, by default;
         * {@link RequestOptions#withTimeout} overrides it per call. Running out fails the attempt with
         * {@code ResponseTimeoutException}, which is retried like a transport error.
         *
         * @param responseTimeout positive; default 60 s
         * @return this builder
         */
        public Builder responseTimeout(Duration responseTimeout) {
            this.responseTimeout = responseTimeout;
            return this;
        }

        /**
         * The deadline of a whole call, by default: waiting for a rate-limit permit, waiting out 429s, every attempt
         * and the backoff between them. {@link RequestOptions#withCallTimeout} overrides it per call. Running out
         * cancels the call and fails it with {@code CallTimeoutException}. A listing's pages are separate calls.
         *
         * @param callTimeout positive; default 10 minutes
         * @return this builder
         */
        public Builder callTimeout(Duration callTimeout) {
            this.callTimeout = callTimeout;
            return this;
        }

        /**
         * Adds a step to every call's pipeline, e.g. a correlation or tracing header. The user's policies run in the
         * order added, right after the retry step: once per attempt, before the credentials are set (so they never
         * see the token). See {@link HttpPolicy} for the whole order.
         *
         * <pre>{@code
         * BigCommerceClient client = BigCommerceClient.builder()
         *         .storeHash("abc123")
         *         .accessToken(token)
         *         .addPolicy((request, next) -> {
         *             request.headers().set("X-Correlation-Id", UUID.randomUUID().toString());
         *             return next.proceed();
         *         })
         *         .build();
         * }</pre>
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder addPolicy(HttpPolicy policy) {
            policies.add(Objects.requireNonNull(policy, "'policy' cannot be null."));
            return this;
        }

        /**
         * The largest response body the client reads; a larger one fails with {@code DecodeException}.
         *
         * @param maxResponseBytes positive; default 32 MiB
         * @return this builder
         */
        public Builder maxResponseBytes(int maxResponseBytes) {
            this.maxResponseBytes = maxResponseBytes;
            return this;
        }

        /**
         * The {@code User-Agent} header.
         *
         * @param userAgent printable, with no surrounding whitespace; default
         *     {@code bigcommerce-reactive/{version} Java/{version}}
         * @return this builder
         */
        public Builder userAgent(String userAgent) {
            this.userAgent = userAgent;
            return this;
        }

        /**
         * A WebClient builder to start from (e.g. Spring Boot's, for its codecs, filters and observation). It is
         * cloned; its connector is replaced by the one {@link #clientConnectorFactory(Function)} makes from this
         * client's Reactor Netty {@code HttpClient} (pool, timeouts, proxy, trust, no redirect following), so
         * customize the connection there, not on this builder.
         *
         * @param webClientBuilder the builder
         * @return this builder
         */
        public Builder webClientBuilder(WebClient.Builder webClientBuilder) {
            this.webClientBuilder = webClientBuilder;
            return this;
        }

        /**
         * The Reactor Netty connection pool, so one pool serves many stores; default Reactor Netty's shared pool.
         *
         * @param connectionProvider the pool
         * @return this builder
         */
        public Builder connectionProvider(ConnectionProvider connectionProvider) {
            this.connectionProvider = connectionProvider;
            return this;
        }

        /**
         * An HTTP proxy for every request of the client; default none (direct connections).
         *
         * @param proxy the proxy, or {@code null} for none
         * @return this builder
         */
        public Builder proxy(ProxyOptions proxy) {
            this.proxy = proxy;
            return this;
        }

        /**
         * The certificates trusted for HTTPS, e.g. a corporate CA of a TLS-inspecting proxy; default the JDK's trust
         * store.
         *
         * @param trustManagerFactory the trust managers (initialized), or {@code null} for the default
         * @return this builder
         */
        public Builder trustManagerFactory(TrustManagerFactory trustManagerFactory) {
            this.trustManagerFactory = trustManagerFactory;
            return this;
        }

        /**
         * Turns the client's configured Reactor Netty {@code HttpClient} (pool, connect timeout, proxy, trust, no
         * redirect following) into the WebClient connector, so an application composes its own connection settings
         * with the client's instead of replacing them: wiretap, metrics, resolvers, or a framework's connector builder
         * (the Spring Boot starter passes Boot's {@code ReactorClientHttpConnectorBuilder} with the application's
         * customizers here).
         *
         * <pre>{@code
         * builder.clientConnectorFactory(http -> new ReactorClientHttpConnector(http.wiretap(true)));
         * }</pre>
         *
         * @param clientConnectorFactory makes the connector; default {@code ReactorClientHttpConnector::new}
         * @return this builder
         */
        public Builder clientConnectorFactory(
                Function<HttpClient, ? extends ClientHttpConnector> clientConnectorFactory) {
            this.clientConnectorFactory = Objects.requireNonNull(clientConnectorFactory,
                    "'clientConnectorFactory' cannot be null.");
            return this;
        }

        /** While the factory that made this client is open; after, calls fail (set by BigCommerceClients). */
        Builder openWhile(BooleanSupplier open) {
            this.open = open;
            return this;
        }

        /** The endpoint slots shared with the factory's other clients (set by BigCommerceClients). */
        Builder endpointLimiter(EndpointLimiter endpointLimiter) {
            this.endpointLimiter = endpointLimiter;
            return this;
        }

        /**
         * The rate limiter, shared by every client of the process; default none.
         *
         * @param rateLimiter the limiter
         * @return this builder
         */
        public Builder rateLimiter(RateLimiter rateLimiter) {
            this.rateLimiter = rateLimiter;
            return this;
        }

        /**
         * The default retry options.
         *
         * @param retry the options; default {@link RetryOptions#defaults()}
         * @return this builder
         */
        public Builder retry(RetryOptions retry) {
            this.retry = retry;
            return this;
        }

        /**
         * How many pages of a v3 listing are fetched at once. The default, {@value #DEFAULT_PAGE_CONCURRENCY},
         * hides most of a page's latency while leaving room in a store's quota for other work.
         *
         * @param pageConcurrency 1 to 64
         * @return this builder
         */
        public Builder pageConcurrency(int pageConcurrency) {
            this.pageConcurrency = pageConcurrency;
            return this;
        }

        /**
         * The mapper for bodies; default a {@code JsonMapper} that ignores unknown properties.
         *
         * @param jsonMapper the mapper
         * @return this builder
         */
        public Builder jsonMapper(JsonMapper jsonMapper) {
            this.jsonMapper = jsonMapper;
            return this;
        }

        /**
         * Builds the client.
         *
         * @return the client
         * @throws IllegalArgumentException naming the setting that is missing or malformed; a CR, LF or other control
         *     character, or surrounding whitespace, in the access token, client id, user agent or store hash is
         *     refused here (never showing the token)
         */
        public BigCommerceClient build() {
            StoreEndpoint endpoint = endpoint();
            boolean oauth = basicHost == null && basicUsername == null && basicApiToken == null;
            return create(endpoint, oauth ? StoreEndpoint.b2b(b2bUrl, storeHash,
                    b2bAccessToken != null ? b2bAccessToken : accessToken) : null);
        }

        /**
         * Builds a client for BigCommerce's login service ({@link #loginUrl(String)}) rather than a store: it sends
         * only to absolute URLs and carries no store credentials, with this builder's other settings (timeouts,
         * WebClient, retry, mapper). {@code io.github.bcreactive.auth.BigCommerceApp} exchanges OAuth codes through
         * it; the store hash, token and basic-auth settings are ignored.
         *
         * @param storeKey the store the calls are about, as the logs and the rate limiter name it
         * @return the client
         * @throws IllegalArgumentException naming the setting that is missing or malformed
         */
        public BigCommerceClient buildLoginClient(String storeKey) {
            return create(StoreEndpoint.loginService(loginUrl, storeKey), null);
        }

        private BigCommerceClient create(StoreEndpoint endpoint, StoreEndpoint b2bEndpoint) {
            String login = StoreEndpoint.requireHttpUrl(loginUrl, "loginUrl");
            requirePositive(connectTimeout, "connectTimeout");
            requirePositive(responseTimeout, "responseTimeout");
            requirePositive(callTimeout, "callTimeout");
            if (maxResponseBytes <= 0) {
                throw new IllegalArgumentException("'maxResponseBytes' must be positive.");
            }
            JsonMapper mapper = jsonMapper != null ? jsonMapper : defaultMapper();
            WebClient webClient = webClient();
            // the endpoint limits are the REST API's (its operation table); B2B Edition states none
            Transport transport = transport(webClient, mapper, endpoint, rateLimiter)
                    .endpointLimits(DeclaredLimits.table(),
                            endpointLimiter != null ? endpointLimiter : EndpointLimiter.create())
                    .build();
            BigCommerceB2BClient b2b = b2bEndpoint == null ? null : new BigCommerceB2BClient(transport(webClient,
                    mapper, b2bEndpoint, b2bRateLimiter != null ? b2bRateLimiter : TokenBucketRateLimiter.create())
                    .build());
            return new BigCommerceClient(transport, login, b2b);
        }

        private Transport.Builder transport(WebClient webClient, JsonMapper mapper, StoreEndpoint endpoint,
                RateLimiter limiter) {
            return Wiring.transport(webClient, mapper, endpoint)
                    .userAgent(userAgent)
                    .pageConcurrency(pageConcurrency)
                    .rateLimiter(limiter)
                    .retry(retry)
                    .responseTimeout(responseTimeout)
                    .callTimeout(callTimeout)
                    .maxResponseBytes(maxResponseBytes)
                    .policies(open == null ? policies : withOpenCheck(open, policies));
        }

        /**
         * The mapper clients use unless given one: unknown properties are ignored, so new API fields never break a
         * call, and the models' records are read with their JSON names matched to constructor parameters by index
         * and their constructors called through one spread method handle each (a mapper given instead decodes the
         * same, a little slower).
         *
         * @return a new mapper
         */
        public static JsonMapper defaultMapper() {
            return JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .addModule(new RecordCreators()).build();
        }

        private StoreEndpoint endpoint() {
            boolean basic = basicHost != null || basicUsername != null || basicApiToken != null;
            boolean oauth = storeHash != null || accessToken != null;
            if (basic && oauth) {
                throw new IllegalArgumentException("Give either 'storeHash' and 'accessToken', or 'basicAuth', "
                        + "not both.");
            }
            if (basic) {
                return StoreEndpoint.basicAuth(basicHost, basicUsername, basicApiToken);
            }
            if (storeHash == null || storeHash.isBlank()) {
                throw new IllegalArgumentException("'storeHash' is required (or use 'basicAuth').");
            }
            return StoreEndpoint.accessToken(apiUrl, storeHash, accessToken, clientId);
        }

        private WebClient webClient() {
            HttpClient http = (connectionProvider != null ? HttpClient.create(connectionProvider) : HttpClient.create())
                    .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE,
                            connectTimeout.toMillis()))
                    .followRedirect(false);
            if (proxy != null) {
                http = http.proxy(spec -> {
                    ProxyProvider.Builder proxied = spec.type(ProxyProvider.Proxy.HTTP).host(proxy.host())
                            .port(proxy.port()).nonProxyHosts(proxy.nonProxyHostsRegex());
                    if (proxy.username() != null) {
                        proxied.username(proxy.username()).password(user -> proxy.password());
                    }
                });
            }
            if (trustManagerFactory != null) {
                SslContext ssl = sslContext(trustManagerFactory);
                http = http.secure(spec -> spec.sslContext(ssl));
            }
            ClientHttpConnector connector = Objects.requireNonNull(clientConnectorFactory.apply(http),
                    "'clientConnectorFactory' returned null.");
            WebClient.Builder builder = webClientBuilder != null ? webClientBuilder.clone() : WebClient.builder();
            return builder.clientConnector(connector)
                    .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(maxResponseBytes))
                    .build();
        }

        /**
         * The user's policies behind one that fails every attempt once the factory is closed, with an
         * {@link IllegalStateException} that the pipeline passes on as it is and never retries.
         */
        private static List<HttpPolicy> withOpenCheck(BooleanSupplier open, List<HttpPolicy> policies) {
            List<HttpPolicy> checked = new ArrayList<>();
            checked.add((request, next) -> open.getAsBoolean() ? next.proceed() : Mono.error(closed()));
            checked.addAll(policies);
            return checked;
        }

        private static IllegalStateException closed() {
            return new IllegalStateException("The BigCommerceClients factory of this client is closed: its connection "
                    + "pool is released, so its clients cannot send any more.");
        }

        private static SslContext sslContext(TrustManagerFactory trust) {
            try {
                return SslContextBuilder.forClient().trustManager(trust).build();
            } catch (SSLException e) {
                throw new IllegalArgumentException("'trustManagerFactory' cannot make a TLS context: "
                        + e.getMessage(), e);
            }
        }

        private static void requirePositive(Duration duration, String name) {
            if (duration == null || duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("'" + name + "' must be a positive duration.");
            }
        }
    }
}
