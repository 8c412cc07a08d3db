package io.github.bcreactive.codegen;

import java.util.Map;

/**
 * The names of the models users meet first, where the spec gives the schema none of its own: the items of the main
 * listings are inline schemas, named after their operation ({@code GetProductsResponseItem}), or carry the spec's
 * file prefix ({@code CustomersCustomerFull}). Each entry is the family and the name the builder would give, and the
 * name it gets; a renamed model's Javadoc still names the schema and spec it came from.
 */
final class ModelNames {

    private static final Map<String, String> NAMES = Map.of(
            "catalog GetProductsResponseItem", "Product",
            "catalog GetAllBulkPricingRulesResponse", "BulkPricingRule",
            "catalog CreateBrandImageResponse", "ImageUrl",
            "customers CustomersCustomerFull", "Customer",
            "customers GetCustomersAddressesResponseItem", "CustomerAddress",
            "priceLists GetPriceListsResponseItem", "PriceList",
            "shipping GetShippingZonesResponseItem", "ShippingZone",
            "webhooks GetWebhooksResponseItem", "Webhook");

    private ModelNames() {
    }

    /**
     * The name of a new top-level model.
     *
     * @param family the family ({@code catalog})
     * @param suggested the name the builder would give it
     * @return the name it gets: an entry's, else {@code suggested}
     */
    static String of(String family, String suggested) {
        return NAMES.getOrDefault(family + " " + suggested, suggested);
    }
}
