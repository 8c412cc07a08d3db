package io.github.bcreactive.test.store;

import java.util.Objects;

/**
 * One simulated store: its hash, its access token, and one {@link Table} per resource.
 */
public final class StoreData {

    private final String hash;
    private final String accessToken;
    private final StoreSizes sizes;
    private final ProductRows productRows;
    private final Table products;
    private final Table variants;
    private final Table images;
    private final Table customFields;
    private final Table categories;
    private final Table brands;
    private final Table customers;
    private final Table webhooks;
    private final Table orders;
    private final Table orderProducts;
    private final Table shippingAddresses;
    private final Table shipments;
    private final Table coupons;

    /**
     * Creates a store whose rows derive from {@code seed}.
     *
     * @param hash the store hash
     * @param accessToken the token that authenticates API calls to this store
     * @param seed the store's seed
     * @param sizes how many rows each resource starts with
     */
    public StoreData(String hash, String accessToken, long seed, StoreSizes sizes) {
        this.hash = Objects.requireNonNull(hash, "'hash' cannot be null.");
        this.accessToken = Objects.requireNonNull(accessToken, "'accessToken' cannot be null.");
        this.sizes = Objects.requireNonNull(sizes, "'sizes' cannot be null.");
        this.productRows = new ProductRows(seed, sizes.products(), sizes.categories(), sizes.brands());
        this.products = Table.dense(sizes.products(), productRows);
        this.variants = productChildren(ProductChildRows.Kind.VARIANTS);
        this.images = productChildren(ProductChildRows.Kind.IMAGES);
        this.customFields = productChildren(ProductChildRows.Kind.CUSTOM_FIELDS);
        this.categories = Table.dense(sizes.categories(), new CategoryRows(seed));
        this.brands = Table.dense(sizes.brands(), new BrandRows());
        CustomerRows customerRows = new CustomerRows(seed);
        this.customers = Table.dense(sizes.customers(), customerRows);
        this.webhooks = Table.dense(0, id -> null);
        OrderRows orderRows = new OrderRows(seed, sizes.customers(), sizes.products(), productRows, customerRows);
        this.orders = Table.dense(sizes.orders(), orderRows);
        this.orderProducts = orderChildren(orderRows.lines());
        this.shippingAddresses = orderChildren(orderRows.shippingAddresses());
        this.shipments = orderChildren(orderRows.shipments());
        this.coupons = orderChildren(orderRows.coupons());
    }

    private Table productChildren(ProductChildRows.Kind kind) {
        ProductChildRows rows = new ProductChildRows(productRows, kind, hash);
        return Table.children(rows.maxId(sizes.products()), rows, "product_id",
                productId -> productId <= sizes.products() ? rows.childIds(productId) : new long[0]);
    }

    private Table orderChildren(OrderRows.Children rows) {
        return Table.children(rows.maxId(sizes.orders()), rows, "order_id",
                orderId -> orderId <= sizes.orders() ? rows.childIds(orderId) : new long[0]);
    }

    /**
     * The store hash.
     *
     * @return the hash
     */
    public String hash() {
        return hash;
    }

    /**
     * Tells whether a token is this store's access token, in constant time.
     *
     * @param token the token a request carried, may be {@code null}
     * @return {@code true} when it matches
     */
    public boolean acceptsToken(String token) {
        return token != null && java.security.MessageDigest.isEqual(
                token.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                accessToken.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * The store's access token.
     *
     * @return the token
     */
    public String accessToken() {
        return accessToken;
    }

    /**
     * The generated sizes.
     *
     * @return the sizes
     */
    public StoreSizes sizes() {
        return sizes;
    }

    /** @return catalog products */
    public Table products() {
        return products;
    }

    /** @return product variants, keyed by {@code product_id} */
    public Table variants() {
        return variants;
    }

    /** @return product images, keyed by {@code product_id} */
    public Table images() {
        return images;
    }

    /** @return product custom fields, keyed by {@code product_id} */
    public Table customFields() {
        return customFields;
    }

    /** @return catalog categories */
    public Table categories() {
        return categories;
    }

    /** @return catalog brands */
    public Table brands() {
        return brands;
    }

    /** @return customers */
    public Table customers() {
        return customers;
    }

    /** @return webhooks, empty at start */
    public Table webhooks() {
        return webhooks;
    }

    /** @return orders */
    public Table orders() {
        return orders;
    }

    /** @return order lines, keyed by {@code order_id} */
    public Table orderProducts() {
        return orderProducts;
    }

    /** @return order shipping addresses, keyed by {@code order_id} */
    public Table shippingAddresses() {
        return shippingAddresses;
    }

    /** @return order shipments, keyed by {@code order_id} */
    public Table shipments() {
        return shipments;
    }

    /** @return order coupons, keyed by {@code order_id} */
    public Table coupons() {
        return coupons;
    }

    /**
     * Looks up a live product whose name equals {@code name}, ignoring case.
     *
     * @param name the name
     * @return its id, or {@code -1}
     */
    public long productIdByName(String name) {
        long generated = ProductRows.idFromName(name);
        java.util.stream.LongStream candidates = generated > 0
                ? java.util.stream.LongStream.concat(java.util.stream.LongStream.of(generated), products.changedIds())
                : products.changedIds();
        return products.findByText("name", name, candidates.filter(products::contains));
    }

    @Override
    public String toString() {
        return "StoreData[hash=" + hash + ", sizes=" + sizes + "]";
    }
}
