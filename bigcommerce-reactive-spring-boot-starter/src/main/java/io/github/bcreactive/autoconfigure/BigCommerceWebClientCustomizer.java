package io.github.bcreactive.autoconfigure;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Customizes the {@link WebClient.Builder} of the BigCommerce clients, and only theirs: the application's other
 * WebClients are never touched. Declare beans of this type (ordered with {@code @Order} or {@code Ordered}); they
 * are applied to a clone of Spring Boot's {@code WebClient.Builder} before the clients are made.
 *
 * <pre>{@code
 * @Bean
 * BigCommerceWebClientCustomizer tracing(ExchangeFilterFunction tracingFilter) {
 *     return builder -> builder.filter(tracingFilter);
 * }
 * }</pre>
 *
 * <p>The client replaces the builder's connector with its own (shared pool, proxy, timeouts, no redirects, the
 * {@code bigcommerce.ssl.bundle}), built by Spring Boot's {@code ClientHttpConnectorBuilder}: customize filters,
 * codecs and default headers here, and the connection with a {@code ClientHttpConnectorBuilderCustomizer} bean.
 */
@FunctionalInterface
public interface BigCommerceWebClientCustomizer {

    /**
     * Customizes the builder.
     *
     * @param webClientBuilder the BigCommerce clients' own builder
     */
    void customize(WebClient.Builder webClientBuilder);
}
