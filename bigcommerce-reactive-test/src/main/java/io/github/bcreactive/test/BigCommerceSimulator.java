package io.github.bcreactive.test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.test.api.ApiContext;
import io.github.bcreactive.test.store.Seeds;
import io.github.bcreactive.test.store.StoreData;
import io.github.bcreactive.test.store.StoreSizes;
import io.netty.channel.ChannelOption;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.resources.LoopResources;

/**
 * An in-process, stateful BigCommerce server for tests, demos and benchmarks. It serves the v2 and
 * v3 store APIs under {@code /stores/{hash}/...}, the OAuth token exchange and the storefront
 * customer login, with BigCommerce's rate-limit windows and headers, and seeded faults; and a few
 * of B2B Edition's endpoints under {@code /api/v3/io} with its own budget and headers
 * ({@link Builder#b2bQuota(int, Duration)}).
 *
 * <pre>{@code
 * try (BigCommerceSimulator sim = BigCommerceSimulator.builder()
 *         .stores(3)
 *         .products(20_000)
 *         .quota(150, Duration.ofSeconds(30))
 *         .latency(Duration.ofMillis(20), Duration.ofMillis(5))
 *         .seed(42)
 *         .build()
 *         .start()) {
 *     String store = sim.storeHashes().get(0);
 *     BigCommerceClient client = sim.clientBuilder(store).build();   // API and login URL = sim.baseUrl()
 * }
 * }</pre>
 *
 * Rows are derived from {@code (seed, store, id)} when read; only rows a client writes are stored,
 * so a million products per store cost no heap. The same seed gives the same stores, tokens, rows
 * and faults.
 */
public final class BigCommerceSimulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BigCommerceSimulator.class);

    private final Builder settings;
    private final Map<String, StoreData> stores;
    private final String clientId;
    private final String clientSecret;
    private final SimulatorStats stats = new SimulatorStats();
    private final AtomicReference<Faults> faults;
    private final SimulatorHandler handler;
    private final WebhookDispatcher webhooks;
    private final AtomicReference<String> baseUrl = new AtomicReference<>();
    private final StoreCapacity capacity = new StoreCapacity();
    private LoopResources loops;
    private DisposableServer server;

    private BigCommerceSimulator(Builder settings) {
        this.settings = settings;
        this.clientId = settings.clientId != null ? settings.clientId : token(settings.seed, -1, 31);
        this.clientSecret = settings.clientSecret != null ? settings.clientSecret : token(settings.seed, -2, 50);
        this.faults = new AtomicReference<>(settings.faults);
        StoreSizes sizes = new StoreSizes(settings.products, settings.categories, settings.brands, settings.customers,
                settings.orders);
        Map<String, StoreData> made = new LinkedHashMap<>();
        for (int i = 0; i < settings.generatedStores; i++) {
            String hash = token(settings.seed, i, 10);
            made.put(hash, new StoreData(hash, token(settings.seed, 1_000 + i, 31), storeSeed(hash), sizes));
        }
        settings.namedStores.forEach((hash, token) -> made.put(hash, new StoreData(hash,
                token != null ? token : token(settings.seed, hash.hashCode() * 31L + 7, 31), storeSeed(hash), sizes)));
        this.stores = Collections.unmodifiableMap(made);
        ApiContext context = new ApiContext(this::baseUrl, clientId, settings.clock);
        AppEndpoints app = new AppEndpoints(stores, clientId, clientSecret, settings.clock, stats);
        this.webhooks = new WebhookDispatcher(clientSecret, stats, settings.webhookRedeliveries);
        capacity.set(settings.capacity);
        this.handler = new SimulatorHandler(stores, app, context, stats, new FaultPlan(settings.seed), faults::get,
                settings.quota, settings.window, settings.retryAfterHeader, webhooks, capacity,
                new B2BEndpoints(stores, settings.b2bQuota, settings.b2bWindow.toMillis(),
                        settings.b2bOtherIntegrationsRate, settings.b2bCompanies, settings.clock, stats));
    }

    private long storeSeed(String hash) {
        return Seeds.hash(settings.seed, hash.hashCode(), 77);
    }

    private static String token(long seed, long salt, int length) {
        StringBuilder out = new StringBuilder(length);
        long h = Seeds.hash(seed, salt, 11);
        for (int i = 0; out.length() < length; i++) {
            if (i % 10 == 0) {
                h = Seeds.hash(h, salt, i);
            }
            out.append(Character.forDigit((int) Math.floorMod(h, 36L), 36));
            h /= 36;
        }
        if (Character.isDigit(out.charAt(0))) {
            out.setCharAt(0, (char) ('a' + (out.charAt(0) - '0')));
        }
        return out.toString();
    }

    /**
     * A builder with the defaults: one store, 1,000 products, quota 150 per 30 s, no latency, seed 42,
     * loopback on an ephemeral port.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds the server. Call once; blocks until the port is bound.
     *
     * @return this simulator
     * @throws IllegalStateException when already started
     */
    public synchronized BigCommerceSimulator start() {
        if (server != null) {
            throw new IllegalStateException("the simulator is already started");
        }
        loops = LoopResources.create("bc-sim", 1, settings.ioThreads, true);
        server = HttpServer.create()
                .host(settings.host)
                .port(settings.port)
                .runOn(loops)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .handle(handler)
                .bindNow(Duration.ofSeconds(10));
        baseUrl.set("http://" + settings.host + ":" + server.port());
        webhooks.start(loops);
        LOG.info("BigCommerce simulator listening on {} with {} store(s)", baseUrl.get(), stores.size());
        return this;
    }

    /**
     * The URL to use as the client's API URL and login URL, e.g. {@code http://127.0.0.1:43211}.
     *
     * @return the base URL
     * @throws IllegalStateException before {@link #start()}
     */
    public String baseUrl() {
        String url = baseUrl.get();
        if (url == null) {
            throw new IllegalStateException("the simulator is not started");
        }
        return url;
    }

    /**
     * The bound port.
     *
     * @return the port
     * @throws IllegalStateException before {@link #start()}
     */
    public int port() {
        if (server == null) {
            throw new IllegalStateException("the simulator is not started");
        }
        return server.port();
    }

    /**
     * The store hashes: generated ones first (deterministic from the seed), then named ones.
     *
     * @return the hashes
     */
    public List<String> storeHashes() {
        return new ArrayList<>(stores.keySet());
    }

    /**
     * The access token of a store, for the {@code X-Auth-Token} header.
     *
     * @param storeHash the store hash
     * @return the token
     * @throws IllegalArgumentException for an unknown store
     */
    public String accessToken(String storeHash) {
        return store(storeHash).accessToken();
    }

    /**
     * A client builder for a store of this simulator: its hash and token, with the simulator's base URL as the API
     * URL, the B2B Edition URL and the login URL. Add any other settings, then build.
     *
     * <pre>{@code
     * BigCommerceClient client = sim.clientBuilder(store).pageConcurrency(8).build();
     * }</pre>
     *
     * @param storeHash the store hash
     * @return a builder for that store's client
     * @throws IllegalArgumentException for an unknown store
     * @throws IllegalStateException when the simulator is not started
     */
    public BigCommerceClient.Builder clientBuilder(String storeHash) {
        String token = accessToken(storeHash);
        return BigCommerceClient.builder()
                .storeHash(storeHash)
                .accessToken(token)
                .apiUrl(baseUrl())
                .b2bUrl(baseUrl())
                .loginUrl(baseUrl());
    }

    /**
     * A client builder for the first store, as {@link #clientBuilder(String)}.
     *
     * @return a builder for the first store's client
     * @throws IllegalStateException when the simulator is not started
     */
    public BigCommerceClient.Builder clientBuilder() {
        return clientBuilder(storeHashes().get(0));
    }

    private StoreData store(String storeHash) {
        Objects.requireNonNull(storeHash, "'storeHash' cannot be null.");
        StoreData store = stores.get(storeHash);
        if (store == null) {
            throw new IllegalArgumentException("unknown store hash: " + storeHash);
        }
        return store;
    }

    /**
     * The registered app's client id (OAuth and customer login {@code iss}).
     *
     * @return the client id
     */
    public String clientId() {
        return clientId;
    }

    /**
     * The registered app's client secret (OAuth, and the HS256 key of customer login JWTs).
     *
     * @return the client secret
     */
    public String clientSecret() {
        return clientSecret;
    }

    /**
     * The counters.
     *
     * @return the live stats
     */
    public SimulatorStats stats() {
        return stats;
    }

    /**
     * The current faults.
     *
     * @return the faults
     */
    public Faults faults() {
        return faults.get();
    }

    /**
     * Replaces the faults for the calls that follow.
     *
     * @param faults the new faults
     * @return this simulator
     */
    public BigCommerceSimulator faults(Faults faults) {
        this.faults.set(Objects.requireNonNull(faults, "'faults' cannot be null."));
        return this;
    }

    /**
     * Sets how many requests each store serves at once, for the calls that follow (e.g. a store whose capacity drops
     * mid-run). Below it a call's latency grows with the store's load, doubling at full capacity; a call arriving at
     * a full store is refused, alternately 503 and 429 without rate-limit headers (platform load).
     *
     * @param concurrentRequests 1 or more; {@link Integer#MAX_VALUE} for no limit (the default)
     * @return this simulator
     */
    public BigCommerceSimulator capacity(int concurrentRequests) {
        capacity.set(concurrentRequests);
        return this;
    }

    /**
     * How many requests each store serves at once.
     *
     * @return the capacity, {@link Integer#MAX_VALUE} when unlimited
     */
    public int capacity() {
        return capacity.get();
    }

    /**
     * Restarts every store's quota window and the fault draws, e.g. between tests sharing a simulator.
     *
     * @return this simulator
     */
    public BigCommerceSimulator resetQuotas() {
        handler.resetQuotas();
        return this;
    }

    /**
     * Stops the server. Idempotent.
     */
    @Override
    public synchronized void close() {
        if (server != null) {
            server.disposeNow(Duration.ofSeconds(5));
            webhooks.stop();
            loops.dispose();
            server = null;
        }
    }

    @Override
    public String toString() {
        return "BigCommerceSimulator[baseUrl=" + baseUrl.get() + ", stores=" + stores.keySet() + "]";
    }

    /** Settings of a {@link BigCommerceSimulator}. */
    public static final class Builder {

        private int generatedStores = 1;
        private final Map<String, String> namedStores = new LinkedHashMap<>();
        private long products = 1_000;
        private int categories = 20;
        private int brands = 10;
        private int customers = 200;
        private int orders = 100;
        private int quota = 150;
        private Duration window = Duration.ofSeconds(30);
        private boolean retryAfterHeader = true;
        private Faults faults = Faults.none();
        private int capacity = StoreCapacity.UNLIMITED;
        private long seed = 42;
        private String host = "127.0.0.1";
        private int port;
        private String clientId;
        private String clientSecret;
        private Clock clock = Clock.systemUTC();
        private int ioThreads = Math.max(2, Runtime.getRuntime().availableProcessors());
        private int webhookRedeliveries;
        private int b2bQuota = 150;
        private Duration b2bWindow = Duration.ofSeconds(60);
        private double b2bOtherIntegrationsRate;
        private int b2bCompanies = 25;

        private Builder() {
        }

        /**
         * Each store's B2B Edition budget ({@code /api/v3/io}), apart from its REST quota: a fixed window, as B2B
         * Edition documents it (150 requests a minute by default), answered with B2B Edition's rate-limit headers.
         *
         * @param requests requests per window, at least 1
         * @param window the window, at least 1 ms
         * @return this builder
         */
        public Builder b2bQuota(int requests, Duration window) {
            this.b2bQuota = atLeast(requests, 1, "b2bQuota");
            Objects.requireNonNull(window, "'window' cannot be null.");
            if (window.toMillis() < 1) {
                throw new IllegalArgumentException("'window' must be at least 1 ms, was " + window);
            }
            this.b2bWindow = window;
            return this;
        }

        /**
         * How fast other integrations on each store spend its B2B Edition budget: the budget is shared by every
         * integration, so the client sees fewer requests left than it spent.
         *
         * @param requestsPerSecond at least 0; default 0
         * @return this builder
         */
        public Builder b2bOtherIntegrations(double requestsPerSecond) {
            if (!(requestsPerSecond >= 0) || Double.isInfinite(requestsPerSecond)) {
                throw new IllegalArgumentException("'requestsPerSecond' must be at least 0, was " + requestsPerSecond);
            }
            this.b2bOtherIntegrationsRate = requestsPerSecond;
            return this;
        }

        /**
         * How many B2B Edition companies each store has ({@code GET /api/v3/io/companies}); each has two users
         * ({@code /users}) and one address ({@code /addresses}).
         *
         * @param count at least 0; default 25
         * @return this builder
         */
        public Builder b2bCompanies(int count) {
            this.b2bCompanies = atLeast(count, 0, "b2bCompanies");
            return this;
        }

        /**
         * How many stores to generate; their hashes and tokens derive from the seed.
         *
         * @param count zero or more
         * @return this builder
         */
        public Builder stores(int count) {
            this.generatedStores = atLeast(count, 0, "stores");
            return this;
        }

        /**
         * Adds a store with this hash; its token derives from the seed.
         *
         * @param hash the store hash
         * @return this builder
         */
        public Builder store(String hash) {
            namedStores.put(hash(hash), null);
            return this;
        }

        /**
         * Adds a store with this hash and access token.
         *
         * @param hash the store hash
         * @param accessToken its token
         * @return this builder
         */
        public Builder store(String hash, String accessToken) {
            namedStores.put(hash(hash), Objects.requireNonNull(accessToken, "'accessToken' cannot be null."));
            return this;
        }

        private static String hash(String hash) {
            Objects.requireNonNull(hash, "'hash' cannot be null.");
            if (!hash.matches("[a-zA-Z0-9]{1,64}")) {
                throw new IllegalArgumentException("'hash' must be 1-64 letters or digits, was '" + hash + "'");
            }
            return hash;
        }

        /**
         * Products per store (each with 1-3 variants, 1-2 images and 0-2 custom fields).
         *
         * @param count zero or more; a million costs no heap
         * @return this builder
         */
        public Builder products(long count) {
            if (count < 0) {
                throw new IllegalArgumentException("'products' cannot be negative, was " + count);
            }
            this.products = count;
            return this;
        }

        /**
         * Categories per store.
         *
         * @param count zero or more
         * @return this builder
         */
        public Builder categories(int count) {
            this.categories = atLeast(count, 0, "categories");
            return this;
        }

        /**
         * Brands per store.
         *
         * @param count zero or more
         * @return this builder
         */
        public Builder brands(int count) {
            this.brands = atLeast(count, 0, "brands");
            return this;
        }

        /**
         * Customers per store.
         *
         * @param count zero or more
         * @return this builder
         */
        public Builder customers(int count) {
            this.customers = atLeast(count, 0, "customers");
            return this;
        }

        /**
         * Orders per store (each with 1-3 lines and a shipping address).
         *
         * @param count zero or more
         * @return this builder
         */
        public Builder orders(int count) {
            this.orders = atLeast(count, 0, "orders");
            return this;
        }

        /**
         * The rate limit of each store: {@code requests} per fixed {@code window}.
         *
         * @param requests the quota, at least 1
         * @param window the window length, at least 1 ms
         * @return this builder
         */
        public Builder quota(int requests, Duration window) {
            this.quota = atLeast(requests, 1, "quota");
            Objects.requireNonNull(window, "'window' cannot be null.");
            if (window.toMillis() < 1) {
                throw new IllegalArgumentException("'window' must be at least 1 ms, was " + window);
            }
            this.window = window;
            return this;
        }

        /**
         * Whether 429s carry {@code X-Retry-After} (seconds) beside {@code X-Rate-Limit-Time-Reset-Ms}; default on.
         *
         * @param enabled whether to send it
         * @return this builder
         */
        public Builder retryAfterHeader(boolean enabled) {
            this.retryAfterHeader = enabled;
            return this;
        }

        /**
         * Fixed latency plus a seeded jitter in {@code [0, jitter]}; a shortcut for {@link Faults.Builder#latency}.
         *
         * @param fixed the fixed part
         * @param jitter the largest extra part
         * @return this builder
         */
        public Builder latency(Duration fixed, Duration jitter) {
            this.faults = faults.toBuilder().latency(fixed, jitter).build();
            return this;
        }

        /**
         * Sets how many requests each store serves at once (default unlimited); see
         * {@link BigCommerceSimulator#capacity(int)}.
         *
         * @param concurrentRequests 1 or more
         * @return this builder
         */
        public Builder capacity(int concurrentRequests) {
            if (concurrentRequests < 1) {
                throw new IllegalArgumentException("'capacity' must be 1 or more, was " + concurrentRequests);
            }
            this.capacity = concurrentRequests;
            return this;
        }

        /**
         * The faults to inject (replacing any latency set before).
         *
         * @param faults the faults
         * @return this builder
         */
        public Builder faults(Faults faults) {
            this.faults = Objects.requireNonNull(faults, "'faults' cannot be null.");
            return this;
        }

        /**
         * The seed every generated value derives from.
         *
         * @param seed any value
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * The address to bind; loopback by default.
         *
         * @param host a host name or IP address
         * @return this builder
         */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "'host' cannot be null.");
            return this;
        }

        /**
         * The port to bind; 0 (the default) picks a free one.
         *
         * @param port 0 to 65535
         * @return this builder
         */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("'port' must be in [0, 65535], was " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * The registered app; by default both derive from the seed.
         *
         * @param clientId the client id
         * @param clientSecret the client secret
         * @return this builder
         */
        public Builder app(String clientId, String clientSecret) {
            this.clientId = Objects.requireNonNull(clientId, "'clientId' cannot be null.");
            this.clientSecret = Objects.requireNonNull(clientSecret, "'clientSecret' cannot be null.");
            return this;
        }

        /**
         * The clock for rate-limit windows, write timestamps and login token expiry.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "'clock' cannot be null.");
            return this;
        }

        /**
         * Event-loop threads of the server.
         *
         * @param threads at least 1
         * @return this builder
         */
        public Builder ioThreads(int threads) {
            this.ioThreads = atLeast(threads, 1, "ioThreads");
            return this;
        }

        /**
         * How many times each webhook callback is delivered again after the first, with the same message id and
         * payload, as BigCommerce sometimes does: lets a test check that its receiver drops duplicates.
         *
         * @param redeliveries 0 (the default) to 5
         * @return this builder
         */
        public Builder webhookRedeliveries(int redeliveries) {
            if (redeliveries < 0 || redeliveries > 5) {
                throw new IllegalArgumentException("'webhookRedeliveries' must be in [0, 5], was " + redeliveries);
            }
            this.webhookRedeliveries = redeliveries;
            return this;
        }

        /**
         * Builds the simulator, not yet started.
         *
         * @return the simulator
         */
        public BigCommerceSimulator build() {
            if (generatedStores == 0 && namedStores.isEmpty()) {
                throw new IllegalArgumentException("the simulator needs at least one store");
            }
            return new BigCommerceSimulator(this);
        }

        private static int atLeast(int value, int min, String name) {
            if (value < min) {
                throw new IllegalArgumentException("'" + name + "' must be at least " + min + ", was " + value);
            }
            return value;
        }
    }
}
