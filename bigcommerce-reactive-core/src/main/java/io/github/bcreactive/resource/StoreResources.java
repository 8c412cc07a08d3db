package io.github.bcreactive.resource;

import io.github.bcreactive.api.V3Api;

/**
 * The domain resources of a store, each family on the API version BigCommerce recommends for it.
 * {@code BigCommerceClient} implements this over its own APIs.
 *
 * <pre>{@code
 * client.catalog().products().iterAll(Query.of("is_visible", true));
 * client.orders().products(101).iterAll();
 * client.customers().createAll(newCustomers);
 * }</pre>
 */
public interface StoreResources {

    /**
     * The store's v2 API.
     *
     * @return the v2 API
     */
    V2Table v2();

    /**
     * The store's v3 API.
     *
     * @return the v3 API
     */
    V3Api v3();

    /**
     * The catalog (v3): products and their sub-resources, brands, categories, category trees, summary.
     *
     * @return the family
     */
    default Catalog catalog() {
        return new Catalog(v3());
    }

    /**
     * Orders (v2), with their v3 transactions, refunds and metafields, and order statuses.
     *
     * @return the family
     */
    default Orders orders() {
        return new Orders(v2());
    }

    /**
     * Customers, addresses, attributes and form-field values (v3); customer groups (v2).
     *
     * @return the family
     */
    default Customers customers() {
        return new Customers(v2());
    }

    /**
     * Carts, items and redirect URLs (v3).
     *
     * @return the family
     */
    default Carts carts() {
        return new Carts(v3());
    }

    /**
     * Checkouts with billing address, consignments, coupons, discounts and orders (v3).
     *
     * @return the family
     */
    default Checkouts checkouts() {
        return new Checkouts(v3());
    }

    /**
     * Webhooks (v3).
     *
     * @return the family
     */
    default Webhooks webhooks() {
        return new Webhooks(v3());
    }

    /**
     * The store profile and time, currencies, countries and states, tax classes, payment methods.
     *
     * @return the family
     */
    default StoreInfo store() {
        return new StoreInfo(v2());
    }

    /**
     * Shopper-facing prices (v3).
     *
     * @return the family
     */
    default Pricing pricing() {
        return new Pricing(v3());
    }

    /**
     * Channels and their listings (v3).
     *
     * @return the family
     */
    default Channels channels() {
        return new Channels(v3());
    }

    /**
     * Sites and their routes (v3).
     *
     * @return the family
     */
    default Sites sites() {
        return new Sites(v3());
    }

    /**
     * Price lists and their records (v3).
     *
     * @return the family
     */
    default PriceLists priceLists() {
        return new PriceLists(v3());
    }

    /**
     * Inventory items and locations (v3).
     *
     * @return the family
     */
    default Inventory inventory() {
        return new Inventory(v3());
    }

    /**
     * Pages, scripts and redirects (v3); blog posts and banners (v2).
     *
     * @return the family
     */
    default Content content() {
        return new Content(v2());
    }

    /**
     * Coupons and gift certificates (v2); subscribers and wishlists (v3).
     *
     * @return the family
     */
    default Marketing marketing() {
        return new Marketing(v2());
    }

    /**
     * Shipping zones and methods (v2).
     *
     * @return the family
     */
    default Shipping shipping() {
        return new Shipping(v2());
    }

    /**
     * Tax settings, rates and zones, properties and customers (v3).
     *
     * @return the family
     */
    default Tax tax() {
        return new Tax(v3());
    }

    /**
     * Accepted payment methods and payment access tokens (v3).
     *
     * @return the family
     */
    default Payments payments() {
        return new Payments(v3());
    }
}
