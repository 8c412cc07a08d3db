package io.github.bcreactive.samples.appcallbacks;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.github.bcreactive.test.BigCommerceSimulator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

class AppCallbacksSimulatorTest {

    private static final String CLIENT_ID = "k2q8vd1xw0m4zr7tb3hn6cy5pj9sfae";
    private static final String SECRET = "r7m2c9x4q1w8e5t0y3u6i9o2p5a8s1d";
    /**
     * Far above any answer here (milliseconds). A call here that never returned in CI, even at 60 s, was Reactor Netty
     * 1.3.7's server no longer reading the keep-alive connection (reactor-netty#4361), which the build now pins away
     * (see the README), not a slow machine; an earlier 5 s timeout in this class was most likely the same.
     */
    private static final Duration SLOW_MACHINE = Duration.ofSeconds(60);
    private BigCommerceSimulator bigCommerce;
    private String store;
    private ConfigurableApplicationContext app;
    private WebTestClient http;

    @BeforeEach
    void start() {
        bigCommerce = BigCommerceSimulator.builder().stores(1).products(10).app(CLIENT_ID, SECRET).build().start();
        store = bigCommerce.storeHashes().get(0);
        app = SpringApplication.run(AppCallbacksApplication.class, "--server.port=0", "--server.address=127.0.0.1",
                "--bigcommerce.client-id=" + CLIENT_ID, "--bigcommerce.client-secret=" + SECRET,
                "--bigcommerce.login-url=" + bigCommerce.baseUrl(),
                "--bigcommerce.api-url=" + bigCommerce.baseUrl());
        String port = app.getEnvironment().getProperty("local.server.port");
        http = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(SLOW_MACHINE).build();
    }

    @AfterEach
    void stop() {
        app.close();
        bigCommerce.close();
    }

    @Test
    void installLoadRemoveUserUninstall() {
        http.get().uri("/auth?code=good-code&scope=store_v2_default&context=stores/" + store).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> org.assertj.core.api.Assertions.assertThat(body)
                        .contains("Installed on ").contains(store).contains("merchant@example.com"));

        http.get().uri("/load?signed_payload_jwt=" + SignedPayloads.jwt(CLIENT_ID, SECRET, store, 24654, 12345)).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> org.assertj.core.api.Assertions.assertThat(body)
                        .contains("Hello user24654@example.com").contains(store));

        // a body not asserted is still read, with expectBody(Void.class): WebTestClient never releases one left unread
        // (Reactor Netty keeps its buffer until the collector finds it, and NettyLeakCheck fails the class)
        http.get().uri("/load?signed_payload_jwt=" + SignedPayloads.jwt(CLIENT_ID, SECRET, store, 12, 11)).exchange()
                .expectStatus().isForbidden().expectBody(Void.class);

        http.get().uri("/remove_user?signed_payload_jwt=" + SignedPayloads.jwt(CLIENT_ID, SECRET, store, 24654, 99))
                .exchange().expectStatus().isOk().expectBody(Void.class);
        http.get().uri("/load?signed_payload_jwt=" + SignedPayloads.jwt(CLIENT_ID, SECRET, store, 24654, 99)).exchange()
                .expectStatus().isForbidden().expectBody(Void.class);

        http.get().uri("/uninstall?signed_payload_jwt=" + SignedPayloads.jwt(CLIENT_ID, SECRET, store, 11, 11))
                .exchange().expectStatus().isOk().expectBody(String.class).isEqualTo("uninstalled");
        http.get().uri("/load?signed_payload_jwt=" + SignedPayloads.jwt(CLIENT_ID, SECRET, store, 11, 11)).exchange()
                .expectStatus().isNotFound().expectBody(Void.class);
    }

    @Test
    void payloadsSignedWithAnotherSecretAreRefused() {
        String forged = SignedPayloads.jwt(CLIENT_ID, "x".repeat(31), store, 11, 11);
        for (String callback : new String[] {"/load", "/uninstall", "/remove_user"}) {
            http.get().uri(callback + "?signed_payload_jwt=" + forged).exchange()
                    .expectStatus().isUnauthorized()
                    .expectBody(String.class).isEqualTo("signed payload refused: BAD_SIGNATURE");
        }
    }

    @Test
    void aRefusedInstallInstallsNothing() {
        http.get().uri("/auth?code=some-code&scope=s&context=stores/zzzz9999").exchange()
                .expectStatus().isBadRequest()
                .expectBody(String.class).value(body -> org.assertj.core.api.Assertions.assertThat(body)
                        .contains("Install refused"));
        http.get().uri("/auth?code=some-code&scope=s&context=stores/not-a-hash").exchange()
                .expectStatus().isBadRequest().expectBody(Void.class);
        http.get().uri("/load?signed_payload_jwt=" + SignedPayloads.jwt(CLIENT_ID, SECRET, store, 11, 11)).exchange()
                .expectStatus().isNotFound().expectBody(Void.class);
    }
}
