package io.github.bcreactive.autoconfigure.webhooks;

import java.util.List;

import io.github.bcreactive.autoconfigure.BigCommerceAutoConfiguration;
import io.github.bcreactive.autoconfigure.BigCommerceConfigurationException;
import io.github.bcreactive.webhooks.WebhookDeduplicator;
import io.github.bcreactive.webhooks.WebhookReceiver;
import io.github.bcreactive.webhooks.WebhookVerifier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.scheduler.Schedulers;

/**
 * The webhook endpoint of a reactive web application, when it defines a {@link WebhookHandler} bean and
 * {@code bigcommerce.client-secret} is set: a {@link WebhookReceiver} (the client secret's {@link WebhookVerifier}
 * and a {@link WebhookDeduplicator}, in memory unless the application defines one, e.g. a
 * {@code RedisWebhookDeduplicator}), the {@link WebhookEndpoint} and the route {@code POST bigcommerce.webhooks.path}
 * to it. Each bean backs off when the application defines its own.
 */
@AutoConfiguration(after = BigCommerceAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnBean(WebhookHandler.class)
@ConditionalOnProperty(prefix = "bigcommerce", name = "client-secret")
@ConditionalOnProperty(prefix = BigCommerceWebhookProperties.PREFIX, name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(BigCommerceWebhookProperties.class)
public final class BigCommerceWebhookAutoConfiguration {

    /** Created by Spring Boot. */
    BigCommerceWebhookAutoConfiguration() {
    }

    /**
     * Remembers the events received, in memory.
     *
     * @param properties the {@code bigcommerce.webhooks.*} properties
     * @return the deduplicator
     */
    @Bean
    @ConditionalOnMissingBean
    WebhookDeduplicator bigCommerceWebhookDeduplicator(BigCommerceWebhookProperties properties) {
        return configured("bigcommerce.webhooks.duplicate-ttl", () -> WebhookDeduplicator.inMemory(
                properties.duplicateTtl(), properties.duplicateCapacity()));
    }

    /**
     * Verifies with the client secret and de-duplicates.
     *
     * @param environment holds {@code bigcommerce.client-secret}
     * @param properties the {@code bigcommerce.webhooks.*} properties
     * @param deduplicator the deduplicator
     * @return the receiver
     */
    @Bean
    @ConditionalOnMissingBean
    WebhookReceiver bigCommerceWebhookReceiver(Environment environment, BigCommerceWebhookProperties properties,
            WebhookDeduplicator deduplicator) {
        String secret = environment.getProperty("bigcommerce.client-secret", "");
        WebhookVerifier verifier = configured("bigcommerce.client-secret", () -> WebhookVerifier.of(secret));
        return new WebhookReceiver(configured("bigcommerce.webhooks.tolerance",
                () -> verifier.withTolerance(properties.tolerance())), deduplicator);
    }

    /**
     * The endpoint, calling every {@link WebhookHandler} bean in order.
     *
     * @param receiver the receiver
     * @param handlers the handlers
     * @param properties the {@code bigcommerce.webhooks.*} properties
     * @return the endpoint, closed with the context
     */
    @Bean
    @ConditionalOnMissingBean
    WebhookEndpoint bigCommerceWebhookEndpoint(WebhookReceiver receiver, ObjectProvider<WebhookHandler> handlers,
            BigCommerceWebhookProperties properties) {
        List<WebhookHandler> all = handlers.orderedStream().toList();
        return configured("bigcommerce.webhooks", () -> new WebhookEndpoint(receiver, all, properties.concurrency(),
                properties.queueCapacity(), (int) Math.min(Integer.MAX_VALUE, properties.maxBodySize().toBytes()),
                Schedulers.parallel()));
    }

    /**
     * {@code POST bigcommerce.webhooks.path} to the endpoint.
     *
     * @param endpoint the endpoint
     * @param properties the {@code bigcommerce.webhooks.*} properties
     * @return the route
     */
    @Bean
    @ConditionalOnMissingBean(name = "bigCommerceWebhookRoute")
    RouterFunction<ServerResponse> bigCommerceWebhookRoute(WebhookEndpoint endpoint,
            BigCommerceWebhookProperties properties) {
        return RouterFunctions.route(RequestPredicates.POST(properties.path()), endpoint);
    }

    private static <T> T configured(String property, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException e) {
            throw new BigCommerceConfigurationException(property, "Invalid BigCommerce setting under '" + property
                    + "': " + e.getMessage(), e);
        }
    }
}
