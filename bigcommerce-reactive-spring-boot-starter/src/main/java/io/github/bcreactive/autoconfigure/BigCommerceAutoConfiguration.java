package io.github.bcreactive.autoconfigure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.github.bcreactive.BigCommerceB2BClient;
import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.BigCommerceClients;
import io.github.bcreactive.auth.BigCommerceApp;
import io.github.bcreactive.autoconfigure.aot.BigCommerceRuntimeHints;
import io.github.bcreactive.http.HttpPolicy;
import io.github.bcreactive.http.ProxyOptions;
import io.github.bcreactive.http.RetryOptions;
import io.github.bcreactive.ratelimit.RateLimiter;
import io.github.bcreactive.ratelimit.TokenBucketRateLimiter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.http.client.reactive.ReactorClientHttpConnectorBuilder;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ImportRuntimeHints;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Auto-configuration of the BigCommerce clients from the {@code bigcommerce.*} properties:
 * <ul>
 *   <li>{@link BigCommerceClients}, the factory every client comes from (one connection pool, one rate limiter),
 *       always;</li>
 *   <li>a {@link BigCommerceClient} when {@code bigcommerce.store-hash} is set, and its B2B Edition client,
 *       {@link BigCommerceB2BClient} ({@code bigcommerce.b2b.*}, with its own rate limiter);</li>
 *   <li>{@link BigCommerceStores}, the clients by name, when stores are configured under
 *       {@code bigcommerce.stores};</li>
 *   <li>{@link BigCommerceApp}, the OAuth and JWT helpers, when {@code bigcommerce.client-secret} is set.</li>
 * </ul>
 * Each backs off when the application defines its own bean of that type. The clients are built on a clone of
 * Spring Boot's {@code WebClient.Builder}, customized by the {@link BigCommerceWebClientCustomizer} beans only; their
 * connector comes from Spring Boot's {@code ClientHttpConnectorBuilder} (so the application's
 * {@code ClientHttpConnectorBuilderCustomizer} beans apply) over the client's own Reactor Netty {@code HttpClient}
 * (shared pool, proxy, connect timeout, no redirects), with the {@code bigcommerce.ssl.bundle}. They
 * share the application's {@link RateLimiter} bean when there is one (else the {@code bigcommerce.rate-limit.*}
 * token bucket), wrapped by the
 * {@link BigCommerceRateLimiterDecorator} beans. A missing or wrong property fails startup with a
 * {@link BigCommerceConfigurationException} naming it.
 */
@AutoConfiguration(after = {WebClientAutoConfiguration.class, ReactiveHttpClientAutoConfiguration.class})
@ConditionalOnClass({BigCommerceClient.class, WebClient.class})
@EnableConfigurationProperties(BigCommerceProperties.class)
@ImportRuntimeHints(BigCommerceRuntimeHints.class)
public final class BigCommerceAutoConfiguration {

    /** Created by Spring Boot. */
    BigCommerceAutoConfiguration() {
    }

    /**
     * The factory of every store's client: the properties' settings, one pool, one rate limiter.
     *
     * @param properties the {@code bigcommerce.*} properties
     * @param webClientBuilder Spring Boot's builder, when its auto-configuration is active
     * @param customizers the customizers of the clients' own builder
     * @param rateLimiter the application's limiter, if any; else the {@code bigcommerce.rate-limit} one, by default a
     *     {@link TokenBucketRateLimiter} for every store
     * @param decorators the wrappers of the limiter
     * @param connectors Spring Boot's connector builder, with the application's customizers
     * @param sslBundles Spring Boot's SSL bundles, for {@code bigcommerce.ssl.bundle}
     * @param policies the application's {@link HttpPolicy} beans, added to every client's pipeline in their order
     * @return the factory
     */
    @Bean
    @ConditionalOnMissingBean
    BigCommerceClients bigCommerceClients(BigCommerceProperties properties,
            ObjectProvider<WebClient.Builder> webClientBuilder,
            ObjectProvider<BigCommerceWebClientCustomizer> customizers, ObjectProvider<RateLimiter> rateLimiter,
            ObjectProvider<BigCommerceRateLimiterDecorator> decorators,
            ObjectProvider<ClientHttpConnectorBuilder<?>> connectors, ObjectProvider<SslBundles> sslBundles,
            ObjectProvider<HttpPolicy> policies) {
        RateLimiter limiter = rateLimiter.getIfAvailable(
                () -> configured("bigcommerce.rate-limit", properties.rateLimit()::toRateLimiter));
        for (BigCommerceRateLimiterDecorator decorator : decorators.orderedStream().toList()) {
            limiter = decorator.decorate(limiter);
        }
        BigCommerceProperties.Pool pool = properties.pool();
        BigCommerceClients.Builder factory = BigCommerceClients.builder()
                .maxConnections(properties.maxConnections())
                .maxIdleTime(pool.maxIdleTime())
                .maxLifeTime(pool.maxLifeTime())
                .pendingAcquireTimeout(pool.pendingAcquireTimeout());
        return factory.rateLimiter(limiter)
                .b2bRateLimiter(configured("bigcommerce.b2b.rate-limit", properties.b2b().rateLimit()::toRateLimiter))
                .clientSettings(clientSettings(properties, webClientBuilder, customizers, connectors, sslBundles, policies))
                .build();
    }

    /**
     * The app's OAuth and JWT helpers (token exchange, signed payloads, customer login), when
     * {@code bigcommerce.client-secret} is set.
     *
     * @param properties the {@code bigcommerce.*} properties
     * @param webClientBuilder Spring Boot's builder, when its auto-configuration is active
     * @param customizers the customizers of the clients' own builder
     * @param connectors Spring Boot's connector builder, with the application's customizers
     * @param sslBundles Spring Boot's SSL bundles, for {@code bigcommerce.ssl.bundle}
     * @param policies the application's {@link HttpPolicy} beans, added to every client's pipeline in their order
     * @return the app
     */
    @Bean
    @ConditionalOnMissingBean
    @Conditional(BigCommerceStoreConditions.ClientSecret.class)
    BigCommerceApp bigCommerceApp(BigCommerceProperties properties, ObjectProvider<WebClient.Builder> webClientBuilder,
            ObjectProvider<BigCommerceWebClientCustomizer> customizers,
            ObjectProvider<ClientHttpConnectorBuilder<?>> connectors, ObjectProvider<SslBundles> sslBundles,
            ObjectProvider<HttpPolicy> policies) {
        requireText(properties.clientId(), "bigcommerce.client-id", "bigcommerce.client-secret");
        return configured("bigcommerce.client-secret", () -> BigCommerceApp.builder()
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .loginUrl(properties.loginUrl())
                .clockSkew(properties.clockSkew())
                .clientSettings(clientSettings(properties, webClientBuilder, customizers, connectors, sslBundles, policies))
                .build());
    }

    /**
     * The client of the store set by {@code bigcommerce.store-hash} and {@code bigcommerce.access-token}.
     *
     * @param clients the factory
     * @param properties the {@code bigcommerce.*} properties
     * @return the client
     */
    @Bean
    @ConditionalOnMissingBean
    @Conditional(BigCommerceStoreConditions.SingleStore.class)
    BigCommerceClient bigCommerceClient(BigCommerceClients clients, BigCommerceProperties properties) {
        requireText(properties.storeHash(), "bigcommerce.store-hash", "bigcommerce.access-token");
        requireText(properties.accessToken(), "bigcommerce.access-token", "bigcommerce.store-hash");
        return configured(BigCommerceProperties.PREFIX, () -> clients.forStore(properties.storeHash(),
                properties.accessToken(), properties.b2b().accessToken()));
    }

    /**
     * The B2B Edition client of the store set by {@code bigcommerce.store-hash}: the single client's
     * {@code b2b()}, on {@code bigcommerce.b2b.url} with its own rate limiter ({@code bigcommerce.b2b.rate-limit.*}).
     *
     * @param client the single store's client
     * @return its B2B Edition client
     */
    @Bean
    @ConditionalOnMissingBean
    @Conditional(BigCommerceStoreConditions.SingleStore.class)
    BigCommerceB2BClient bigCommerceB2BClient(BigCommerceClient client) {
        return client.b2b();
    }

    /**
     * The clients of the stores under {@code bigcommerce.stores}, by name; empty when none is configured. It is
     * defined whatever the properties say, so an application processed ahead of time (Spring AOT, native images)
     * without stores still gets the stores configured when it runs.
     *
     * @param clients the factory
     * @param properties the {@code bigcommerce.*} properties
     * @return the registry
     */
    @Bean
    @ConditionalOnMissingBean
    BigCommerceStores bigCommerceStores(BigCommerceClients clients, BigCommerceProperties properties) {
        Map<String, BigCommerceClient> byName = new LinkedHashMap<>();
        properties.stores().forEach((name, store) -> byName.put(name,
                storeClient(clients, BigCommerceProperties.PREFIX + ".stores." + name, store.storeHash(),
                        store.accessToken())));
        return new BigCommerceStores(byName);
    }

    /**
     * The properties' settings for every client: a clone of Boot's builder with our customizers only, and a
     * connector made by Boot's connector builder over the client's own HttpClient.
     */
    private static Consumer<BigCommerceClient.Builder> clientSettings(BigCommerceProperties properties,
            ObjectProvider<WebClient.Builder> webClientBuilder,
            ObjectProvider<BigCommerceWebClientCustomizer> customizers,
            ObjectProvider<ClientHttpConnectorBuilder<?>> connectors, ObjectProvider<SslBundles> sslBundles,
            ObjectProvider<HttpPolicy> policies) {
        WebClient.Builder builder = webClientBuilder.getIfAvailable(WebClient::builder).clone();
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        RetryOptions retry = configured("bigcommerce.retry", () -> properties.retry().toOptions());
        BigCommerceProperties.Timeouts timeouts = properties.timeouts();
        ProxyOptions proxy = configured("bigcommerce.proxy", () -> properties.proxy().toOptions());
        ReactorClientHttpConnectorBuilder connector = connectorBuilder(connectors, proxy != null);
        HttpClientSettings settings = HttpClientSettings.defaults()
                .withConnectTimeout(timeouts.connect())
                .withRedirects(HttpRedirects.DONT_FOLLOW)
                .withSslBundle(sslBundle(properties.ssl(), sslBundles));
        List<HttpPolicy> userPolicies = policies.orderedStream().toList();
        return client -> {
            userPolicies.forEach(client::addPolicy);
            client.proxy(proxy)
                    .clientConnectorFactory(http -> connector.withHttpClientFactory(() -> http).build(settings))
                    .apiUrl(properties.apiUrl())
                    .b2bUrl(properties.b2b().url())
                    .loginUrl(properties.loginUrl())
                    .clientId(properties.clientId())
                    .connectTimeout(timeouts.connect())
                    .responseTimeout(timeouts.response())
                    .callTimeout(timeouts.call())
                    .pageConcurrency(properties.pageConcurrency())
                    .retry(retry)
                    .webClientBuilder(builder);
        };
    }

    /**
     * Boot's connector builder when it is Reactor Netty's (it carries the application's
     * {@code ClientHttpConnectorBuilderCustomizer}s), else a plain one: the clients need Reactor Netty. Boot's
     * defaults are compression and the JDK proxy system properties; the latter only when no
     * {@code bigcommerce.proxy} is set, which would otherwise be replaced.
     */
    private static ReactorClientHttpConnectorBuilder connectorBuilder(
            ObjectProvider<ClientHttpConnectorBuilder<?>> connectors, boolean ownProxy) {
        ReactorClientHttpConnectorBuilder reactor = connectors.getIfAvailable() instanceof ReactorClientHttpConnectorBuilder boot
                ? boot : ClientHttpConnectorBuilder.reactor();
        return reactor.withHttpClientDefaults(ownProxy ? http -> http.compress(true)
                : http -> http.compress(true).proxyWithSystemProperties());
    }

    private static SslBundle sslBundle(BigCommerceProperties.Ssl ssl, ObjectProvider<SslBundles> sslBundles) {
        if (!BigCommerceProperties.hasText(ssl.bundle())) {
            return null;
        }
        SslBundles bundles = sslBundles.getIfAvailable();
        if (bundles == null) {
            throw new BigCommerceConfigurationException("bigcommerce.ssl.bundle", "The property "
                    + "'bigcommerce.ssl.bundle' names an SSL bundle, but Spring Boot's SSL auto-configuration is not "
                    + "active.", null);
        }
        try {
            return bundles.getBundle(ssl.bundle());
        } catch (NoSuchSslBundleException e) {
            throw new BigCommerceConfigurationException("bigcommerce.ssl.bundle", "The property "
                    + "'bigcommerce.ssl.bundle' names the SSL bundle '" + ssl.bundle() + "', which is not configured "
                    + "under 'spring.ssl.bundle'.", e);
        }
    }

    private static BigCommerceClient storeClient(BigCommerceClients clients, String prefix, String storeHash,
            String accessToken) {
        requireText(storeHash, prefix + ".store-hash", prefix + ".access-token");
        requireText(accessToken, prefix + ".access-token", prefix + ".store-hash");
        return configured(prefix, () -> clients.forStore(storeHash, accessToken));
    }

    private static void requireText(String value, String property, String companion) {
        if (!BigCommerceProperties.hasText(value)) {
            throw new BigCommerceConfigurationException(property, "The property '" + property + "' is required when '"
                    + companion + "' is set.", null);
        }
    }

    /** Runs a step that checks settings, turning its refusal into one that names the property. */
    private static <T> T configured(String property, Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException e) {
            throw new BigCommerceConfigurationException(property, "Invalid BigCommerce setting under '" + property
                    + "': " + e.getMessage(), e);
        }
    }
}
