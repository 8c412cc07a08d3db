package io.github.bcreactive.autoconfigure.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.bcreactive.autoconfigure.BigCommerceAutoConfiguration;
import io.github.bcreactive.autoconfigure.BigCommerceConfigurationException;
import io.github.bcreactive.test.WebhookSigner;
import io.github.bcreactive.webhooks.WebhookData;
import io.github.bcreactive.webhooks.WebhookDeduplicator;
import io.github.bcreactive.webhooks.WebhookEvent;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

class BigCommerceWebhookAutoConfigurationTests {

    private static final String SECRET = "r7m2c9x4q1w8e5t0y3u6i9o2p5a8s1d";
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private final ReactiveWebApplicationContextRunner runner = new ReactiveWebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(BigCommerceAutoConfiguration.class,
                    BigCommerceWebhookAutoConfiguration.class))
            .withPropertyValues("bigcommerce.client-id=k2q8vd1xw0m4zr7tb3hn6cy5pj9sfae");

    @Test
    void noEndpointWithoutAHandlerOrWithoutAClientSecret() {
        runner.withPropertyValues("bigcommerce.client-secret=" + SECRET)
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(WebhookEndpoint.class));
        runner.withUserConfiguration(Recording.class)
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(WebhookEndpoint.class));
        runner.withUserConfiguration(Recording.class)
                .withPropertyValues("bigcommerce.client-secret=" + SECRET, "bigcommerce.webhooks.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(WebhookEndpoint.class));
    }

    @Test
    void signedEventsReachTheHandlerOnceAndForgedOrReplayedOnesAreRefused() {
        runner.withUserConfiguration(Recording.class).withPropertyValues("bigcommerce.client-secret=" + SECRET)
                .run(context -> {
                    WebTestClient http = client(context);
                    String body = payload("store/product/updated", 77, "h77");
                    long now = Instant.now().getEpochSecond();

                    post(http, new WebhookSigner(SECRET), "msg_1", now, body).isOk().expectBody().isEmpty();
                    post(http, new WebhookSigner(SECRET), "msg_1", now, body).isOk();
                    post(http, new WebhookSigner("another-apps-secret-0123456789"), "msg_2", now,
                            payload("store/product/updated", 78, "h78")).isUnauthorized();
                    post(http, new WebhookSigner(SECRET), "msg_3", now - 600,
                            payload("store/product/updated", 79, "h79")).isUnauthorized();
                    http.post().uri("/bigcommerce/webhooks").bodyValue(body).exchange()
                            .expectStatus().isBadRequest();

                    Recording recording = context.getBean(Recording.class);
                    StepVerifier.create(recording.events.asFlux().take(1))
                            .assertNext(event -> assertThat(event.data()).isInstanceOfSatisfying(
                                    WebhookData.Product.class, p -> assertThat(p.id()).isEqualTo(77L)))
                            .verifyComplete();
                    assertThat(recording.ids).containsExactly(77L);
                });
    }

    @Test
    void aFullQueueAnswers503AndForgetsTheEventSoTheRetryIsTaken() {
        runner.withUserConfiguration(Gated.class)
                .withPropertyValues("bigcommerce.client-secret=" + SECRET, "bigcommerce.webhooks.concurrency=1",
                        "bigcommerce.webhooks.queue-capacity=1", "bigcommerce.webhooks.path=/hooks")
                .run(context -> {
                    WebTestClient http = client(context);
                    WebhookSigner signer = new WebhookSigner(SECRET);
                    long now = Instant.now().getEpochSecond();
                    String second = payload("store/order/created", 2, "o2");

                    postTo(http, "/hooks", signer, "msg_1", now, payload("store/order/created", 1, "o1")).isOk();
                    postTo(http, "/hooks", signer, "msg_2", now, second)
                            .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);

                    Gated gated = context.getBean(Gated.class);
                    gated.gate.tryEmitEmpty();
                    StepVerifier.create(Flux.interval(Duration.ofMillis(10))
                                    .filter(tick -> context.getBean(WebhookEndpoint.class).pending() == 0).next())
                            .expectNextCount(1)
                            .verifyComplete();
                    postTo(http, "/hooks", signer, "msg_2", now, second).isOk();
                    // the endpoint answers before its handler runs: wait for the retried event to be handled
                    StepVerifier.create(Flux.interval(Duration.ofMillis(10))
                                    .filter(tick -> gated.handled.size() == 2).next())
                            .expectNextCount(1)
                            .verifyComplete();
                    assertThat(gated.handled).containsExactly("o1", "o2");
                });
    }

    @Test
    void theApplicationsDeduplicatorIsUsed() {
        runner.withUserConfiguration(Recording.class, SeenEverything.class)
                .withPropertyValues("bigcommerce.client-secret=" + SECRET)
                .run(context -> {
                    post(client(context), new WebhookSigner(SECRET), "msg_1", Instant.now().getEpochSecond(),
                            payload("store/product/created", 1, "h1")).isOk();
                    assertThat(context.getBean(WebhookDeduplicator.class)).isInstanceOf(SeenEverythingStore.class);
                    assertThat(context.getBean(Recording.class).ids).isEmpty();
                });
    }

    @Test
    void aShortClientSecretFailsStartupNamingThePropertyNotTheSecret() {
        runner.withUserConfiguration(Recording.class).withPropertyValues("bigcommerce.client-secret=tooshort")
                .run(context -> {
                    assertThat(context).hasFailed();
                    Throwable failure = context.getStartupFailure();
                    while (!(failure instanceof BigCommerceConfigurationException) && failure.getCause() != null) {
                        failure = failure.getCause();
                    }
                    assertThat(((BigCommerceConfigurationException) failure).property())
                            .isEqualTo("bigcommerce.client-secret");
                    assertThat(failure.getMessage()).doesNotContain("tooshort");
                });
    }

    @SuppressWarnings("unchecked")
    private static WebTestClient client(ApplicationContext context) {
        return WebTestClient.bindToRouterFunction(
                (RouterFunction<ServerResponse>) context.getBean("bigCommerceWebhookRoute")).build();
    }

    private static StatusAssertionsShim post(WebTestClient http, WebhookSigner signer, String id, long timestamp,
            String body) {
        return postTo(http, "/bigcommerce/webhooks", signer, id, timestamp, body);
    }

    private static StatusAssertionsShim postTo(WebTestClient http, String path, WebhookSigner signer, String id,
            long timestamp, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new StatusAssertionsShim(http.post().uri(path)
                .headers(headers -> signer.headers(id, timestamp, bytes).forEach(headers::set))
                .bodyValue(bytes)
                .exchange());
    }

    static String payload(String scope, long id, String hash) {
        return "{\"scope\":\"" + scope + "\",\"store_id\":\"1\",\"data\":{\"type\":\"x\",\"id\":" + id
                + "},\"hash\":\"" + hash + "\",\"created_at\":1700000000,\"producer\":\"stores/abc\"}";
    }

    /** The status checks the tests use, on one exchange. */
    private record StatusAssertionsShim(WebTestClient.ResponseSpec spec) {

        WebTestClient.ResponseSpec isOk() {
            return spec.expectStatus().isOk();
        }

        void isUnauthorized() {
            spec.expectStatus().isUnauthorized();
        }

        void isEqualTo(HttpStatus status) {
            spec.expectStatus().isEqualTo(status);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Recording implements WebhookHandler {

        final Sinks.Many<WebhookEvent> events = Sinks.many().replay().all();
        final List<Long> ids = new CopyOnWriteArrayList<>();

        @Override
        public Mono<Void> handle(WebhookEvent event) {
            if (event.data() instanceof WebhookData.Product product) {
                ids.add(product.id());
            }
            events.tryEmitNext(event);
            return Mono.empty();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Gated implements WebhookHandler {

        final Sinks.Empty<Void> gate = Sinks.empty();
        final List<String> handled = new CopyOnWriteArrayList<>();

        @Override
        public Mono<Void> handle(WebhookEvent event) {
            handled.add(event.hash());
            return gate.asMono();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class SeenEverything {

        @Bean
        WebhookDeduplicator everythingSeen() {
            return new SeenEverythingStore();
        }
    }

    /** A deduplicator that has seen every event already. */
    static final class SeenEverythingStore implements WebhookDeduplicator {

        @Override
        public Mono<Boolean> markSeen(String key) {
            return Mono.just(false);
        }

        @Override
        public Mono<Void> forget(String key) {
            return Mono.empty();
        }
    }
}
