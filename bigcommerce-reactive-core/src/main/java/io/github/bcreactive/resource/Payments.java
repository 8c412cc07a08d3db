package io.github.bcreactive.resource;

import io.github.bcreactive.api.RestApi;

/**
 * Payments (v3): accepted payment methods and payment access tokens; everything is generated from the specs (the
 * v2 payment methods are in {@code client.v2().paymentMethods()}).
 *
 * <pre>{@code
 * client.payments().createPaymentAccessToken(Map.of("order", Map.of("id", 101)));
 * }</pre>
 */
public final class Payments extends GeneratedPayments {

    /**
     * Creates the family over a store's API; {@code client.payments()} is the usual way to get it.
     *
     * @param api the store's API, of either version
     */
    Payments(RestApi api) {
        super(api);
    }
}
