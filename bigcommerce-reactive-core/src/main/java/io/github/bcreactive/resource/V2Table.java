package io.github.bcreactive.resource;

import io.github.bcreactive.api.V2Api;
import io.github.bcreactive.http.Transport;

/**
 * The v2 API of one store as {@code BigCommerceClient.v2()} returns it: the low-level verbs of {@link V2Api} and the
 * typed table of {@link V2Resources}. It lives here, above the API layer, so that the API layer does not depend on
 * the resources.
 *
 * <pre>{@code
 * client.v2().get("/orders/101");                      // low-level
 * client.v2().orders().products(101).iterAll();        // the typed v2 table
 * }</pre>
 */
public final class V2Table extends V2Api implements V2Resources {

    /**
     * Creates the v2 API and table over a store's transport. {@code BigCommerceClient.v2()} is the usual way to get
     * one.
     *
     * @param transport the store's request pipeline
     */
    public V2Table(Transport transport) {
        super(transport);
    }
}
