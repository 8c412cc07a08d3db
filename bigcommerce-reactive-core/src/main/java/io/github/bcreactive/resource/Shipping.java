package io.github.bcreactive.resource;

import static io.github.bcreactive.resource.ResourceSpec.v2;

import java.util.Objects;

import io.github.bcreactive.api.V2Api;
import tools.jackson.databind.JsonNode;

/**
 * Shipping zones and their methods (v2).
 *
 * <pre>{@code
 * client.shipping().zones().methods(1).iterAll();
 * }</pre>
 */
public final class Shipping extends GeneratedShipping {

    private static final ResourceSpec<JsonNode> ZONES = v2("/shipping/zones", JsonNode.class);
    private static final ResourceSpec<JsonNode> METHODS = v2("/shipping/zones/{zone_id}/methods", JsonNode.class);

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
    public Zones zones() {
        return Endpoint.of(v2, ZONES)::itself;
    }

    /**
     * Shipping methods, zone id first ({@code /shipping/zones/{zone_id}/methods}).
     *
     * @return the resource
     */
    public Methods methods() {
        return Endpoint.of(v2, METHODS)::itself;
    }

    /** Shipping zones: list, get, create, update, delete. */
    public interface Zones extends Listable<JsonNode>, Gettable<JsonNode>, Creatable<JsonNode>, Updatable<JsonNode>,
            Deletable<JsonNode> {

        /**
         * The zone's shipping methods.
         *
         * @param zoneId the zone id
         * @return the resource
         */
        default ZoneMethods methods(Object zoneId) {
            return endpoint().child(METHODS, zoneId)::itself;
        }
    }

    /** Shipping methods, zone id first: list, get, create, update, delete. */
    public interface Methods extends SubListable<JsonNode>, SubGettable<JsonNode>, SubCreatable<JsonNode>,
            SubUpdatable<JsonNode>, SubDeletable<JsonNode> {
    }

    /** One zone's shipping methods: list, get, create, update, delete. */
    public interface ZoneMethods extends Listable<JsonNode>, Gettable<JsonNode>, Creatable<JsonNode>,
            Updatable<JsonNode>, Deletable<JsonNode> {
    }
}
