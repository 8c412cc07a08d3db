package io.github.bcreactive.resource;

import static io.github.bcreactive.resource.ResourceSpec.v2;

import java.util.Objects;

import io.github.bcreactive.api.V2Api;
import io.github.bcreactive.model.generated.shipping.ShippingMethodFull;
import io.github.bcreactive.model.generated.shipping.ShippingZone;

/**
 * Shipping zones and their methods (v2).
 *
 * <pre>{@code
 * client.shipping().zones().iterAll();
 * client.shipping().methods(1L).iterAll();
 * }</pre>
 */
public final class Shipping extends GeneratedShipping {

    private static final ResourceSpec<ShippingZone> ZONES =
            v2("/shipping/zones", ShippingZone.class);
    private static final ResourceSpec<ShippingMethodFull> METHODS =
            v2("/shipping/zones/{zone_id}/methods", ShippingMethodFull.class);

    private final V2Api v2;

    /**
     * Creates the family over a store's API; {@code client.shipping()} is the usual way to get it.
     *
     * @param v2 the store's API
     */
    Shipping(V2Api v2) {
        super(Objects.requireNonNull(v2, "'v2' cannot be null."));
        this.v2 = v2;
    }

    /**
     * Shipping zones ({@code /shipping/zones}).
     *
     * @return the resource
     */
    public Crud<ShippingZone, Long> zones() {
        return Endpoint.of(v2, ZONES)::itself;
    }

    /**
     * Shipping methods, zone id first ({@code /shipping/zones/{zone_id}/methods}).
     *
     * @return the resource
     */
    public SubCrud<ShippingMethodFull, Long, Long> methods() {
        return Endpoint.of(v2, METHODS)::itself;
    }

    /**
     * Shipping methods, of one zone ({@code /shipping/zones/{zone_id}/methods}).
     *
     * @param zoneId the {@code zone_id}
     * @return the resource
     */
    public Crud<ShippingMethodFull, Long> methods(long zoneId) {
        return Endpoint.of(v2, METHODS).bind(zoneId)::itself;
    }
}
