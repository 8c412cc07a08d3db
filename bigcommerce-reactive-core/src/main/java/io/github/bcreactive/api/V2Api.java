package io.github.bcreactive.api;

import java.util.Objects;

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
     * Creates the API over a store's transport ({@link ApiVersion#api}); {@code BigCommerceClient.v2()} is the way to
     * get one.
     *
     * @param transport the store's request pipeline
     */
    V2Api(Transport transport) {
        super(transport, ApiVersion.V2);
    }

    /**
     * Creates the v2 API over the same store and transport as another API of it: the constructor of the v2 table,
     * {@code resource.V2Table}, which lives above this layer. It hands out no transport.
     *
     * @param sameStore an API of the store, of any version
     */
    protected V2Api(RestApi sameStore) {
        this(Objects.requireNonNull(sameStore, "'sameStore' cannot be null.").transport());
    }
}
