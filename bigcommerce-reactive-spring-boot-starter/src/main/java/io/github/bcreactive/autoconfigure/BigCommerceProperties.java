package io.github.bcreactive.autoconfigure;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.http.ProxyOptions;
import io.github.bcreactive.http.RetryOptions;
import io.github.bcreactive.ratelimit.RateLimitOptions;
import io.github.bcreactive.ratelimit.RateLimiter;
import io.github.bcreactive.ratelimit.TokenBucketRateLimiter;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.HttpMethod;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The {@code bigcommerce.*} properties. One store is configured with {@code bigcommerce.store-hash} and
 * {@code bigcommerce.access-token}; many stores with {@code bigcommerce.stores.<name>.store-hash} and
 * {@code .access-token}. Everything else applies to every store's client.
 *
 * <pre>{@code
 * bigcommerce.stores.eu.store-hash=abc123
 * bigcommerce.stores.eu.access-token=${EU_TOKEN}
 * bigcommerce.timeouts.response=30s
 * bigcommerce.retry.max-retries=5
 * }</pre>
 *
 * <p>{@link #toString()} never shows the access tokens, the client secret or the proxy password. Every value is
 * checked as it binds ({@link #validate(Object, Errors)}): a wrong one fails startup naming its exact property, e.g.
 * {@code bigcommerce.stores.eu.store-hash} or {@code bigcommerce.timeouts.response}.
 *
 * @param storeHash Store hash of the single BigCommerceClient bean, as in
 *     https://api.bigcommerce.com/stores/{store_hash}/v3.
 * @param accessToken OAuth access token of that store; required with store-hash.
 * @param clientId The app's client id: sent as X-Auth-Client, and the audience of signed payloads.
 * @param clientSecret The app's client secret: keys the OAuth token exchange and verifies signed payloads.
 * @param apiUrl API host, e.g. a simulator or a proxy.
 * @param loginUrl Login host, for the OAuth token exchange.
 * @param pageConcurrency How many pages of a v3 listing are fetched at once (1 to 64).
 * @param maxConnections Most connections the pool shared by every store opens.
 * @param clockSkew How far this machine's clock may be from BigCommerce's when verifying signed payloads (at most
 *     5 minutes).
 * @param timeouts Connect and response timeouts.
 * @param retry How calls are retried.
 * @param rateLimit The per-store rate limiter every client shares.
 * @param stores Many stores, by a name of your choice.
 * @param health The Actuator health indicator, one per store.
 * @param proxy The HTTP proxy every client connects through.
 * @param ssl The TLS settings of the clients' connections.
 * @param pool The connection pool shared by every store.
 * @param observations What the Micrometer observations of the clients record.
 * @param b2b B2B Edition's REST management API of the stores (client.b2b()).
 */
@ConfigurationProperties("bigcommerce")
public record BigCommerceProperties(
        String storeHash,
        String accessToken,
        String clientId,
        String clientSecret,
        @DefaultValue(BigCommerceClient.Builder.DEFAULT_API_URL) String apiUrl,
        @DefaultValue(BigCommerceClient.Builder.DEFAULT_LOGIN_URL) String loginUrl,
        @DefaultValue("4") int pageConcurrency,
        @DefaultValue("500") int maxConnections,
        @DefaultValue("10s") Duration clockSkew,
        @DefaultValue Timeouts timeouts,
        @DefaultValue Retry retry,
        @DefaultValue RateLimit rateLimit,
        Map<String, Store> stores,
        @DefaultValue Health health,
        @DefaultValue Proxy proxy,
        @DefaultValue Ssl ssl,
        @DefaultValue Pool pool,
        @DefaultValue Observations observations,
        @DefaultValue B2b b2b) implements Validator {

    /** The property prefix. */
    public static final String PREFIX = "bigcommerce";

    private static final String MASK = "******";

    /**
     * Binds the properties; an absent {@code stores} map becomes empty (its order is kept).
     */
    public BigCommerceProperties {
        stores = stores == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(stores));
    }

    /**
     * Whether the single store ({@code bigcommerce.store-hash} or {@code bigcommerce.access-token}) is configured.
     *
     * @return {@code true} when either property is set
     */
    public boolean hasSingleStore() {
        return hasText(storeHash) || hasText(accessToken);
    }

    /**
     * Whether a client secret is set, so the OAuth and JWT helpers can be made.
     *
     * @return {@code true} when {@code bigcommerce.client-secret} is set
     */
    public boolean hasClientSecret() {
        return hasText(clientSecret);
    }

    /**
     * Whether a type is these properties, which check themselves as they bind.
     *
     * @param type the bound type
     * @return {@code true} for {@link BigCommerceProperties}
     */
    @Override
    public boolean supports(Class<?> type) {
        return BigCommerceProperties.class.isAssignableFrom(type);
    }

    /**
     * Checks every bound value, rejecting a wrong one under its exact property name; Spring Boot then fails startup
     * with its binding report ("Property: bigcommerce.timeouts.response, Value: -1s, Reason: ...").
     *
     * @param target the bound properties
     * @param errors where a wrong value is rejected
     */
    @Override
    public void validate(Object target, Errors errors) {
        PropertiesValidation.validate((BigCommerceProperties) target, errors);
    }

    @Override
    public String toString() {
        return "BigCommerceProperties[storeHash=" + storeHash + ", accessToken=" + mask(accessToken) + ", clientId="
                + clientId + ", clientSecret=" + mask(clientSecret) + ", apiUrl=" + apiUrl + ", loginUrl=" + loginUrl
                + ", pageConcurrency=" + pageConcurrency + ", maxConnections=" + maxConnections + ", clockSkew=" + clockSkew
                + ", timeouts="
                + timeouts + ", retry=" + retry + ", rateLimit=" + rateLimit + ", stores=" + stores + ", health=" + health
                + ", proxy=" + proxy + ", ssl=" + ssl + ", pool=" + pool + ", observations=" + observations + ", b2b=" + b2b
                + "]";
    }

    static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static String mask(String secret) {
        return secret == null ? null : MASK;
    }

    /**
     * B2B Edition's REST management API ({@code bigcommerce.b2b.*}): every store's client reaches it as
     * {@code client.b2b()}, on its own host, with the store hash of its store and, by default, the store's access
     * token (which needs the B2B Edition scope). Its calls wait for their own rate limiter, shared by every store's
     * client and apart from the REST one: B2B Edition allows 150 requests a minute, shared by every integration on
     * the store.
     *
     * <pre>{@code
     * bigcommerce.store-hash=abc123
     * bigcommerce.access-token=${BC_TOKEN}
     * bigcommerce.b2b.rate-limit.min-requests-remaining=10
     * }</pre>
     *
     * @param url B2B Edition host; its API is under {url}/api/v3/io.
     * @param accessToken Token the single store's B2B Edition calls send as X-Auth-Token instead of its access token
     *     (stores under bigcommerce.stores use their own access token).
     * @param rateLimit The B2B Edition rate limiter every store's client shares, fed by the X-Requests-* headers.
     */
    public record B2b(@DefaultValue(BigCommerceClient.Builder.DEFAULT_B2B_URL) String url, String accessToken,
            @DefaultValue RateLimit rateLimit) {

        @Override
        public String toString() {
            return "B2b[url=" + url + ", accessToken=" + mask(accessToken) + ", rateLimit=" + rateLimit + "]";
        }
    }

    /**
     * One of many stores ({@code bigcommerce.stores.<name>.*}).
     *
     * @param storeHash Store hash.
     * @param accessToken The store's OAuth access token.
     */
    public record Store(String storeHash, String accessToken) {

        @Override
        public String toString() {
            return "Store[storeHash=" + storeHash + ", accessToken=" + mask(accessToken) + "]";
        }
    }

    /**
     * Timeouts ({@code bigcommerce.timeouts.*}).
     *
         * @param connect How long opening a connection may take.
     * @param response How long one attempt may wait for its complete response, by default.
     * @param call How long a whole call may take, by default: limiter waits, 429 waits, retries and backoff.
     */
    public record Timeouts(@DefaultValue("10s") Duration connect, @DefaultValue("60s") Duration response,
            @DefaultValue("10m") Duration call) {
    }

    /**
     * Retries ({@code bigcommerce.retry.*}): transport errors and 500, 502, 503 and 504 answers are retried with
     * exponential backoff and jitter for the listed methods; 429s are waited out up to {@code max-throttle-wait}.
     *
     * @param maxRetries Retries after the first attempt, for transport errors and 5xx; 0 turns them off.
     * @param initialBackoff Wait before the first retry; each further retry doubles it, with jitter.
     * @param maxBackoff Longest wait between two retries.
     * @param methods Methods retried once they may have reached the server; POST and PATCH are refused.
     * @param maxThrottleWait Most one call waits in total across the 429s it meets.
     */
    public record Retry(
            @DefaultValue("3") int maxRetries,
            @DefaultValue("250ms") Duration initialBackoff,
            @DefaultValue("10s") Duration maxBackoff,
            @DefaultValue({"GET", "HEAD"}) Set<RetryMethod> methods,
            @DefaultValue("2m") Duration maxThrottleWait) {

        /**
         * Binds the retry properties; an absent method list means none.
         */
        public Retry {
            methods = methods == null ? Set.of() : Set.copyOf(methods);
        }

        /**
         * The client's retry options.
         *
         * @return the options
         * @throws IllegalArgumentException when a setting is out of range
         */
        public RetryOptions toOptions() {
            return new RetryOptions(maxRetries, initialBackoff, maxBackoff, methods.stream()
                    .map(method -> HttpMethod.valueOf(method.name())).collect(Collectors.toUnmodifiableSet()),
                    maxThrottleWait);
        }
    }

    /**
     * The methods {@code bigcommerce.retry.methods} may list: the idempotent ones. POST and PATCH are not among them;
     * they are retried only when the connection failed before the request was sent. Binding is case-insensitive, and
     * any other name ({@code GTE}) fails startup naming the property.
     */
    public enum RetryMethod {
        /** GET, retried by default. */
        GET,
        /** HEAD, retried by default. */
        HEAD,
        /** PUT: retry it when your updates are idempotent (a full replacement). */
        PUT,
        /** DELETE: retry it when a repeated delete is harmless to you (a 404 on the retry). */
        DELETE,
        /** OPTIONS. */
        OPTIONS
    }

    /**
     * The rate limiter ({@code bigcommerce.rate-limit.*}): one {@link TokenBucketRateLimiter} shared by every
     * store's client, keyed by store hash, unless the application defines its own {@link RateLimiter} bean. The
     * options mirror bigcommerce-api-python's {@code rate_limiting_management}.
     *
     * @param enabled Whether requests wait for the store's quota; off, they go at once and 429s are only retried.
     * @param minRequestsRemaining Requests of each window left for other apps: the limiter stops at this many left.
     * @param waitUntilReset Spend the window's requests at once and wait for the reset, instead of spreading them.
     * @param initialPermits Requests let into a store before its first rate-limit headers are known.
     * @param permitTimeout How long a request that never got an answer still counts as in flight.
     * @param idleEviction How long an idle store's quota state is remembered.
     */
    public record RateLimit(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("0") int minRequestsRemaining,
            @DefaultValue("false") boolean waitUntilReset,
            @DefaultValue("4") int initialPermits,
            @DefaultValue("60s") Duration permitTimeout,
            @DefaultValue("5m") Duration idleEviction) {

        /**
         * The limiter these properties describe.
         *
         * @return a token bucket with these options, or {@link RateLimiter#unlimited()} when disabled
         * @throws IllegalArgumentException when a setting is out of range
         */
        public RateLimiter toRateLimiter() {
            if (!enabled) {
                return RateLimiter.unlimited();
            }
            return TokenBucketRateLimiter.create(RateLimitOptions.builder()
                    .minRequestsRemaining(minRequestsRemaining)
                    .waitUntilReset(waitUntilReset)
                    .initialPermits(initialPermits)
                    .permitTimeout(permitTimeout)
                    .idleEviction(idleEviction)
                    .build());
        }
    }

    /**
     * The Actuator health indicator ({@code bigcommerce.health.*}), switched by Spring Boot's
     * {@code management.health.bigcommerce.enabled} (and {@code management.health.defaults.enabled}). Each check is a
     * {@code GET /v2/time} per store, which spends one request of the store's rate-limit quota; its result is kept
     * for {@code cache-time-to-live}, so frequent probes cost at most one request per store per period.
     *
     * @param timeout How long one check may take, the wait for a rate-limit permit included.
     * @param cacheTimeToLive How long a check's result answers later probes before the store is asked again.
     */
    public record Health(@DefaultValue("10s") Duration timeout, @DefaultValue("30s") Duration cacheTimeToLive) {
    }

    /**
     * An HTTP proxy ({@code bigcommerce.proxy.*}) for every client; none unless {@code host} is set. Without it, the
     * JDK's {@code https.proxyHost}/{@code http.nonProxyHosts} system properties apply, as for Spring Boot's other
     * Reactor Netty clients.
     *
     * @param host Proxy host name or address.
     * @param port Proxy port.
     * @param username Proxy user, sent with the password as Proxy-Authorization Basic.
     * @param password Proxy password.
     * @param nonProxyHosts Hosts reached directly, '|'-separated, each may start or end with '*'
     *     (as http.nonProxyHosts), e.g. localhost|*.internal.
     */
    public record Proxy(String host, @DefaultValue("3128") int port, String username, String password,
            String nonProxyHosts) {

        /**
         * The client's proxy options.
         *
         * @return the options, or {@code null} when no host is set
         * @throws IllegalArgumentException when a setting is out of range
         */
        public ProxyOptions toOptions() {
            if (!hasText(host)) {
                return null;
            }
            ProxyOptions options = ProxyOptions.of(host, port).withNonProxyHosts(nonProxyHosts);
            return hasText(username) ? options.withCredentials(username, password == null ? "" : password) : options;
        }

        @Override
        public String toString() {
            return "Proxy[host=" + host + ", port=" + port + ", username=" + username + ", password="
                    + mask(password) + ", nonProxyHosts=" + nonProxyHosts + "]";
        }
    }

    /**
     * TLS ({@code bigcommerce.ssl.*}).
     *
     * @param bundle Name of a Spring Boot SSL bundle (spring.ssl.bundle.*) whose trust and key material the clients
     *     use, e.g. a corporate CA; default the JDK's trust store.
     */
    public record Ssl(String bundle) {
    }

    /**
     * The connection pool every store shares ({@code bigcommerce.pool.*}); its size is
     * {@code bigcommerce.max-connections}.
     *
     * @param maxIdleTime How long a pooled connection may stay idle before it is closed.
     * @param maxLifeTime How long a pooled connection may live in all; unset for no limit.
     * @param pendingAcquireTimeout How long a request waits for a connection when all are busy.
     */
    public record Pool(@DefaultValue("30s") Duration maxIdleTime, Duration maxLifeTime,
            @DefaultValue("60s") Duration pendingAcquireTimeout) {
    }

    /**
     * The Micrometer observations of the clients ({@code bigcommerce.observations.*}).
     *
     * @param storeTag Whether each request's observation carries the store hash as a low-cardinality key-value
     *     (bigcommerce.store); it multiplies the series by the number of stores.
     * @param storeGauges Whether to register per-store gauges of the rate limiter (requests left, waiters, hold).
     */
    public record Observations(@DefaultValue("false") boolean storeTag, @DefaultValue("false") boolean storeGauges) {
    }
}
