package io.github.bcreactive.resource;

import io.github.bcreactive.api.RestApi;

/**
 * Tax (v3): settings, rates and zones, properties, customers; everything is generated from the specs (the v2 tax
 * classes are in {@code client.v2().taxClasses()}).
 *
 * <pre>{@code
 * client.tax().getTaxSettings(Query.empty());
 * }</pre>
 */
public final class Tax extends GeneratedTax {

    /**
     * Creates the family over a store's API; {@code client.tax()} is the usual way to get it.
     *
     * @param api the store's API, of either version
     */
    Tax(RestApi api) {
        super(api);
    }
}
