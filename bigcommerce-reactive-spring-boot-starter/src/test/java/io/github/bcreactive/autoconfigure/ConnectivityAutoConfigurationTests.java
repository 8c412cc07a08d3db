package io.github.bcreactive.autoconfigure;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.error.TransportException;
import io.github.bcreactive.support.LoopbackProxy;
import io.github.bcreactive.support.SelfSignedTls;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ClientHttpConnectorBuilderCustomizer;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.http.client.reactive.ReactorClientHttpConnectorBuilder;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.test.StepVerifier;

import static io.github.bcreactive.autoconfigure.StartupFailures.configurationFailure;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network properties against real servers on loopback: a CONNECT proxy with credentials, a TLS server with a
 * certificate generated for the test (trusted through a Spring Boot SSL bundle), and the application's own
 * connector customizer, which sees the BigCommerce clients' requests.
 */
class ConnectivityAutoConfigurationTests {

    private static final String TOKEN = "tok-connect-0b7e";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class,
                    ReactiveHttpClientAutoConfiguration.class, WebClientAutoConfiguration.class,
                    BigCommerceAutoConfiguration.class))
            .withPropertyValues("bigcommerce.store-hash=abc123", "bigcommerce.access-token=" + TOKEN,
                    "bigcommerce.retry.max-retries=0");

    @Test
    void proxyPropertiesSendEveryRequestThroughTheProxyWithItsCredentials() {
        try (MockApi api = new MockApi(); LoopbackProxy proxy = LoopbackProxy.withCredentials("svc", "proxy-pass")) {
            api.enqueue(200, "{\"time\":1}");
            runner.withPropertyValues("bigcommerce.api-url=" + api.url(), "bigcommerce.proxy.host=127.0.0.1",
                    "bigcommerce.proxy.port=" + proxy.port(), "bigcommerce.proxy.username=svc",
                    "bigcommerce.proxy.password=proxy-pass").run(context -> {
                        BigCommerceClient client = context.getBean(BigCommerceClient.class);
                        StepVerifier.create(client.v2().get("/time")).expectNextCount(1).verifyComplete();
                        assertThat(proxy.tunnels()).containsExactly("127.0.0.1:" + api.server().getPort());
                        assertThat(context.getBean(BigCommerceProperties.class).toString())
                                .doesNotContain("proxy-pass");
                    });
        }
    }

    @Test
    void nonProxyHostsBypassTheProxy() {
        try (MockApi api = new MockApi(); LoopbackProxy proxy = LoopbackProxy.open()) {
            api.enqueue(200, "{\"time\":1}");
            runner.withPropertyValues("bigcommerce.api-url=" + api.url(), "bigcommerce.proxy.host=127.0.0.1",
                    "bigcommerce.proxy.port=" + proxy.port(), "bigcommerce.proxy.non-proxy-hosts=127.0.0.*")
                    .run(context -> {
                        StepVerifier.create(context.getBean(BigCommerceClient.class).v2().get("/time"))
                                .expectNextCount(1).verifyComplete();
                        assertThat(proxy.tunnels()).isEmpty();
                        assertThat(api.server().getRequestCount()).isEqualTo(1);
                    });
        }
    }

    @Test
    void anSslBundleTrustsAServerTheJdkDoesNot(@TempDir Path dir) throws Exception {
        SelfSignedTls tls = SelfSignedTls.generate(dir);
        try (MockWebServer https = new MockWebServer()) {
            https.useHttps(tls.serverContext().getSocketFactory());
            https.start(InetAddress.getByName("127.0.0.1"), 0);
            https.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                    .body("{\"time\":1}").build());
            ApplicationContextRunner tlsRunner = runner.withPropertyValues(
                    "bigcommerce.api-url=https://127.0.0.1:" + https.getPort());

            tlsRunner.withPropertyValues("bigcommerce.ssl.bundle=corp",
                    "spring.ssl.bundle.jks.corp.truststore.location=file:" + tls.trustStore(),
                    "spring.ssl.bundle.jks.corp.truststore.type=PKCS12",
                    "spring.ssl.bundle.jks.corp.truststore.password=" + SelfSignedTls.PASSWORD).run(context ->
                            StepVerifier.create(context.getBean(BigCommerceClient.class).v2().get("/time"))
                                    .expectNextCount(1).verifyComplete());
            tlsRunner.run(context ->
                    StepVerifier.create(context.getBean(BigCommerceClient.class).v2().get("/time"))
                            .expectErrorSatisfies(failure -> assertThat(failure)
                                    .isInstanceOf(TransportException.class)
                                    .hasMessageContaining("certification path"))
                            .verify());
            assertThat(https.getRequestCount()).isEqualTo(1);
        }
    }

    @Test
    void anUnknownSslBundleFailsStartupNamingTheProperty() {
        runner.withPropertyValues("bigcommerce.ssl.bundle=missing").run(context -> {
            BigCommerceConfigurationException failure = configurationFailure(context.getStartupFailure());
            assertThat(failure.property()).isEqualTo("bigcommerce.ssl.bundle");
            assertThat(failure).hasMessageContaining("'missing'");
        });
    }

    @Test
    void theApplicationsConnectorCustomizerSeesTheClientsRequests() {
        try (MockApi api = new MockApi()) {
            api.enqueue(200, "{\"time\":1}");
            runner.withUserConfiguration(ProbeConnector.class)
                    .withPropertyValues("bigcommerce.api-url=" + api.url(), "bigcommerce.pool.max-idle-time=5s",
                            "bigcommerce.pool.max-life-time=1m", "bigcommerce.pool.pending-acquire-timeout=5s")
                    .run(context -> {
                        StepVerifier.create(context.getBean(BigCommerceClient.class).v2().get("/time"))
                                .expectNextCount(1).verifyComplete();
                        assertThat(context.getBean(ProbeConnector.class).requests).hasValue(1);
                        assertThat(api.take().getHeaders().get("X-Auth-Token")).isEqualTo(TOKEN);
                    });
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class ProbeConnector {

        final AtomicInteger requests = new AtomicInteger();

        @Bean
        ClientHttpConnectorBuilderCustomizer<ReactorClientHttpConnectorBuilder> probe() {
            return builder -> builder.withHttpClientCustomizer(
                    http -> http.doOnRequest((request, connection) -> requests.incrementAndGet()));
        }
    }
}
