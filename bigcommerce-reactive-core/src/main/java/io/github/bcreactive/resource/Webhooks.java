package io.github.bcreactive.resource;

import static io.github.bcreactive.resource.ResourceSpec.v3;

import java.util.Objects;

import io.github.bcreactive.api.V3Api;
import io.github.bcreactive.model.generated.webhooks.Webhook;

/**
 * Webhooks (v3 {@code /hooks}). The family is itself the webhooks resource ({@link Crud}).
 *
 * <pre>{@code
 * client.webhooks().create(Map.of("scope", "store/order/*", "destination", url, "is_active", true));
 * }</pre>
 */
public final class Webhooks extends GeneratedWebhooks implements Crud<Webhook, Long> {

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
     * The webhooks themselves ({@code /hooks}): this family's own capabilities run on it.
     *
     * @return the endpoint
     */
    @Override
    public Endpoint<Webhook> endpoint() {
        return Endpoint.of(v3, HOOKS);
    }
}
