package io.github.bcreactive.webhooks;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.github.bcreactive.webhooks.WebhookVerificationException.Reason;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * A verified webhook callback: the Standard Webhooks message id and signing time, and the payload BigCommerce sent
 * ({@code scope}, {@code store_id}, {@code producer}, {@code hash}, {@code created_at}, {@code data}).
 *
 * <pre>{@code
 * if (event.data() instanceof WebhookData.Product product && event.scope().equals("store/product/updated")) {
 *     client.catalog().products().get(product.id()).subscribe(this::reindex);
 * }
 * }</pre>
 *
 * @param messageId the {@code webhook-id} header: one message, the same on each delivery attempt
 * @param signedAt the {@code webhook-timestamp} header
 * @param scope the event, e.g. {@code store/order/created}
 * @param storeId the store's numeric id, as text
 * @param producer {@code stores/{store_hash}}
 * @param hash the payload's hash, the same when one event is delivered twice
 * @param createdAt when the event happened, when the payload says ({@code created_at}, epoch seconds)
 * @param data the event's {@code data}, typed by its scope's family
 * @param extra every other top-level field (read-only)
 */
public record WebhookEvent(String messageId, Instant signedAt, String scope, String storeId, String producer,
        String hash, Optional<Instant> createdAt, WebhookData data, Map<String, JsonNode> extra) {

    private static final String STORE_PREFIX = "stores/";
    private static final Set<String> KNOWN = Set.of("scope", "store_id", "producer", "hash", "created_at", "data");

    /**
     * The readers of a payload and of each data family, their deserializers built when this class loads. A verifier
     * is made at start-up, where waiting is allowed; callbacks are then decoded on event-loop threads, where building
     * a deserializer (under Jackson's cache lock) would block.
     */
    private static final ObjectReader TREE;
    private static final Map<Class<?>, ObjectReader> DATA;

    static {
        JsonMapper mapper = JsonMapper.builder().build();
        TREE = mapper.readerFor(JsonNode.class);
        Map<Class<?>, ObjectReader> data = new HashMap<>();
        for (Class<?> family : WebhookData.class.getPermittedSubclasses()) {
            data.put(family, mapper.readerFor(family));
        }
        DATA = Map.copyOf(data);
    }

    /** Does nothing but load this class, which builds the readers: a verifier calls it when it loads. */
    static void readersReady() {
    }

    /**
     * Checks the parts and makes {@code extra} read-only.
     *
     * @param messageId the message id
     * @param signedAt the signing time
     * @param scope the scope
     * @param storeId the store id
     * @param producer the producer
     * @param hash the hash
     * @param createdAt the event time, or empty
     * @param data the data
     * @param extra other fields
     */
    public WebhookEvent {
        Objects.requireNonNull(messageId, "'messageId' cannot be null.");
        Objects.requireNonNull(signedAt, "'signedAt' cannot be null.");
        Objects.requireNonNull(scope, "'scope' cannot be null.");
        Objects.requireNonNull(storeId, "'storeId' cannot be null.");
        Objects.requireNonNull(producer, "'producer' cannot be null.");
        Objects.requireNonNull(hash, "'hash' cannot be null.");
        Objects.requireNonNull(createdAt, "'createdAt' cannot be null.");
        Objects.requireNonNull(data, "'data' cannot be null.");
        extra = extra == null || extra.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    /**
     * The store hash, from {@code producer}.
     *
     * @return the store hash; the whole producer when it is not of the form {@code stores/{hash}}
     */
    public String storeHash() {
        return producer.startsWith(STORE_PREFIX) ? producer.substring(STORE_PREFIX.length()) : producer;
    }

    /**
     * What tells one event from a redelivery of it: producer, scope, {@code hash} and {@code created_at}. The hash
     * alone is not enough: BigCommerce documents it as the hash of {@code data}, which two real updates of one
     * product share; a redelivery keeps both the hash and {@code created_at}.
     *
     * @return the de-duplication key
     */
    public String deduplicationKey() {
        return producer + "|" + scope + "|" + hash + "|" + createdAt.map(t -> Long.toString(t.getEpochSecond()))
                .orElse("-");
    }

    static WebhookEvent parse(String messageId, Instant signedAt, byte[] body) {
        JsonNode root;
        try {
            root = TREE.readValue(body);
        } catch (JacksonException e) {
            throw malformed("The webhook body is not JSON.");
        }
        if (root == null || !root.isObject()) {
            throw malformed("The webhook body is not a JSON object.");
        }
        String scope = text(root, "scope");
        JsonNode data = root.path("data");
        WebhookData typed;
        try {
            Class<? extends WebhookData> family = WebhookData.familyOf(scope);
            typed = family == WebhookData.Other.class ? new WebhookData.Other(data)
                    : data.isObject() ? DATA.get(family).readValue(data) : null;
        } catch (JacksonException e) {
            throw malformed("The webhook's data does not fit its scope " + scope + ".");
        }
        if (typed == null) {
            throw malformed("The webhook's data is not a JSON object.");
        }
        JsonNode created = root.path("created_at");
        Optional<Instant> createdAt = created.isIntegralNumber()
                ? Optional.of(Instant.ofEpochSecond(created.asLong())) : Optional.empty();
        Map<String, JsonNode> extra = new LinkedHashMap<>();
        root.properties().forEach(e -> {
            if (!KNOWN.contains(e.getKey())) {
                extra.put(e.getKey(), e.getValue());
            }
        });
        return new WebhookEvent(messageId, signedAt, scope, text(root, "store_id"), text(root, "producer"),
                text(root, "hash"), createdAt, typed, extra);
    }

    private static String text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || !(node.isString() || node.isNumber()) || node.asString().isEmpty()) {
            throw malformed("The webhook payload has no '" + field + "'.");
        }
        return node.asString();
    }

    private static WebhookVerificationException malformed(String message) {
        return new WebhookVerificationException(Reason.MALFORMED, message);
    }
}
