package io.github.bcreactive.test.api;

/**
 * Every simulated store endpoint, routed.
 */
public final class Endpoints {

    private final Router router = new Router();

    /**
     * Builds the routing table.
     */
    public Endpoints() {
        new CatalogApi().register(router);
        new CustomersApi().register(router);
        new OrdersApi().register(router);
        new StoreApi().register(router);
        new GraphQLApi().register(router);
        new StorefrontTokensApi().register(router);
    }

    /**
     * Handles one authenticated store API call.
     *
     * @param request the call
     * @return the response
     */
    public ApiResponse handle(ApiRequest request) {
        return router.dispatch(request);
    }
}
