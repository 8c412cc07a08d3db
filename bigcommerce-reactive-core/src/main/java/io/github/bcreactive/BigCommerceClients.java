package io.github.bcreactive;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import io.github.bcreactive.ratelimit.EndpointLimiter;
import io.github.bcreactive.ratelimit.RateLimitOptions;
import io.github.bcreactive.ratelimit.RateLimiter;
import io.github.bcreactive.ratelimit.TokenBucketRateLimiter;
import reactor.netty.resources.ConnectionProvider;

/**
 * The factory for many stores: every client it makes shares one connection pool and one rate limiter, keyed by
 * store hash, so a worker that syncs hundreds of stores opens no pool per store and spends each store's quota
 * exactly once. The limiter is a {@link TokenBucketRateLimiter} unless another is given (for instance the Redis one, to
 * share each store's quota with other JVMs). They also share the slots of the per-endpoint concurrency limits the
 * API states ({@link EndpointLimiter}): three clients of one store still send one category-tree request at a time.
 *
 * <pre>{@code
 * try (BigCommerceClients stores = BigCommerceClients.builder().build()) {
 *     BigCommerceClient store = stores.forStore("abc123", token);
 *     store.v3().getMany("/catalog/products").count().subscribe(System.out::println);
 * }
 * }</pre>
 */
public final class BigCommerceClients implements AutoCloseable {

    private final Consumer<BigCommerceClient.Builder> settings;
    private final ConnectionProvider pool;
    private final RateLimiter rateLimiter;
    private final RateLimiter b2bRateLimiter;
    private final EndpointLimiter endpointLimiter = EndpointLimiter.create();
    private final AtomicBoolean closed = new AtomicBoolean();

    private BigCommerceClients(Consumer<BigCommerceClient.Builder> settings, ConnectionProvider pool,
            RateLimiter rateLimiter, RateLimiter b2bRateLimiter) {
        this.settings = settings;
        this.pool = pool;
        this.rateLimiter = rateLimiter;
        this.b2bRateLimiter = b2bRateLimiter;
    }

    /**
     * Starts building a factory.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A client for one store, sharing this factory's pool, limiter and settings.
     *
     * @param storeHash the store hash
     * @param accessToken the store's access token
     * @return the client
     * @throws IllegalArgumentException when the store hash or token is missing or malformed
     * @throws IllegalStateException when this factory is closed
     */
    public BigCommerceClient forStore(String storeHash, String accessToken) {
        return forStore(storeHash, accessToken, null);
    }

    /**
     * A client for one store whose B2B Edition calls ({@code client.b2b()}) send a token of their own, sharing this
     * factory's pool, limiters and settings.
     *
     * @param storeHash the store hash
     * @param accessToken the store's access token
     * @param b2bAccessToken the token of its B2B Edition calls, or {@code null} for the access token
     * @return the client
     * @throws IllegalArgumentException when the store hash or a token is missing or malformed
     * @throws IllegalStateException when this factory is closed
     */
    public BigCommerceClient forStore(String storeHash, String accessToken, String b2bAccessToken) {
        requireOpen();
        BigCommerceClient.Builder builder = BigCommerceClient.builder();
        settings.accept(builder);
        return builder.storeHash(storeHash).accessToken(accessToken).b2bAccessToken(b2bAccessToken)
                .connectionProvider(pool)
                .rateLimiter(rateLimiter)
                .b2bRateLimiter(b2bRateLimiter)
                .endpointLimiter(endpointLimiter)
                .openWhile(() -> !closed.get())
                .build();
    }

    /**
     * Whether {@link #close()} was called.
     *
     * @return {@code true} once closed
     */
    public boolean isClosed() {
        return closed.get();
    }

    /**
     * The limiter every client of this factory shares.
     *
     * @return the rate limiter
     */
    public RateLimiter rateLimiter() {
        return rateLimiter;
    }

    /**
     * The limiter every client of this factory shares for B2B Edition calls ({@code client.b2b()}), apart from the
     * REST limiter: B2B Edition has its own budget and headers.
     *
     * @return the B2B Edition rate limiter
     */
    public RateLimiter b2bRateLimiter() {
        return b2bRateLimiter;
    }

    /**
     * Closes the shared connection pool. Afterwards {@link #forStore(String, String)} throws, and every call of a
     * client this factory made fails with an {@link IllegalStateException} (not retried) instead of opening new
     * connections. Closing twice does nothing more.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            pool.dispose();
        }
    }

    private void requireOpen() {
        if (closed.get()) {
            throw new IllegalStateException("This BigCommerceClients factory is closed; build a new one.");
        }
    }

    /** Builds {@link BigCommerceClients}: the settings every store's client gets, plus the shared pool's size. */
    public static final class Builder {

        private Consumer<BigCommerceClient.Builder> settings = builder -> { };
        private RateLimiter rateLimiter;
        private RateLimitOptions rateLimitOptions;
        private RateLimiter b2bRateLimiter;
        private int maxConnections = 500;
        private Duration pendingAcquireTimeout = Duration.ofSeconds(60);
        private Duration maxIdleTime = Duration.ofSeconds(30);
        private Duration maxLifeTime;

        private Builder() {
        }

        /**
         * Settings applied to every store's client, e.g. {@code b -> b.apiUrl(url).responseTimeout(d)}. The store
         * hash, token, pool and limiter are the factory's own.
         *
         * @param settings applies the settings to a client builder
         * @return this builder
         */
        public Builder clientSettings(Consumer<BigCommerceClient.Builder> settings) {
            this.settings = Objects.requireNonNull(settings, "'settings' cannot be null.");
            return this;
        }

        /**
         * The limiter shared by every store's client, instead of the default {@link TokenBucketRateLimiter}.
         *
         * @param rateLimiter the limiter, configured already
         * @return this builder
         */
        public Builder rateLimiter(RateLimiter rateLimiter) {
            this.rateLimiter = Objects.requireNonNull(rateLimiter, "'rateLimiter' cannot be null.");
            return this;
        }

        /**
         * The limiter shared by every store's B2B Edition calls, instead of a default {@link TokenBucketRateLimiter}
         * of its own (never the REST limiter: B2B Edition has its own budget and headers).
         *
         * @param b2bRateLimiter the limiter, configured already
         * @return this builder
         */
        public Builder b2bRateLimiter(RateLimiter b2bRateLimiter) {
            this.b2bRateLimiter = Objects.requireNonNull(b2bRateLimiter, "'b2bRateLimiter' cannot be null.");
            return this;
        }

        /**
         * The options of the default limiter, a {@link TokenBucketRateLimiter} shared by every store's client
         * (default {@link RateLimitOptions#defaults()}). Not for a limiter given with
         * {@link #rateLimiter(RateLimiter)}, which is configured on its own.
         *
         * @param rateLimitOptions the options
         * @return this builder
         */
        public Builder rateLimitOptions(RateLimitOptions rateLimitOptions) {
            this.rateLimitOptions = Objects.requireNonNull(rateLimitOptions, "'rateLimitOptions' cannot be null.");
            return this;
        }

        /**
         * The most connections the shared pool opens (per remote address).
         *
         * @param maxConnections positive; default 500
         * @return this builder
         */
        public Builder maxConnections(int maxConnections) {
            if (maxConnections < 1) {
                throw new IllegalArgumentException("'maxConnections' must be positive, was " + maxConnections + ".");
            }
            this.maxConnections = maxConnections;
            return this;
        }

        /**
         * How long a request waits for a connection of the shared pool when all {@code maxConnections} are busy;
         * past it the request fails with a {@code TransportException} before sending (so it is retried).
         *
         * @param pendingAcquireTimeout positive; default 60 s
         * @return this builder
         */
        public Builder pendingAcquireTimeout(Duration pendingAcquireTimeout) {
            this.pendingAcquireTimeout = positive(pendingAcquireTimeout, "pendingAcquireTimeout");
            return this;
        }

        /**
         * How long a pooled connection may stay idle before it is closed.
         *
         * @param maxIdleTime positive; default 30 s
         * @return this builder
         */
        public Builder maxIdleTime(Duration maxIdleTime) {
            this.maxIdleTime = positive(maxIdleTime, "maxIdleTime");
            return this;
        }

        /**
         * How long a pooled connection may live in all, so connections move to new servers behind the API's load
         * balancer.
         *
         * @param maxLifeTime positive, or {@code null} for no limit (the default)
         * @return this builder
         */
        public Builder maxLifeTime(Duration maxLifeTime) {
            this.maxLifeTime = maxLifeTime == null ? null : positive(maxLifeTime, "maxLifeTime");
            return this;
        }

        private static Duration positive(Duration duration, String name) {
            if (duration == null || duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("'" + name + "' must be a positive duration, was " + duration
                        + ".");
            }
            return duration;
        }

        /**
         * Builds the factory and its pool.
         *
         * @return the factory; close it to release the pool
         * @throws IllegalArgumentException when both a limiter and options for the default limiter were given
         */
        public BigCommerceClients build() {
            if (rateLimiter != null && rateLimitOptions != null) {
                throw new IllegalArgumentException("'rateLimitOptions' configure the default limiter only; configure "
                        + "the limiter given to 'rateLimiter' itself.");
            }
            RateLimiter limiter = rateLimiter != null ? rateLimiter
                    : TokenBucketRateLimiter.create(rateLimitOptions != null ? rateLimitOptions
                            : RateLimitOptions.defaults());
            ConnectionProvider.Builder pool = ConnectionProvider.builder("bigcommerce-reactive")
                    .maxConnections(maxConnections)
                    .pendingAcquireMaxCount(-1)
                    .pendingAcquireTimeout(pendingAcquireTimeout)
                    .maxIdleTime(maxIdleTime);
            if (maxLifeTime != null) {
                pool.maxLifeTime(maxLifeTime);
            }
            return new BigCommerceClients(settings, pool.build(), limiter, b2bRateLimiter != null ? b2bRateLimiter
                    : TokenBucketRateLimiter.create(RateLimitOptions.defaults()));
        }
    }
}
