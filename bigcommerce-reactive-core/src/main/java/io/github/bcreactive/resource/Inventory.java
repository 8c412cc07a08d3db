package io.github.bcreactive.resource;

import static io.github.bcreactive.resource.ResourceSpec.v3;

import java.util.Objects;

import io.github.bcreactive.api.V3Api;
import io.github.bcreactive.model.generated.inventory.ItemResponse;
import io.github.bcreactive.model.generated.inventory.LocationItemsResponse;
import io.github.bcreactive.model.generated.inventory.LocationResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Inventory (v3): items across locations, the items at one location, the locations, and stock adjustments.
 *
 * <pre>{@code
 * client.inventory().items().iterAll();
 * client.inventory().locationItems(1L).iterAll();
 * client.inventory().adjustRelative(Map.of("reason", "recount",
 *         "items", List.of(Map.of("location_id", 1, "variant_id", 301, "quantity", -2))));
 * }</pre>
 */
public final class Inventory extends GeneratedInventory {

    private static final ResourceSpec<ItemResponse> ITEMS = v3("/inventory/items", ItemResponse.class);
    private static final ResourceSpec<LocationResponse> LOCATIONS = v3("/inventory/locations", LocationResponse.class);
    private static final ResourceSpec<LocationItemsResponse> LOCATION_ITEMS =
            v3("/inventory/locations/{location_id}/items", LocationItemsResponse.class);

    private static final String ABSOLUTE_ADJUSTMENTS = "/inventory/adjustments/absolute";
    private static final String RELATIVE_ADJUSTMENTS = "/inventory/adjustments/relative";

    private final V3Api v3;

    /**
     * Creates the family over a store's API; {@code client.inventory()} is the usual way to get it.
     *
     * @param v3 the store's API
     */
    Inventory(V3Api v3) {
        super(Objects.requireNonNull(v3, "'v3' cannot be null."));
        this.v3 = v3;
    }

    /**
     * Inventory items across locations ({@code /inventory/items}).
     *
     * @return the resource
     */
    public ListOnly<ItemResponse> items() {
        return Endpoint.of(v3, ITEMS)::itself;
    }

    /**
     * Locations ({@code /inventory/locations}).
     *
     * @return the resource
     */
    public ListAndDelete<LocationResponse> locations() {
        return Endpoint.of(v3, LOCATIONS)::itself;
    }

    /**
     * Inventory items, location id first ({@code /inventory/locations/{location_id}/items}).
     *
     * @return the resource
     */
    public SubListOnly<LocationItemsResponse, Long> locationItems() {
        return Endpoint.of(v3, LOCATION_ITEMS)::itself;
    }

    /**
     * Inventory items, of one location ({@code /inventory/locations/{location_id}/items}).
     *
     * @param locationId the {@code location_id}
     * @return the resource
     */
    public ListOnly<LocationItemsResponse> locationItems(long locationId) {
        return Endpoint.of(v3, LOCATION_ITEMS).bind(locationId)::itself;
    }

    /**
     * Sets stock to absolute levels ({@code PUT /inventory/adjustments/absolute}). Setting the same levels twice
     * leaves the same stock, so this call is safe to repeat.
     *
     * @param adjustment {@code {"reason": ..., "items": [{"location_id", "variant_id" or "product_id", "quantity"}]}}
     * @return the response, e.g. {@code {"transaction_id": "..."}}
     */
    public Mono<JsonNode> adjustAbsolute(Object adjustment) {
        return v3.put(ABSOLUTE_ADJUSTMENTS, Objects.requireNonNull(adjustment, "'adjustment' cannot be null."));
    }

    /**
     * Changes stock by relative amounts ({@code POST /inventory/adjustments/relative}). Repeating it changes stock
     * again, so, like every POST, it is never retried once it may have reached the store.
     *
     * @param adjustment {@code {"reason": ..., "items": [{"location_id", "variant_id" or "product_id", "quantity"}]}}
     * @return the response, e.g. {@code {"transaction_id": "..."}}
     */
    public Mono<JsonNode> adjustRelative(Object adjustment) {
        return v3.post(RELATIVE_ADJUSTMENTS, Objects.requireNonNull(adjustment, "'adjustment' cannot be null."));
    }
}
