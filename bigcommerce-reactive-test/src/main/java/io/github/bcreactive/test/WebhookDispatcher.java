package io.github.bcreactive.test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.bcreactive.test.api.ApiRequest;
import io.github.bcreactive.test.api.ApiResponse;
import io.github.bcreactive.test.store.Json;
import io.github.bcreactive.test.store.StoreData;
import io.netty.handler.codec.http.HttpHeaderNames;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends signed webhook callbacks for the writes the simulator serves, to the store's active subscriptions made
 * through {@code /v3/hooks} whose scope matches (exactly, or by a trailing {@code /*}). Each callback is a light
 * payload ({@code scope}, {@code store_id}, {@code data {type, id}}, {@code hash} = SHA-1 of the JSON of
 * {@code data}, {@code created_at}, {@code producer}) with the hook's own headers and the Standard Webhooks headers,
 * signed with the app's client secret. Deliveries run after the write's answer, on the simulator's event loops, and
 * are counted in {@link SimulatorStats#webhookDeliveries()}; a failed delivery is not retried.
 */
final class WebhookDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(10);

    /** One event a write caused. */
    record Event(String scope, String type, long id) {
    }

    private final WebhookSigner signer;
    private final SimulatorStats stats;
    private final int redeliveries;
    private final AtomicLong messages = new AtomicLong();
    private volatile HttpClient client;
    private ConnectionProvider connections;

    WebhookDispatcher(String clientSecret, SimulatorStats stats, int redeliveries) {
        this.signer = new WebhookSigner(clientSecret);
        this.stats = stats;
        this.redeliveries = redeliveries;
    }

    /** Starts sending, on the simulator's event loops, through a small pool of its own. */
    synchronized void start(LoopResources loops) {
        connections = ConnectionProvider.create("bc-sim-webhooks", 16);
        client = HttpClient.create(connections).runOn(loops);
    }

    /** Stops sending and closes the pool. */
    synchronized void stop() {
        client = null;
        if (connections != null) {
            connections.dispose();
            connections = null;
        }
    }

    /** Sends the callbacks of a served write, if it succeeded and a subscription matches. */
    void afterWrite(ApiRequest request, ApiResponse answer) {
        HttpClient http = client;
        if (http == null || answer.status() >= 300 || request.store().webhooks().count() == 0) {
            return;
        }
        List<Event> events = WebhookEvents.of(request, answer);
        if (events.isEmpty()) {
            return;
        }
        StoreData store = request.store();
        List<ObjectNode> hooks = store.webhooks().ids().mapToObj(store.webhooks()::get)
                .filter(hook -> hook != null && hook.path("is_active").asBoolean(true))
                .toList();
        long now = request.context().nowSeconds();
        List<Mono<Void>> deliveries = new ArrayList<>();
        for (Event event : events) {
            byte[] body = payload(store, event, now);
            for (ObjectNode hook : hooks) {
                if (matches(hook.path("scope").asString(""), event.scope())) {
                    String id = "msg_sim_" + messages.incrementAndGet();
                    for (int attempt = 0; attempt <= redeliveries; attempt++) {
                        deliveries.add(deliver(http, hook, event.scope(), id, now, body));
                    }
                }
            }
        }
        Flux.concat(deliveries).subscribe(null, failure -> LOG.warn("webhook delivery failed", failure));
    }

    static boolean matches(String subscribed, String scope) {
        if (subscribed.endsWith("/*")) {
            return scope.startsWith(subscribed.substring(0, subscribed.length() - 1));
        }
        return subscribed.equals(scope);
    }

    private Mono<Void> deliver(HttpClient http, ObjectNode hook, String scope, String id, long timestamp,
            byte[] body) {
        String destination = hook.path("destination").asString();
        Map<String, String> signature = signer.headers(id, timestamp, body);
        return http.headers(headers -> {
                    JsonNode custom = hook.path("headers");
                    if (custom.isObject()) {
                        custom.properties().forEach(e -> headers.set(e.getKey(), e.getValue().asString()));
                    }
                    headers.set(HttpHeaderNames.CONTENT_TYPE, "application/json");
                    signature.forEach(headers::set);
                })
                .post()
                .uri(destination)
                .send(Mono.just(io.netty.buffer.Unpooled.wrappedBuffer(body)))
                .responseSingle((response, content) -> content.then(Mono.just(response.status().code())))
                .timeout(DELIVERY_TIMEOUT)
                .onErrorResume(failure -> {
                    LOG.debug("webhook {} to {} failed: {}", scope, destination, failure.toString());
                    return Mono.just(0);
                })
                .doOnNext(status -> stats.webhookDelivered(new SimulatorStats.WebhookDelivery(
                        hook.path("id").asLong(), scope, destination, id, status)))
                .then();
    }

    private static byte[] payload(StoreData store, Event event, long now) {
        ObjectNode data = Json.object();
        data.put("type", event.type());
        data.put("id", event.id());
        ObjectNode payload = Json.object();
        payload.put("scope", event.scope());
        payload.put("store_id", Long.toString(Math.abs((long) store.hash().hashCode())));
        payload.set("data", data);
        payload.put("hash", sha1(Json.MAPPER.writeValueAsBytes(data)));
        payload.put("created_at", now);
        payload.put("producer", "stores/" + store.hash());
        return Json.MAPPER.writeValueAsString(payload).getBytes(StandardCharsets.UTF_8);
    }

    private static String sha1(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is not available in this JVM.", e);
        }
    }
}
