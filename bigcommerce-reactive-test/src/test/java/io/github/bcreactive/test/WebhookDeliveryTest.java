package io.github.bcreactive.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.webhooks.WebhookData;
import io.github.bcreactive.webhooks.WebhookDeduplicator;
import io.github.bcreactive.webhooks.WebhookEvent;
import io.github.bcreactive.webhooks.WebhookReceiver;
import io.github.bcreactive.webhooks.WebhookVerificationException;
import io.github.bcreactive.webhooks.WebhookVerifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.test.StepVerifier;

/**
 * End to end: subscribe through {@code /v3/hooks}, write through the client, and receive the simulator's signed
 * callback at a loopback receiver that verifies it with the app's client secret and drops duplicates.
 */
class WebhookDeliveryTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private BigCommerceSimulator sim;
    private DisposableServer receiver;
    private final Sinks.Many<WebhookEvent> events = Sinks.many().replay().all();
    private final List<String> refusals = new CopyOnWriteArrayList<>();
    private final List<String> posts = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        if (receiver != null) {
            receiver.disposeNow();
        }
        if (sim != null) {
            sim.close();
        }
    }

    /** Starts the simulator and a receiver keyed by {@code verifierSecret}, or the simulator's app secret if null. */
    private BigCommerceClient start(BigCommerceSimulator.Builder builder, String verifierSecret) {
        sim = builder.quota(10_000, Duration.ofSeconds(30)).build().start();
        WebhookReceiver verify = new WebhookReceiver(
                WebhookVerifier.of(verifierSecret == null ? sim.clientSecret() : verifierSecret),
                WebhookDeduplicator.inMemory(Duration.ofHours(1), 1_000));
        receiver = HttpServer.create().host("127.0.0.1").port(0)
                .handle((request, response) -> request.receive().aggregate().asByteArray().flatMap(body -> {
                    HttpHeaders headers = new HttpHeaders();
                    request.requestHeaders().forEach(e -> headers.add(e.getKey(), e.getValue()));
                    posts.add(headers.getFirst("webhook-id"));
                    return verify.receive(headers, body)
                            .doOnNext(this::record)
                            .then(response.status(200).send())
                            .onErrorResume(WebhookVerificationException.class, refused -> {
                                refusals.add(refused.reason().name());
                                return response.status(401).send();
                            });
                }))
                .bindNow();
        return sim.clientBuilder().build();
    }

    /**
     * Keeps a received event. Callbacks arrive concurrently, on several event-loop threads, and a sink refuses an
     * emission that overlaps another (it would drop the event), so emissions take turns.
     */
    private void record(WebhookEvent event) {
        synchronized (events) {
            events.emitNext(event, Sinks.EmitFailureHandler.FAIL_FAST);
        }
    }

    private Mono<Long> subscribe(BigCommerceClient client, String scope) {
        return client.v3().post("/hooks", Map.of("scope", scope, "destination",
                        "http://127.0.0.1:" + receiver.port() + "/webhooks", "is_active", true,
                        "headers", Map.of("X-Custom", "yes")))
                .map(hook -> hook.path("data").path("id").asLong());
    }

    @Test
    void aProductWrittenThroughTheClientArrivesAsVerifiedTypedEvents() {
        BigCommerceClient store = start(BigCommerceSimulator.builder().products(10), null);

        Long id = subscribe(store, "store/product/*")
                .then(store.v3().post("/catalog/products", Map.of("name", "Hooked Lamp", "type", "physical",
                        "weight", 1, "price", 10)))
                .map(product -> product.path("data").path("id").asLong())
                .flatMap(created -> store.v3().put("/catalog/products/" + created, Map.of("price", 12))
                        .then(store.v3().delete("/catalog/products/" + created))
                        .thenReturn(created))
                .block(PATIENCE);

        // callbacks are posted concurrently, so they may arrive in any order (BigCommerce promises none either)
        List<WebhookEvent> received = events.asFlux().take(3).collectList().block(PATIENCE);
        assertThat(received).extracting(WebhookEvent::scope).containsExactlyInAnyOrder("store/product/created",
                "store/product/updated", "store/product/deleted");
        received.forEach(event -> assertEvent(event, event.scope(), id));
        assertThat(refusals).isEmpty();
        assertThat(deliveries(3)).extracting(SimulatorStats.WebhookDelivery::status).containsOnly(200);
    }

    @Test
    void onlyMatchingActiveSubscriptionsReceiveAndOrdersAreArchivedOnDelete() {
        BigCommerceClient client = start(BigCommerceSimulator.builder().orders(5), null);

        subscribe(client, "store/order/archived").block(PATIENCE);
        client.v2().delete("/orders/3").block(PATIENCE);
        client.v3().post("/catalog/products", Map.of("name", "Unheard", "type", "physical", "weight", 1,
                "price", 1)).block(PATIENCE);

        StepVerifier.create(events.asFlux().take(1))
                .assertNext(event -> {
                    assertThat(event.scope()).isEqualTo("store/order/archived");
                    assertThat(event.data()).isInstanceOfSatisfying(WebhookData.Order.class,
                            order -> assertThat(order.id()).isEqualTo(3L));
                })
                .verifyComplete();
        assertThat(deliveries(1)).extracting(SimulatorStats.WebhookDelivery::scope)
                .containsExactly("store/order/archived");
    }

    @Test
    void aRedeliveryReachesTheReceiverAndIsDroppedAsADuplicate() {
        BigCommerceClient client = start(BigCommerceSimulator.builder().webhookRedeliveries(2), null);

        subscribe(client, "store/customer/created").block(PATIENCE);
        client.v3().post("/customers", List.of(Map.of("email", "hook@example.com", "first_name", "Ada",
                "last_name", "Hook"))).block(PATIENCE);

        StepVerifier.create(events.asFlux().take(1))
                .assertNext(event -> assertThat(event.scope()).isEqualTo("store/customer/created"))
                .verifyComplete();
        StepVerifier.create(reactor.core.publisher.Flux.interval(Duration.ofMillis(20))
                        .map(tick -> sim.stats().webhookDeliveries().size())
                        .filter(delivered -> delivered == 3).next())
                .expectNext(3)
                .verifyComplete();
        assertThat(posts).hasSize(3).containsOnly(posts.get(0));
        events.tryEmitComplete();
        StepVerifier.create(events.asFlux()).expectNextCount(1).verifyComplete();
    }

    @Test
    void aReceiverWithAnotherSecretRefusesTheCallbacks() {
        BigCommerceClient client = start(BigCommerceSimulator.builder(), "some-other-apps-secret-000");

        subscribe(client, "store/product/created").block(PATIENCE);
        client.v3().post("/catalog/products", Map.of("name", "Forged?", "type", "physical", "weight", 1,
                "price", 1)).block(PATIENCE);

        StepVerifier.create(reactor.core.publisher.Flux.interval(Duration.ofMillis(20))
                        .filter(tick -> !sim.stats().webhookDeliveries().isEmpty()).next())
                .expectNextCount(1)
                .verifyComplete();
        assertThat(refusals).containsExactly("BAD_SIGNATURE");
        assertThat(sim.stats().webhookDeliveries()).extracting(SimulatorStats.WebhookDelivery::status)
                .containsExactly(401);
    }

    private void assertEvent(WebhookEvent event, String scope, long id) {
        assertThat(event.scope()).isEqualTo(scope);
        assertThat(event.storeHash()).isEqualTo(sim.storeHashes().get(0));
        assertThat(event.createdAt()).isPresent();
        assertThat(event.data()).isInstanceOfSatisfying(WebhookData.Product.class,
                product -> assertThat(product.id()).isEqualTo(id));
    }

    /**
     * The simulator's deliveries once at least {@code count} are recorded: a delivery is recorded when its answer
     * comes back, a moment after the receiver has the event.
     */
    private List<SimulatorStats.WebhookDelivery> deliveries(int count) {
        return Flux.interval(Duration.ofMillis(10))
                .map(tick -> sim.stats().webhookDeliveries())
                .filter(recorded -> recorded.size() >= count)
                .blockFirst(PATIENCE);
    }
}
