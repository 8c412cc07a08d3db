package io.github.bcreactive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.bcreactive.error.TransportException;
import io.github.bcreactive.http.ProxyOptions;
import io.github.bcreactive.support.LoopbackProxy;
import io.github.bcreactive.support.MockApi;
import io.github.bcreactive.support.SelfSignedTls;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import reactor.test.StepVerifier;

/** The connection settings of the builder against a real CONNECT proxy and a TLS server, both on loopback. */
class ClientConnectivityTest {

    @RegisterExtension
    final MockApi api = MockApi.perTest();

    @Test
    void requestsGoThroughTheProxyWithItsCredentials() {
        try (LoopbackProxy proxy = LoopbackProxy.withCredentials("svc", "proxy-secret")) {
            api.enqueue(200, "{\"time\":1}");
            BigCommerceClient client = api.clientBuilder()
                    .proxy(ProxyOptions.of("127.0.0.1", proxy.port()).withCredentials("svc", "proxy-secret"))
                    .build();

            StepVerifier.create(client.v2().get("/time")).expectNextCount(1).verifyComplete();

            assertThat(proxy.tunnels()).containsExactly("127.0.0.1:" + api.server().getPort());
            assertThat(api.takeRequest().getTarget()).isEqualTo("/stores/abc123/v2/time");
        }
    }

    @Test
    void wrongProxyCredentialsFailAsATransportErrorAndReachNothing() {
        try (LoopbackProxy proxy = LoopbackProxy.withCredentials("svc", "proxy-secret")) {
            BigCommerceClient client = api.clientBuilder()
                    .proxy(ProxyOptions.of("127.0.0.1", proxy.port()).withCredentials("svc", "wrong"))
                    .build();

            StepVerifier.create(client.v2().get("/time")).verifyError(TransportException.class);

            assertThat(proxy.refused()).singleElement().asString().startsWith("CONNECT 127.0.0.1:");
            assertThat(proxy.tunnels()).isEmpty();
            assertThat(api.server().getRequestCount()).isZero();
        }
    }

    @Test
    void nonProxyHostsAreReachedDirectly() {
        try (LoopbackProxy proxy = LoopbackProxy.open()) {
            api.enqueue(200, "{\"time\":1}");
            BigCommerceClient client = api.clientBuilder()
                    .proxy(ProxyOptions.of("127.0.0.1", proxy.port()).withNonProxyHosts("localhost|127.0.*"))
                    .build();

            StepVerifier.create(client.v2().get("/time")).expectNextCount(1).verifyComplete();

            assertThat(proxy.tunnels()).isEmpty();
            assertThat(api.server().getRequestCount()).isEqualTo(1);
        }
    }

    @Test
    void aCustomTrustStoreReachesAServerWithASelfSignedCertificate(@TempDir Path dir) throws Exception {
        SelfSignedTls tls = SelfSignedTls.generate(dir);
        try (MockWebServer https = new MockWebServer()) {
            https.useHttps(tls.serverContext().getSocketFactory());
            https.start(java.net.InetAddress.getByName("127.0.0.1"), 0);
            https.enqueue(MockApi.json(200, "{\"time\":1}"));
            String url = "https://127.0.0.1:" + https.getPort();

            BigCommerceClient trusting = api.clientBuilder().apiUrl(url)
                    .trustManagerFactory(tls.trustManagerFactory()).build();
            StepVerifier.create(trusting.v2().get("/time")).expectNextCount(1).verifyComplete();

            BigCommerceClient jdkTrust = api.clientBuilder().apiUrl(url).build();
            StepVerifier.create(jdkTrust.v2().get("/time"))
                    .expectErrorSatisfies(failure -> assertThat(failure).isInstanceOf(TransportException.class)
                            .hasMessageContaining("certification path"))
                    .verify();
            assertThat(https.getRequestCount()).isEqualTo(1);
        }
    }

    @Test
    void theConnectorFactoryComposesWithTheClientsHttpClient() {
        AtomicInteger seen = new AtomicInteger();
        api.enqueue(200, "{\"time\":1}");
        BigCommerceClient client = api.clientBuilder()
                .clientConnectorFactory(http -> new ReactorClientHttpConnector(
                        http.doOnRequest((request, connection) -> seen.incrementAndGet())))
                .build();

        StepVerifier.create(client.v2().get("/time")).expectNextCount(1).verifyComplete();

        assertThat(seen).hasValue(1);
    }

    @Test
    void proxyOptionsRefuseBadValuesAndHideThePassword() {
        assertThatThrownBy(() -> ProxyOptions.of(" ", 80)).hasMessageContaining("'proxy host'");
        assertThatThrownBy(() -> ProxyOptions.of("proxy", 0)).hasMessageContaining("'proxy port'");
        ProxyOptions options = ProxyOptions.of("proxy", 3128).withCredentials("svc", "proxy-secret")
                .withNonProxyHosts("localhost|*.internal");
        assertThat(options.toString()).doesNotContain("proxy-secret").contains("svc");
        assertThat("api.internal").matches(options.nonProxyHostsRegex());
        assertThat("LOCALHOST").matches(options.nonProxyHostsRegex());
        assertThat("api.bigcommerce.com").doesNotMatch(options.nonProxyHostsRegex());
    }

    @Test
    void aClosedFactoryRefusesNewClientsAndItsClientsFailClearly() {
        BigCommerceClients stores = BigCommerceClients.builder()
                .clientSettings(builder -> builder.apiUrl(api.url()))
                .maxIdleTime(Duration.ofSeconds(5))
                .maxLifeTime(Duration.ofMinutes(5))
                .pendingAcquireTimeout(Duration.ofSeconds(5))
                .build();
        BigCommerceClient store = stores.forStore("abc123", MockApi.TOKEN);
        api.enqueue(200, "{\"time\":1}");
        StepVerifier.create(store.v2().get("/time")).expectNextCount(1).verifyComplete();

        stores.close();
        stores.close();

        assertThat(stores.isClosed()).isTrue();
        StepVerifier.create(store.v2().get("/time"))
                .expectErrorSatisfies(failure -> assertThat(failure).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("closed"))
                .verify();
        assertThatThrownBy(() -> stores.forStore("abc123", MockApi.TOKEN))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThat(api.server().getRequestCount()).isEqualTo(1);
        assertThatThrownBy(() -> BigCommerceClients.builder().maxIdleTime(Duration.ZERO))
                .hasMessageContaining("'maxIdleTime'");
    }
}
