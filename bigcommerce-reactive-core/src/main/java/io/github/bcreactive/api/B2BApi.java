package io.github.bcreactive.api;

import io.github.bcreactive.http.Transport;

/**
 * The B2B Edition REST management API of one store: the low-level verbs of {@link RestApi} on
 * {@code https://api-b2b.bigcommerce.com/api/v3/io}, authenticated with {@code X-Auth-Token} and
 * {@code X-Store-Hash}, rate limited by its own limiter. Listings page by {@code offset}/{@code limit}; bodies come
 * in their {@code {"code", "data", "meta"}} envelope.
 *
 * <pre>{@code
 * client.b2b().api().getMany("/companies", Query.of("companyStatus", 1));
 * client.b2b().api().get("/companies/42");
 * }</pre>
 */
public final class B2BApi extends RestApi {

    /**
     * Creates the API over a store's B2B Edition transport; package-private, so
     * {@code BigCommerceClient.b2b().api()} is the way to get one.
     *
     * @param transport the store's B2B Edition request pipeline
     */
    B2BApi(Transport transport) {
        super(transport, ApiVersion.B2B);
    }
}
