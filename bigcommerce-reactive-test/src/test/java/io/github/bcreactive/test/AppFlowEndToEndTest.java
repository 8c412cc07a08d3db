package io.github.bcreactive.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.auth.BigCommerceApp;
import io.github.bcreactive.auth.CustomerLogin;
import io.github.bcreactive.error.UnauthorizedException;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * The app flow of the core's {@code io.github.bcreactive.auth} package, end to end against the simulator's login
 * host: the OAuth token exchange, a client made from its token, and customer-login URLs that the simulator's
 * {@code /login/token/{jwt}} accepts (and refuses when signed with another secret).
 */
@SimulatorSettings(stores = 2, products = 20, customers = 20, quota = 1_000)
class AppFlowEndToEndTest {

    private static final HttpClient BROWSER = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void exchangesAnInstallCodeForTheStoresTokenAndAWorkingClient(BigCommerceSimulator sim) {
        String store = sim.storeHashes().get(1);
        BigCommerceApp app = app(sim, sim.clientSecret());

        StepVerifier.create(app.exchange("install-code", "stores/" + store, "store_v2_products",
                        "https://app.example.com/auth")
                        .doOnNext(token -> {
                            assertThat(token.storeHash()).isEqualTo(store);
                            assertThat(token.accessToken()).isEqualTo(sim.accessToken(store));
                            assertThat(token.toString()).doesNotContain(sim.accessToken(store));
                        })
                        .flatMap(token -> app.client(token).v3().get("/catalog/products/3")))
                .assertNext(product -> assertThat(product.at("/data/id").asInt()).isEqualTo(3))
                .verifyComplete();
        assertThat(sim.stats().tokensIssued()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aWrongClientSecretIsRefusedByTheLoginHost(BigCommerceSimulator sim) {
        BigCommerceApp impostor = app(sim, "a-different-secret-of-31-chars!");

        StepVerifier.create(impostor.exchange("install-code", "stores/" + sim.storeHashes().get(0), "store_v2_products",
                        "https://app.example.com/auth"))
                .expectError(UnauthorizedException.class)
                .verify();
    }

    @Test
    void theCustomerLoginUrlIsAcceptedByTheStorefront(BigCommerceSimulator sim, BigCommerceClient store) {
        BigCommerceApp app = app(sim, sim.clientSecret());

        URI url = loginUrl(app.customerLoginUrl(store, CustomerLogin.of(5).withRedirectTo("/cart.php")));

        assertThat(url.toString()).startsWith(sim.baseUrl() + "/login/token/");
        assertThat(visit(url).headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/cart.php"));
        assertThat(sim.stats().customerLogins())
                .contains(new SimulatorStats.CustomerLogin(store.storeHash(), 5, "/cart.php"));
    }

    @Test
    void aLoginUrlOnTheStoresClockIsAcceptedToo(BigCommerceSimulator sim, BigCommerceClient store) {
        BigCommerceApp app = app(sim, sim.clientSecret());

        URI url = loginUrl(app.customerLoginUrlOnStoreClock(store, CustomerLogin.of(6)));

        assertThat(visit(url).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("/login.php"));
        assertThat(sim.stats().customerLogins()).anyMatch(login -> login.customerId() == 6);
    }

    @Test
    void aLoginUrlSignedWithAnotherSecretIsRefused(BigCommerceSimulator sim, BigCommerceClient store) {
        BigCommerceApp impostor = app(sim, "a-different-secret-of-31-chars!");
        long rejectedBefore = sim.stats().customerLoginsRejected();

        URI url = loginUrl(impostor.customerLoginUrl(store, CustomerLogin.of(7)));

        assertThat(visit(url).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("/login.php"));
        assertThat(sim.stats().customerLoginsRejected()).isEqualTo(rejectedBefore + 1);
    }

    private static BigCommerceApp app(BigCommerceSimulator sim, String secret) {
        return BigCommerceApp.builder()
                .clientId(sim.clientId())
                .clientSecret(secret)
                .loginUrl(sim.baseUrl())
                .clientSettings(client -> client.apiUrl(sim.baseUrl()))
                .build();
    }

    /** The one URL the call gives, taken on the test thread: the browser visit blocks, so it cannot run on Netty's. */
    private static URI loginUrl(Mono<URI> call) {
        List<URI> urls = call.flux().collectList().block(Duration.ofSeconds(10));
        assertThat(urls).hasSize(1);
        return urls.get(0);
    }

    /** Follows the login link as a shopper's browser would, without following the redirect it answers. */
    private static HttpResponse<Void> visit(URI url) {
        try {
            return BROWSER.send(HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
