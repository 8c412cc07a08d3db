package io.github.bcreactive.api;

import io.github.bcreactive.http.Transport;

/**
 * The v3 API of one store: the low-level verbs of {@link RestApi} on {@code /stores/{hash}/v3}.
 *
 * <pre>{@code
 * client.v3().get("/catalog/products/77");
 * }</pre>
 */
public final class V3Api extends RestApi {

    /**
     * Creates the API over a store's transport; package-private, so {@code BigCommerceClient.v3()} is the way to get
     * one.
     *
     * @param transport the store's request pipeline
     */
    V3Api(Transport transport) {
        super(transport, ApiVersion.V3);
    }
}
