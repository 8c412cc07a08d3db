package io.github.bcreactive.samples.appcallbacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.test.BigCommerceSimulator;
import io.github.bcreactive.test.WebhookSigner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/**
 * The app's webhook endpoint on a random port: signed events reach {@link StoreEvents} once; forged, replayed and
 * duplicated ones do not; and a product written on the simulator arrives through a {@code /v3/hooks} subscription.
 */
class AppWebhooksSimulatorTest {

    private static final String CLIENT_ID = "k2q8vd1xw0m4zr7tb3hn6cy5pj9sfae";
    private static final String SECRET = "r7m2c9x4q1w8e5t0y3u6i9o2p5a8s1d";
    /** Far above any answer here (milliseconds); WebTestClient's 5 s default failed once on a loaded CI machine. */
    private static final Duration SLOW_MACHINE = Duration.ofSeconds(60);
    private static final String PATH = "/bigcommerce/webhooks";

    private BigCommerceSimulator bigCommerce;
    private String store;
    private ConfigurableApplicationContext app;
    private String baseUrl;
    private WebTestClient http;
    private StoreEvents events;

    @BeforeEach
    void start() {
        bigCommerce = BigCommerceSimulator.builder().stores(1).products(10).app(CLIENT_ID, SECRET).build().start();
        store = bigCommerce.storeHashes().get(0);
        app = SpringApplication.run(AppCallbacksApplication.class, "--server.port=0", "--server.address=127.0.0.1",
                "--bigcommerce.client-id=" + CLIENT_ID, "--bigcommerce.client-secret=" + SECRET,
                "--bigcommerce.login-url=" + bigCommerce.baseUrl(),
                "--bigcommerce.api-url=" + bigCommerce.baseUrl());
        baseUrl = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
        http = WebTestClient.bindToServer().baseUrl(baseUrl)
                .responseTimeout(SLOW_MACHINE).build();
        events = app.getBean(StoreEvents.class);
    }

    @AfterEach
    void stop() {
        app.close();
        bigCommerce.close();
    }

    @Test
    void aSignedEventIsHandledOnceAndForgedReplayedAndDuplicatedOnesAreNot() {
        long now = Instant.now().getEpochSecond();
        String created = payload("store/order/created", 250, "dd70c0976e06b67aaf671e73f49dcb79230ebf9d", now);

        post(new WebhookSigner(SECRET), "msg_1", now, created).expectStatus().isOk();
        post(new WebhookSigner(SECRET), "msg_1", now, created).expectStatus().isOk();         // redelivered
        post(new WebhookSigner(SECRET), "msg_9", now, created).expectStatus().isOk();         // same event again
        post(new WebhookSigner("x".repeat(31)), "msg_2", now,
                payload("store/order/created", 251, "forged", now)).expectStatus().isUnauthorized();
        post(new WebhookSigner(SECRET), "msg_3", now - 600,
                payload("store/order/created", 252, "replayed", now - 600)).expectStatus().isUnauthorized();
        http.post().uri(PATH).bodyValue(created).exchange().expectStatus().isBadRequest();    // unsigned

        awaitEvents(list -> !list.isEmpty());
        post(new WebhookSigner(SECRET), "msg_4", now, payload("store/order/created", 253, "next", now))
                .expectStatus().isOk();
        awaitEvents(list -> list.size() == 2);
        assertThat(events.recent()).containsExactly(
                new StoreEvents.Received("abc123", "store/order/created", 250),
                new StoreEvents.Received("abc123", "store/order/created", 253));
    }

    @Test
    void aProductCreatedOnTheStoreArrivesThroughItsSubscription() {
        BigCommerceClient client = bigCommerce.clientBuilder(store).build();

        long id = client.v3().post("/hooks", Map.of("scope", "store/product/created", "destination", baseUrl + PATH))
                .then(client.v3().post("/catalog/products", Map.of("name", "Webhook Mug", "type", "physical",
                        "weight", 1, "price", 9)))
                .map(product -> product.path("data").path("id").asLong())
                .block(Duration.ofSeconds(10));

        awaitEvents(list -> !list.isEmpty());
        assertThat(events.recent()).containsExactly(new StoreEvents.Received(store, "store/product/created", id));
    }

    @Test
    void anUninstalledEventForgetsTheStore() {
        // the page is read though not asserted: WebTestClient never releases a body left unread
        http.get().uri("/auth?code=good-code&scope=store_v2_default&context=stores/" + store).exchange()
                .expectStatus().isOk().expectBody(Void.class);
        long now = Instant.now().getEpochSecond();
        String body = "{\"scope\":\"store/app/uninstalled\",\"store_id\":\"1\",\"data\":{\"type\":\"store\"},"
                + "\"hash\":\"u1\",\"created_at\":" + now + ",\"producer\":\"stores/" + store + "\"}";

        post(new WebhookSigner(SECRET), "msg_u", now, body).expectStatus().isOk();

        awaitEvents(list -> !list.isEmpty());
        assertThat(app.getBean(Installations.class).find(store)).isEmpty();
    }

    private WebTestClient.ResponseSpec post(WebhookSigner signer, String id, long timestamp, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return http.post().uri(PATH)
                .headers(headers -> signer.headers(id, timestamp, bytes).forEach(headers::set))
                .bodyValue(bytes)
                .exchange();
    }

    private void awaitEvents(Predicate<List<StoreEvents.Received>> condition) {
        StepVerifier.create(Flux.interval(Duration.ofMillis(20)).map(tick -> events.recent()).filter(condition)
                        .next())
                .expectNextCount(1)
                .verifyComplete();
    }

    private static String payload(String scope, long id, String hash, long createdAt) {
        return "{\"scope\":\"" + scope + "\",\"store_id\":\"1025646\",\"data\":{\"type\":\"order\",\"id\":" + id
                + "},\"hash\":\"" + hash + "\",\"created_at\":" + createdAt + ",\"producer\":\"stores/abc123\"}";
    }
}
