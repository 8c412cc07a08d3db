package io.github.bcreactive.http;

import io.github.bcreactive.resource.V2Resources;

/**
 * The v2 API of one store: the low-level verbs of {@link RestApi} on {@code /stores/{hash}/v2}.
 *
 * <pre>{@code
 * client.v2().get("/orders/101");
 * client.v2().orders().products(101).iterAll();     // the typed v2 table, see V2Resources
 * }</pre>
 */
public final class V2Api extends RestApi implements V2Resources {

    /**
     * Creates the API over a store's transport. {@code BigCommerceClient.v2()} is the usual way to get one.
     *
     * @param transport the store's request pipeline
     */
    public V2Api(Transport transport) {
        super(transport, ApiVersion.V2);
    }
}
