package io.github.bcreactive.api;

import io.github.bcreactive.http.Transport;

/**
 * The v2 API of one store: the low-level verbs of {@link RestApi} on {@code /stores/{hash}/v2}.
 * {@code BigCommerceClient.v2()} returns it together with the typed v2 table.
 *
 * <pre>{@code
 * client.v2().get("/orders/101");
 * client.v2().getMany("/orders/101/messages");
 * }</pre>
 */
public non-sealed class V2Api extends RestApi {

    /**
     * Creates the API over a store's transport. {@code BigCommerceClient.v2()} is the usual way to get one.
     *
     * @param transport the store's request pipeline
     */
    public V2Api(Transport transport) {
        super(transport, ApiVersion.V2);
    }
}
