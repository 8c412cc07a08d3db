package io.github.bcreactive;

import io.github.bcreactive.api.B2BApi;
import io.github.bcreactive.http.RequestOptions;
import io.github.bcreactive.http.Transport;
import io.github.bcreactive.resource.B2BResources;

/**
 * A store's B2B Edition REST management API ({@code https://api-b2b.bigcommerce.com/api/v3/io}): every call carries
 * {@code X-Auth-Token} and {@code X-Store-Hash}, and waits for its own rate limiter, which follows B2B Edition's
 * headers ({@code X-Requests-Allocated}, {@code X-Requests-Remaining}, {@code X-Request-Window-Resets-After}), apart
 * from the store's REST quota. B2B Edition's budget (150 requests a minute) is shared by every integration on the
 * store, so the limiter lowers its count whenever the store reports fewer requests left than it counted. Listings page
 * by {@code offset}/{@code limit}. Get one from {@link BigCommerceClient#b2b()}; it shares the client's connection
 * pool, timeouts, retries and policies.
 *
 * <pre>{@code
 * client.b2b().companies().companies().iterAll(Query.of("companyStatus", 1))
 *         .subscribe(company -> log.info("{}", company.path("companyName").asString()));
 * client.b2b().api().get("/companies/42");
 * }</pre>
 */
public final class BigCommerceB2BClient implements B2BResources {

    private final Transport transport;
    private final B2BApi api;

    BigCommerceB2BClient(Transport transport) {
        this.transport = transport;
        this.api = Wiring.b2b(transport);
    }

    /**
     * The low-level B2B Edition API: verbs on any path under {@code /api/v3/io}, listings paged by offset.
     *
     * @return the API
     */
    @Override
    public B2BApi api() {
        return api;
    }

    /**
     * The store this client talks to, sent as {@code X-Store-Hash}.
     *
     * @return the store hash
     */
    public String storeHash() {
        return transport.endpoint().storeKey();
    }

    /**
     * This client with other per-call defaults; it shares the connection pool and the B2B rate limiter.
     *
     * @param options the per-call settings
     * @return the client with the options
     */
    public BigCommerceB2BClient withOptions(RequestOptions options) {
        return new BigCommerceB2BClient(transport.withOptions(options));
    }

    @Override
    public String toString() {
        return "BigCommerceB2BClient[" + transport.endpoint() + "]";
    }
}
