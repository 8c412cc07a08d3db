package io.github.bcreactive.samples.appcallbacks;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

class AppCallbacksMockApiTest {

    private static final String CLIENT_ID = "k2q8vd1xw0m4zr7tb3hn6cy5pj9sfae";
    private static final String SECRET = "r7m2c9x4q1w8e5t0y3u6i9o2p5a8s1d";
    private static final String STORE = "g5cd38";

    private FakeBigCommerce bigCommerce;
    private ConfigurableApplicationContext app;
    private WebTestClient http;

    @BeforeEach
    void start() {
        bigCommerce = new FakeBigCommerce(CLIENT_ID, SECRET, STORE, "store-token-1");
        app = SpringApplication.run(AppCallbacksApplication.class, "--server.port=0", "--server.address=127.0.0.1",
                "--bigcommerce.client-id=" + CLIENT_ID, "--bigcommerce.client-secret=" + SECRET,
                "--bigcommerce.login-url=" + bigCommerce.url(), "--bigcommerce.api-url=" + bigCommerce.url());
        String port = app.getEnvironment().getProperty("local.server.port");
        http = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
    }

    @AfterEach
    void stop() {
        app.close();
        bigCommerce.close();
    }

    @Test
    void installLoadRemoveUserUninstall() {
        http.get().uri("/auth?code=good-code&scope=store_v2_default&context=stores/" + STORE).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> org.assertj.core.api.Assertions.assertThat(body)
                        .contains("Installed on Fake Store").contains("merchant@example.com"));

        http.get().uri("/load?signed_payload_jwt=" + SignedPayloads.jwt(CLIENT_ID, SECRET, STORE, 11, 11)).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> org.assertj.core.api.Assertions.assertThat(body)
                        .contains("Hello user11@example.com").contains("Fake Store"));

        http.get().uri("/load?signed_payload_jwt=" + SignedPayloads.jwt(CLIENT_ID, SECRET, STORE, 12, 11)).exchange()
                .expectStatus().isForbidden();

        http.get().uri("/remove_user?signed_payload_jwt=" + SignedPayloads.jwt(CLIENT_ID, SECRET, STORE, 11, 99))
                .exchange().expectStatus().isOk();
        http.get().uri("/load?signed_payload_jwt=" + SignedPayloads.jwt(CLIENT_ID, SECRET, STORE, 11, 99)).exchange()
                .expectStatus().isForbidden();

        http.get().uri("/uninstall?signed_payload_jwt=" + SignedPayloads.jwt(CLIENT_ID, SECRET, STORE, 11, 11))
                .exchange().expectStatus().isOk().expectBody(String.class).isEqualTo("uninstalled");
        http.get().uri("/load?signed_payload_jwt=" + SignedPayloads.jwt(CLIENT_ID, SECRET, STORE, 11, 11)).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void payloadsSignedWithAnotherSecretAreRefused() {
        String forged = SignedPayloads.jwt(CLIENT_ID, "x".repeat(31), STORE, 11, 11);
        for (String callback : new String[] {"/load", "/uninstall", "/remove_user"}) {
            http.get().uri(callback + "?signed_payload_jwt=" + forged).exchange()
                    .expectStatus().isUnauthorized()
                    .expectBody(String.class).isEqualTo("signed payload refused: BAD_SIGNATURE");
        }
    }

    @Test
    void aRefusedCodeInstallsNothing() {
        http.get().uri("/auth?code=used-code&scope=s&context=stores/" + STORE).exchange()
                .expectStatus().isBadRequest();
        http.get().uri("/load?signed_payload_jwt=" + SignedPayloads.jwt(CLIENT_ID, SECRET, STORE, 11, 11)).exchange()
                .expectStatus().isNotFound();
    }
}
