package io.github.bcreactive.resource;

import java.util.Objects;

import io.github.bcreactive.api.V2Api;
import io.github.bcreactive.api.V3Api;

/**
 * The v2 API of one store as {@code BigCommerceClient.v2()} returns it: the low-level verbs of {@link V2Api} and the
 * Python client's table of {@link V2Resources}, aliases onto the families. It lives here, above the API layer, so
 * that the API layer does not depend on the resources.
 *
 * <pre>{@code
 * client.v2().get("/orders/101");                      // low-level
 * client.v2().orders().products(101L).iterAll();       // the Python client's table: client.orders().products(101L)
 * }</pre>
 */
public final class V2Table extends V2Api implements V2Resources {

    private final StoreResources families;

    /**
     * Creates the v2 API and table over the transport of the store's v3 API; package-private, so
     * {@code BigCommerceClient.v2()} is the way to get one.
     *
     * @param v3 the store's v3 API
     */
    V2Table(V3Api v3) {
        super(Objects.requireNonNull(v3, "'v3' cannot be null."));
        this.families = new StoreResources() {
            @Override
            public V2Table v2() {
                return V2Table.this;
            }

            @Override
            public V3Api v3() {
                return v3;
            }
        };
    }

    @Override
    public StoreResources families() {
        return families;
    }
}
