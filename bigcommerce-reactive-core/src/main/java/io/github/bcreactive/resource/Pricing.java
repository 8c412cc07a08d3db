package io.github.bcreactive.resource;

import static io.github.bcreactive.resource.ResourceSpec.v3;

import java.util.Objects;

import io.github.bcreactive.api.V3Api;
import tools.jackson.databind.JsonNode;

/**
 * Prices as shoppers see them (v3 {@code /pricing/products}): {@code create} sends a price request and answers
 * with the prices.
 *
 * <pre>{@code
 * client.pricing().products().create(Map.of("channel_id", 1, "currency_code", "USD", "items", items));
 * }</pre>
 */
public final class Pricing {

    private static final ResourceSpec<JsonNode> PRODUCTS = v3("/pricing/products", JsonNode.class);

    private final V3Api v3;

    /**
     * Creates the family over a store's API; {@code client.pricing()} is the usual way to get it.
     *
     * @param v3 the store's API
     */
    Pricing(V3Api v3) {
        this.v3 = Objects.requireNonNull(v3, "'v3' cannot be null.");
    }

    /**
     * Price requests ({@code /pricing/products}).
     *
     * @return the resource
     */
    public CreateOnly<JsonNode> products() {
        return Endpoint.of(v3, PRODUCTS)::itself;
    }
}
