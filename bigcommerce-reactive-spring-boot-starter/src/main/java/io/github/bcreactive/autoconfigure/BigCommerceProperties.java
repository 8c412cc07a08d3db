package io.github.bcreactive.autoconfigure;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.http.RetryOptions;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.HttpMethod;

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
 * <p>{@link #toString()} never shows the access tokens or the client secret.
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
 * @param stores Many stores, by a name of your choice.
 * @param health The opt-in Actuator health indicator, one per store.
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
        Map<String, Store> stores,
        @DefaultValue Health health) {

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

    @Override
    public String toString() {
        return "BigCommerceProperties[storeHash=" + storeHash + ", accessToken=" + mask(accessToken) + ", clientId="
                + clientId + ", clientSecret=" + mask(clientSecret) + ", apiUrl=" + apiUrl + ", loginUrl=" + loginUrl
                + ", pageConcurrency=" + pageConcurrency + ", maxConnections=" + maxConnections + ", clockSkew=" + clockSkew
                + ", timeouts="
                + timeouts + ", retry=" + retry + ", stores=" + stores + ", health=" + health + "]";
    }

    static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static String mask(String secret) {
        return secret == null ? null : MASK;
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
     * @param response How long a call may wait for its complete response, by default.
     */
    public record Timeouts(@DefaultValue("10s") Duration connect, @DefaultValue("60s") Duration response) {
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
            @DefaultValue({"GET", "HEAD"}) Set<HttpMethod> methods,
            @DefaultValue("2m") Duration maxThrottleWait) {

        /**
         * Binds the retry properties; method names are upper-cased, so {@code get} means GET.
         */
        public Retry {
            methods = methods == null ? Set.of() : methods.stream()
                    .map(method -> HttpMethod.valueOf(method.name().toUpperCase(Locale.ROOT)))
                    .collect(Collectors.toUnmodifiableSet());
        }

        /**
         * The client's retry options.
         *
         * @return the options
         * @throws IllegalArgumentException when a setting is out of range
         */
        public RetryOptions toOptions() {
            return new RetryOptions(maxRetries, initialBackoff, maxBackoff, methods, maxThrottleWait);
        }
    }

    /**
     * The Actuator health indicator ({@code bigcommerce.health.*}). Each check is a {@code GET /v2/time} per store,
     * which spends one request of the store's rate-limit quota: that is why it is off unless enabled.
     *
     * @param enabled Whether to register a health indicator per store (needs Actuator).
     * @param timeout How long one check may take, the wait for a rate-limit permit included.
     */
    public record Health(@DefaultValue("false") boolean enabled, @DefaultValue("10s") Duration timeout) {
    }
}
