package io.github.bcreactive.test.store;

/**
 * How many rows of each resource a store starts with.
 *
 * @param products catalog products (each with 1-3 variants, 1-2 images, 0-2 custom fields)
 * @param categories catalog categories
 * @param brands catalog brands
 * @param customers customers
 * @param orders orders (each with 1-3 lines, a shipping address, and sometimes a shipment and a coupon)
 */
public record StoreSizes(long products, int categories, int brands, int customers, int orders) {

    /**
     * Validates the sizes.
     *
     * @throws IllegalArgumentException when a size is negative
     */
    public StoreSizes {
        if (products < 0 || categories < 0 || brands < 0 || customers < 0 || orders < 0) {
            throw new IllegalArgumentException("store sizes cannot be negative: " + this);
        }
    }
}
