package io.github.bcreactive.resource;

import static io.github.bcreactive.resource.ResourceSpec.v3;

import java.util.Objects;

import io.github.bcreactive.api.V3Api;
import io.github.bcreactive.model.Webhook;

/**
 * Webhooks (v3 {@code /hooks}).
 *
 * <pre>{@code
 * client.webhooks().hooks().create(Map.of("scope", "store/order/*", "destination", url, "is_active", true));
 * }</pre>
 */
public final class Webhooks extends GeneratedWebhooks {

    private static final ResourceSpec<Webhook> HOOKS = v3("/hooks", Webhook.class);

    private final V3Api v3;

    /**
     * Creates the family over a store's API; {@code client.webhooks()} is the usual way to get it.
     *
     * @param v3 the store's API
     */
    Webhooks(V3Api v3) {
        super(Objects.requireNonNull(v3, "'v3' cannot be null."));
        this.v3 = v3;
    }

    /**
     * Webhooks ({@code /hooks}).
     *
     * @return the resource
     */
    public Hooks hooks() {
        return Endpoint.of(v3, HOOKS)::itself;
    }

    /** Webhooks: list, get, create, update, delete. */
    public interface Hooks extends Listable<Webhook>, Gettable<Webhook>, Creatable<Webhook>, Updatable<Webhook>,
            Deletable<Webhook> {
    }
}
