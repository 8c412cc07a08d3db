package io.github.bcreactive.resource;

import io.github.bcreactive.api.ApiVersion;
import io.github.bcreactive.api.RestApi;
import io.github.bcreactive.model.Currency;
import io.github.bcreactive.model.CustomerGroup;
import io.github.bcreactive.model.Order;
import io.github.bcreactive.model.OrderCoupon;
import io.github.bcreactive.model.OrderProduct;
import io.github.bcreactive.model.OrderShippingAddress;
import io.github.bcreactive.model.Shipment;
import io.github.bcreactive.model.Store;
import io.github.bcreactive.model.Webhook;
import tools.jackson.databind.JsonNode;

/**
 * The whole resource table of the Python client bigcommerce-api-python 0.23.4, on v2, each resource with the
 * capabilities (mixins) it has there, and every resource's {@code get} by id. Sub-resources are reachable
 * standalone (parent id first, as {@code api.OrderProducts.all(101)}) and from the parent (as {@code
 * api.Orders.get(101).products()}), and, unlike the Python client's, they page.
 *
 * <pre>{@code
 * client.v2().orders().products(101).iterAll();
 * client.v2().orderProducts().get(101, 7);
 * client.v2().orderStatuses().iterAll();
 * }</pre>
 */
public interface V2Resources {

    /**
     * This store's API in a version; {@link V2Table} implements it as {@code RestApi.withVersion}.
     *
     * @param version the version wanted
     * @return the store's API in that version
     */
    RestApi withVersion(ApiVersion version);

    /**
     * Banners ({@code /banners}).
     *
     * @return the resource
     */
    default Banners banners() {
        return Endpoint.of(withVersion(ApiVersion.V2), V2Specs.BANNERS)::itself;
    }

    /**
     * Blog posts ({@code /blog/posts}).
     *
     * @return the resource
     */
    default BlogPosts blogPosts() {
        return Endpoint.of(withVersion(ApiVersion.V2), V2Specs.BLOG_POSTS)::itself;
    }

    /**
     * Brands ({@code /brands}).
     *
     * @return the resource
     */
    default Brands brands() {
        return Endpoint.of(withVersion(ApiVersion.V2), V2Specs.BRANDS)::itself;
    }

    /**
     * Categories ({@code /categories}).
     *
     * @return the resource
     */
    default Categories categories() {
        return Endpoint.of(withVersion(ApiVersion.V2), V2Specs.CATEGORIES)::itself;
    }

    /**
     * Countries ({@code /countries}).
     *
     * @return the resource
     */
    default Countries countries() {
        return Endpoint.of(withVersion(ApiVersion.V2), V2Specs.COUNTRIES)::itself;
    }

    /**
     * States, country id first ({@code /countries/{country_id}/states}).
     *
     * @return the resource
     */
    default CountryStates countryStates() {
        return Endpoint.of(withVersion(ApiVersion.V2), V2Specs.COUNTRY_STATES)::itself;
    }

    /**
     * Coupons ({@code /coupons}).
     *
     * @return the resource
     */
    default Coupons coupons() {
        return Endpoint.of(withVersion(ApiVersion.V2), V2Specs.COUPONS)::itself;
    }

    /**
     * Currencies ({@code /currencies}).
     *
     * @return the resource
     */
    default Currencies currencies() {
        return Endpoint.of(withVersion(ApiVersion.V2), V2Specs.CURRENCIES)::itself;
    }

    /**
     * Customer groups ({@code /customer_groups}).
     *
     * @return the resource
     */
    default CustomerGroups customerGroups() {
        return Endpoint.of(withVersion(ApiVersion.V2), V2Specs.CUSTOMER_GROUPS)::itself;
    }

    /**
     * Customers ({@code /customers}).
     *
     * @return the resource
     * @deprecated the official specs deprecate the v2 customers: use {@code client.customers().customers()} (v3 {@code
     *     /customers}).
     */
    @Deprecated
    default Customers customers() {
        return Endpoint.of(withVersion(ApiVersion.V2), V2Specs.CUSTOMERS)::itself;
    }

    /**
     * Addresses, customer id first ({@code /customers/{customer_id}/addresses}).
     *
     * @return the resource
     * @deprecated the official specs deprecate the v2 customers: use {@code client.customers().addresses()} (v3 {@code
     *     /customers/addresses}).
     */
    @Deprecated
    default CustomerAddresses customerAddresses() {
        return Endpoint.of(withVersion(ApiVersion.V2), V2Specs.CUSTOMER_ADDRESSES)::itself;
    }

    /**
     * Gift certificates ({@code /gift_certificates}).
     *
     * @return the resource
     */
    default GiftCertificates giftCertificates() {
        return Endpoint.of(withVersion(ApiVersion.V2), V2Specs.GIFT_CERTIFICATES)::itself;
    }

    /**
     * Option sets ({@code /option_sets}).
     *
     * @return the resource
     */
    default OptionSets optionSets() {
        return Endpoint.of(withVersion(ApiVersion.V2), V2Specs.OPTION_SETS)::itself;
    }

    /**
     * Options, option set id first ({@code /option_sets/{option_set_id}/options}).
     *
     * @return the resource
     */
    default OptionSetOptions optionSetOptions() {
        return Endpoint.of(withVersion(ApiVersion.V2), V2Specs.OPTION_SET_OPTIONS)::itself;
    }

    /**
     * Options ({@code /options}).
     *
     * @return the resource
     */
    default Options options() {
        return Endpoint.of(withVersion(ApiVersion.V2), V2Specs.OPTIONS)::itself;
    }

    /**
     * Values, option id first ({@code /options/{option_id}/values}).
     *
     * @return the resource
     */
    default OptionValues optionValues() {
        return Endpoint.of(withVersion(ApiVersion.V2), V2Specs.OPTION_VALUES)::itself;
    }

    /**
     * Order statuses ({@code /order_statuses}).
     *
     * @return the resource
     */
    default OrderStatuses orderStatuses() {
        return Endpoint.of(withVersion(ApiVersion.V2), V2Specs.ORDER_STATUSES)::itself;
    }

    /**
     * Orders ({@code /orders}).
     *
     * @return the resource
     */
    default Orders orders() {
        return Endpoint.of(withVersion(ApiVersion.V2), V2Specs.ORDERS)::itself;
    }

    /**
     * Coupons, order id first ({@code /orders/{order_id}/coupons}).
     *
     * @return the resource
     */
    default OrderCoupons orderCoupons() {
        return Endpoint.of(withVersion(ApiVersion.V2), V2Specs.ORDER_COUPONS)::itself;
    }

    /**
     * Products, order id first ({@code /orders/{order_id}/products}).
     *
     * @return the resource
     */
    default OrderProducts orderProducts() {
        return Endpoint.of(withVersion(ApiVersion.V2), V2Specs.ORDER_PRODUCTS)::itself;
    }

    /**
     * Shipments, order id first ({@code /orders/{order_id}/shipments}).
     *
     * @return the resource
     */
    default OrderShipments orderShipments() {
        return Endpoint.of(withVersion(ApiVersion.V2), V2Specs.ORDER_SHIPMENTS)::itself;
    }

    /**
     * Shipping addresses, order id first ({@code /orders/{order_id}/shipping_addresses}).
     *
     * @return the resource
     */
    default OrderShippingAddresses orderShippingAddresses() {
        return Endpoint.of(withVersion(ApiVersion.V2), V2Specs.ORDER_SHIPPING_ADDRESSES)::itself;
    }

    /**
     * Messages, order id first ({@code /orders/{order_id}/messages}).
     *
     * @return the resource
     */
    default OrderMessages orderMessages() {
        return Endpoint.of(withVersion(ApiVersion.V2), V2Specs.ORDER_MESSAGES)::itself;
    }

    /**
     * Taxes, order id first ({@code /orders/{order_id}/taxes}).
     *
     * @return the resource
     */
    default OrderTaxes orderTaxes() {
        return Endpoint.of(withVersion(ApiVersion.V2), V2Specs.ORDER_TAXES)::itself;
    }

    /**
     * Pages ({@code /pages}).
     *
     * @return the resource
     * @deprecated the v2 pages are sunset: use {@code client.content().pages()} (v3 {@code /content/pages}).
     */
    @Deprecated
    default Pages pages() {
        return Endpoint.of(withVersion(ApiVersion.V2), V2Specs.PAGES)::itself;
    }

    /**
     * Payment methods ({@code /payments/methods}).
     *
     * @return the resource
     * @deprecated the official specs deprecate the v2 payment methods: use {@code client.store().paymentMethods()} (v3
     *     {@code /payments/methods}).
     */
    @Deprecated
    default PaymentMethods paymentMethods() {
        return Endpoint.of(withVersion(ApiVersion.V2), V2Specs.PAYMENT_METHODS)::itself;
    }

    /**
     * Products ({@code /products}).
     *
     * @return the resource
     */
    default Products products() {
        return Endpoint.of(withVersion(ApiVersion.V2), V2Specs.PRODUCTS)::itself;
    }

    /**
     * Configurable fields, product id first ({@code /products/{product_id}/configurable_fields}).
     *
     * @return the resource
     */
    default ProductConfigurableFields productConfigurableFields() {
        return Endpoint.of(withVersion(ApiVersion.V2), V2Specs.PRODUCT_CONFIGURABLE_FIELDS)::itself;
    }

    /**
     * Custom fields, product id first ({@code /products/{product_id}/custom_fields}).
     *
     * @return the resource
     */
    default ProductCustomFields productCustomFields() {
        return Endpoint.of(withVersion(ApiVersion.V2), V2Specs.PRODUCT_CUSTOM_FIELDS)::itself;
    }

    /**
     * Discount rules, product id first ({@code /products/{product_id}/discount_rules}).
     *
     * @return the resource
     */
    default ProductDiscountRules productDiscountRules() {
        return Endpoint.of(withVersion(ApiVersion.V2), V2Specs.PRODUCT_DISCOUNT_RULES)::itself;
    }

    /**
     * Images, product id first ({@code /products/{product_id}/images}).
     *
     * @return the resource
     */
    default ProductImages productImages() {
        return Endpoint.of(withVersion(ApiVersion.V2), V2Specs.PRODUCT_IMAGES)::itself;
    }

    /**
     * Options, product id first ({@code /products/{product_id}/options}).
     *
     * @return the resource
     */
    default ProductOptions productOptions() {
        return Endpoint.of(withVersion(ApiVersion.V2), V2Specs.PRODUCT_OPTIONS)::itself;
    }

    /**
     * Reviews, product id first ({@code /products/{product_id}/reviews}).
     *
     * @return the resource
     */
    default ProductReviews productReviews() {
        return Endpoint.of(withVersion(ApiVersion.V2), V2Specs.PRODUCT_REVIEWS)::itself;
    }

    /**
     * Rules, product id first ({@code /products/{product_id}/rules}).
     *
     * @return the resource
     */
    default ProductRules productRules() {
        return Endpoint.of(withVersion(ApiVersion.V2), V2Specs.PRODUCT_RULES)::itself;
    }

    /**
     * SKUs, product id first ({@code /products/{product_id}/skus}).
     *
     * @return the resource
     */
    default ProductSkus productSkus() {
        return Endpoint.of(withVersion(ApiVersion.V2), V2Specs.PRODUCT_SKUS)::itself;
    }

    /**
     * Videos, product id first ({@code /products/{product_id}/videos}).
     *
     * @return the resource
     */
    default ProductVideos productVideos() {
        return Endpoint.of(withVersion(ApiVersion.V2), V2Specs.PRODUCT_VIDEOS)::itself;
    }

    /**
     * Google product search mappings, product id first ({@code /products/{product_id}/googleproductsearch}).
     *
     * @return the resource
     */
    default GoogleProductSearchMappings googleProductSearchMappings() {
        return Endpoint.of(withVersion(ApiVersion.V2), V2Specs.GOOGLE_PRODUCT_SEARCH_MAPPINGS)::itself;
    }

    /**
     * Redirects ({@code /redirects}).
     *
     * @return the resource
     * @deprecated the v2 redirects are sunset: use {@code client.content().redirects()} (v3 {@code
     *     /storefront/redirects}).
     */
    @Deprecated
    default Redirects redirects() {
        return Endpoint.of(withVersion(ApiVersion.V2), V2Specs.REDIRECTS)::itself;
    }

    /**
     * Shipping methods ({@code /shipping/methods}).
     *
     * @return the resource
     */
    default ShippingMethods shippingMethods() {
        return Endpoint.of(withVersion(ApiVersion.V2), V2Specs.SHIPPING_METHODS)::itself;
    }

    /**
     * The store profile (listable as in the Python client, or fetched whole with {@code get()}) ({@code /store}).
     *
     * @return the resource
     */
    default StoreProfile store() {
        return Endpoint.of(withVersion(ApiVersion.V2), V2Specs.STORE)::itself;
    }

    /**
     * Tax classes ({@code /tax_classes}).
     *
     * @return the resource
     */
    default TaxClasses taxClasses() {
        return Endpoint.of(withVersion(ApiVersion.V2), V2Specs.TAX_CLASSES)::itself;
    }

    /**
     * The store time (listable as in the Python client, or fetched whole with {@code get()}) ({@code /time}).
     *
     * @return the resource
     */
    default Time time() {
        return Endpoint.of(withVersion(ApiVersion.V2), V2Specs.TIME)::itself;
    }

    /**
     * Webhooks (v2 {@code /hooks}) ({@code /hooks}).
     *
     * @return the resource
     */
    default Webhooks webhooks() {
        return Endpoint.of(withVersion(ApiVersion.V2), V2Specs.WEBHOOKS)::itself;
    }

    /** Banners: list, get, create, update, delete, delete by filter. */
    public interface Banners extends Listable<JsonNode>, Gettable<JsonNode>, Creatable<JsonNode>, Updatable<JsonNode>,
            Deletable<JsonNode>, CollectionDeletable<JsonNode> {
    }

    /** Blog posts: list, get, create, update, delete, count, delete by filter. */
    public interface BlogPosts extends Listable<JsonNode>, Gettable<JsonNode>, Creatable<JsonNode>,
            Updatable<JsonNode>, Deletable<JsonNode>, Countable<JsonNode>, CollectionDeletable<JsonNode> {
    }

    /** Brands: list, get, create, update, delete, delete by filter, count. */
    public interface Brands extends Listable<JsonNode>, Gettable<JsonNode>, Creatable<JsonNode>, Updatable<JsonNode>,
            Deletable<JsonNode>, CollectionDeletable<JsonNode>, Countable<JsonNode> {
    }

    /** Categories: list, get, create, update, delete, delete by filter, count. */
    public interface Categories extends Listable<JsonNode>, Gettable<JsonNode>, Creatable<JsonNode>,
            Updatable<JsonNode>, Deletable<JsonNode>, CollectionDeletable<JsonNode>, Countable<JsonNode> {
    }

    /** Countries: list, get, count. */
    public interface Countries extends Listable<JsonNode>, Gettable<JsonNode>, Countable<JsonNode> {

        /**
         * The country's states.
         *
         * @param countryId the country id
         * @return the resource
         */
        default StatesOfCountry states(Object countryId) {
            return endpoint().child(V2Specs.COUNTRY_STATES, countryId)::itself;
        }
    }

    /** States, country id first: list, get, count. */
    public interface CountryStates extends SubListable<JsonNode>, SubGettable<JsonNode>, SubCountable<JsonNode> {
    }

    /** One country's states: list, get, count. */
    public interface StatesOfCountry extends Listable<JsonNode>, Gettable<JsonNode>, Countable<JsonNode> {
    }

    /** Coupons: list, get, create, update, delete, delete by filter, count. */
    public interface Coupons extends Listable<JsonNode>, Gettable<JsonNode>, Creatable<JsonNode>, Updatable<JsonNode>,
            Deletable<JsonNode>, CollectionDeletable<JsonNode>, Countable<JsonNode> {
    }

    /** Currencies: list, get, create, update, delete. */
    public interface Currencies extends Listable<Currency>, Gettable<Currency>, Creatable<Currency>,
            Updatable<Currency>, Deletable<Currency> {
    }

    /** Customer groups: list, get, create, update, delete, delete by filter, count. */
    public interface CustomerGroups extends Listable<CustomerGroup>, Gettable<CustomerGroup>, Creatable<CustomerGroup>,
            Updatable<CustomerGroup>, Deletable<CustomerGroup>, CollectionDeletable<CustomerGroup>,
            Countable<CustomerGroup> {
    }

    /** Customers: list, get, create, update, delete, delete by filter, count. */
    public interface Customers extends Listable<JsonNode>, Gettable<JsonNode>, Creatable<JsonNode>,
            Updatable<JsonNode>, Deletable<JsonNode>, CollectionDeletable<JsonNode>, Countable<JsonNode> {

        /**
         * The customer's addresses.
         *
         * @param customerId the customer id
         * @return the resource
         * @deprecated the official specs deprecate the v2 customers: use {@code client.customers().addresses()} (v3
         *     {@code /customers/addresses}).
         */
        @Deprecated
        default AddressesOfCustomer addresses(Object customerId) {
            return endpoint().child(V2Specs.CUSTOMER_ADDRESSES, customerId)::itself;
        }
    }

    /** Addresses, customer id first: list, get, create, update, delete, delete by filter, count. */
    public interface CustomerAddresses extends SubListable<JsonNode>, SubGettable<JsonNode>, SubCreatable<JsonNode>,
            SubUpdatable<JsonNode>, SubDeletable<JsonNode>, SubCollectionDeletable<JsonNode>, SubCountable<JsonNode> {
    }

    /** One customer's addresses: list, get, create, update, delete, delete by filter, count. */
    public interface AddressesOfCustomer extends Listable<JsonNode>, Gettable<JsonNode>, Creatable<JsonNode>,
            Updatable<JsonNode>, Deletable<JsonNode>, CollectionDeletable<JsonNode>, Countable<JsonNode> {
    }

    /** Gift certificates: list, get, create, update, delete, delete by filter. */
    public interface GiftCertificates extends Listable<JsonNode>, Gettable<JsonNode>, Creatable<JsonNode>,
            Updatable<JsonNode>, Deletable<JsonNode>, CollectionDeletable<JsonNode> {
    }

    /** Option sets: list, get, create, update, delete, delete by filter, count. */
    public interface OptionSets extends Listable<JsonNode>, Gettable<JsonNode>, Creatable<JsonNode>,
            Updatable<JsonNode>, Deletable<JsonNode>, CollectionDeletable<JsonNode>, Countable<JsonNode> {

        /**
         * The option set's options.
         *
         * @param optionSetId the option set id
         * @return the resource
         */
        default OptionsOfOptionSet options(Object optionSetId) {
            return endpoint().child(V2Specs.OPTION_SET_OPTIONS, optionSetId)::itself;
        }
    }

    /** Options, option set id first: list, get, create, update, delete, delete by filter. */
    public interface OptionSetOptions extends SubListable<JsonNode>, SubGettable<JsonNode>, SubCreatable<JsonNode>,
            SubUpdatable<JsonNode>, SubDeletable<JsonNode>, SubCollectionDeletable<JsonNode> {
    }

    /** One option set's options: list, get, create, update, delete, delete by filter. */
    public interface OptionsOfOptionSet extends Listable<JsonNode>, Gettable<JsonNode>, Creatable<JsonNode>,
            Updatable<JsonNode>, Deletable<JsonNode>, CollectionDeletable<JsonNode> {
    }

    /** Options: list, get, create, update, delete, delete by filter, count. */
    public interface Options extends Listable<JsonNode>, Gettable<JsonNode>, Creatable<JsonNode>, Updatable<JsonNode>,
            Deletable<JsonNode>, CollectionDeletable<JsonNode>, Countable<JsonNode> {

        /**
         * The option's values.
         *
         * @param optionId the option id
         * @return the resource
         */
        default ValuesOfOption values(Object optionId) {
            return endpoint().child(V2Specs.OPTION_VALUES, optionId)::itself;
        }
    }

    /** Values, option id first: list, get, create, update, delete, delete by filter. */
    public interface OptionValues extends SubListable<JsonNode>, SubGettable<JsonNode>, SubCreatable<JsonNode>,
            SubUpdatable<JsonNode>, SubDeletable<JsonNode>, SubCollectionDeletable<JsonNode> {
    }

    /** One option's values: list, get, create, update, delete, delete by filter. */
    public interface ValuesOfOption extends Listable<JsonNode>, Gettable<JsonNode>, Creatable<JsonNode>,
            Updatable<JsonNode>, Deletable<JsonNode>, CollectionDeletable<JsonNode> {
    }

    /** Order statuses: list, get. */
    public interface OrderStatuses extends Listable<JsonNode>, Gettable<JsonNode> {
    }

    /** Orders: list, get, create, update, delete, delete by filter, count. */
    public interface Orders extends Listable<Order>, Gettable<Order>, Creatable<Order>, Updatable<Order>,
            Deletable<Order>, CollectionDeletable<Order>, Countable<Order> {

        /**
         * The order's coupons.
         *
         * @param orderId the order id
         * @return the resource
         */
        default CouponsOfOrder coupons(Object orderId) {
            return endpoint().child(V2Specs.ORDER_COUPONS, orderId)::itself;
        }

        /**
         * The order's products.
         *
         * @param orderId the order id
         * @return the resource
         */
        default ProductsOfOrder products(Object orderId) {
            return endpoint().child(V2Specs.ORDER_PRODUCTS, orderId)::itself;
        }

        /**
         * The order's shipments.
         *
         * @param orderId the order id
         * @return the resource
         */
        default ShipmentsOfOrder shipments(Object orderId) {
            return endpoint().child(V2Specs.ORDER_SHIPMENTS, orderId)::itself;
        }

        /**
         * The order's shipping addresses.
         *
         * @param orderId the order id
         * @return the resource
         */
        default ShippingAddressesOfOrder shippingAddresses(Object orderId) {
            return endpoint().child(V2Specs.ORDER_SHIPPING_ADDRESSES, orderId)::itself;
        }

        /**
         * The order's messages.
         *
         * @param orderId the order id
         * @return the resource
         */
        default MessagesOfOrder messages(Object orderId) {
            return endpoint().child(V2Specs.ORDER_MESSAGES, orderId)::itself;
        }

        /**
         * The order's taxes.
         *
         * @param orderId the order id
         * @return the resource
         */
        default TaxesOfOrder taxes(Object orderId) {
            return endpoint().child(V2Specs.ORDER_TAXES, orderId)::itself;
        }
    }

    /** Coupons, order id first: list, get. */
    public interface OrderCoupons extends SubListable<OrderCoupon>, SubGettable<OrderCoupon> {
    }

    /** One order's coupons: list, get. */
    public interface CouponsOfOrder extends Listable<OrderCoupon>, Gettable<OrderCoupon> {
    }

    /** Products, order id first: list, get, count. */
    public interface OrderProducts extends SubListable<OrderProduct>, SubGettable<OrderProduct>,
            SubCountable<OrderProduct> {
    }

    /** One order's products: list, get, count. */
    public interface ProductsOfOrder extends Listable<OrderProduct>, Gettable<OrderProduct>, Countable<OrderProduct> {
    }

    /** Shipments, order id first: list, get, create, update, delete, delete by filter, count. */
    public interface OrderShipments extends SubListable<Shipment>, SubGettable<Shipment>, SubCreatable<Shipment>,
            SubUpdatable<Shipment>, SubDeletable<Shipment>, SubCollectionDeletable<Shipment>, SubCountable<Shipment> {
    }

    /** One order's shipments: list, get, create, update, delete, delete by filter, count. */
    public interface ShipmentsOfOrder extends Listable<Shipment>, Gettable<Shipment>, Creatable<Shipment>,
            Updatable<Shipment>, Deletable<Shipment>, CollectionDeletable<Shipment>, Countable<Shipment> {
    }

    /** Shipping addresses, order id first: list, get, count. */
    public interface OrderShippingAddresses extends SubListable<OrderShippingAddress>,
            SubGettable<OrderShippingAddress>, SubCountable<OrderShippingAddress> {
    }

    /** One order's shipping addresses: list, get, count. */
    public interface ShippingAddressesOfOrder extends Listable<OrderShippingAddress>, Gettable<OrderShippingAddress>,
            Countable<OrderShippingAddress> {
    }

    /** Messages, order id first: list, get. */
    public interface OrderMessages extends SubListable<JsonNode>, SubGettable<JsonNode> {
    }

    /** One order's messages: list, get. */
    public interface MessagesOfOrder extends Listable<JsonNode>, Gettable<JsonNode> {
    }

    /** Taxes, order id first: list, get. */
    public interface OrderTaxes extends SubListable<JsonNode>, SubGettable<JsonNode> {
    }

    /** One order's taxes: list, get. */
    public interface TaxesOfOrder extends Listable<JsonNode>, Gettable<JsonNode> {
    }

    /** Pages: list, get, create, update, delete, delete by filter, count. */
    public interface Pages extends Listable<JsonNode>, Gettable<JsonNode>, Creatable<JsonNode>, Updatable<JsonNode>,
            Deletable<JsonNode>, CollectionDeletable<JsonNode>, Countable<JsonNode> {
    }

    /** Payment methods: list, get. */
    public interface PaymentMethods extends Listable<JsonNode>, Gettable<JsonNode> {
    }

    /** Products: list, get, create, update, delete, delete by filter, count. */
    public interface Products extends Listable<JsonNode>, Gettable<JsonNode>, Creatable<JsonNode>, Updatable<JsonNode>,
            Deletable<JsonNode>, CollectionDeletable<JsonNode>, Countable<JsonNode> {

        /**
         * The product's configurable fields.
         *
         * @param productId the product id
         * @return the resource
         */
        default ConfigurableFieldsOfProduct configurableFields(Object productId) {
            return endpoint().child(V2Specs.PRODUCT_CONFIGURABLE_FIELDS, productId)::itself;
        }

        /**
         * The product's custom fields.
         *
         * @param productId the product id
         * @return the resource
         */
        default CustomFieldsOfProduct customFields(Object productId) {
            return endpoint().child(V2Specs.PRODUCT_CUSTOM_FIELDS, productId)::itself;
        }

        /**
         * The product's discount rules.
         *
         * @param productId the product id
         * @return the resource
         */
        default DiscountRulesOfProduct discountRules(Object productId) {
            return endpoint().child(V2Specs.PRODUCT_DISCOUNT_RULES, productId)::itself;
        }

        /**
         * The product's images.
         *
         * @param productId the product id
         * @return the resource
         */
        default ImagesOfProduct images(Object productId) {
            return endpoint().child(V2Specs.PRODUCT_IMAGES, productId)::itself;
        }

        /**
         * The product's options.
         *
         * @param productId the product id
         * @return the resource
         */
        default OptionsOfProduct options(Object productId) {
            return endpoint().child(V2Specs.PRODUCT_OPTIONS, productId)::itself;
        }

        /**
         * The product's reviews.
         *
         * @param productId the product id
         * @return the resource
         */
        default ReviewsOfProduct reviews(Object productId) {
            return endpoint().child(V2Specs.PRODUCT_REVIEWS, productId)::itself;
        }

        /**
         * The product's rules.
         *
         * @param productId the product id
         * @return the resource
         */
        default RulesOfProduct rules(Object productId) {
            return endpoint().child(V2Specs.PRODUCT_RULES, productId)::itself;
        }

        /**
         * The product's sKUs.
         *
         * @param productId the product id
         * @return the resource
         */
        default SkusOfProduct skus(Object productId) {
            return endpoint().child(V2Specs.PRODUCT_SKUS, productId)::itself;
        }

        /**
         * The product's videos.
         *
         * @param productId the product id
         * @return the resource
         */
        default VideosOfProduct videos(Object productId) {
            return endpoint().child(V2Specs.PRODUCT_VIDEOS, productId)::itself;
        }

        /**
         * The product's google product search mappings.
         *
         * @param productId the product id
         * @return the resource
         */
        default GoogleMappingsOfProduct googleMappings(Object productId) {
            return endpoint().child(V2Specs.GOOGLE_PRODUCT_SEARCH_MAPPINGS, productId)::itself;
        }
    }

    /** Configurable fields, product id first: list, get, delete, delete by filter, count. */
    public interface ProductConfigurableFields extends SubListable<JsonNode>, SubGettable<JsonNode>,
            SubDeletable<JsonNode>, SubCollectionDeletable<JsonNode>, SubCountable<JsonNode> {
    }

    /** One product's configurable fields: list, get, delete, delete by filter, count. */
    public interface ConfigurableFieldsOfProduct extends Listable<JsonNode>, Gettable<JsonNode>, Deletable<JsonNode>,
            CollectionDeletable<JsonNode>, Countable<JsonNode> {
    }

    /** Custom fields, product id first: list, get, create, update, delete, delete by filter, count. */
    public interface ProductCustomFields extends SubListable<JsonNode>, SubGettable<JsonNode>, SubCreatable<JsonNode>,
            SubUpdatable<JsonNode>, SubDeletable<JsonNode>, SubCollectionDeletable<JsonNode>, SubCountable<JsonNode> {
    }

    /** One product's custom fields: list, get, create, update, delete, delete by filter, count. */
    public interface CustomFieldsOfProduct extends Listable<JsonNode>, Gettable<JsonNode>, Creatable<JsonNode>,
            Updatable<JsonNode>, Deletable<JsonNode>, CollectionDeletable<JsonNode>, Countable<JsonNode> {
    }

    /** Discount rules, product id first: list, get, create, update, delete, delete by filter, count. */
    public interface ProductDiscountRules extends SubListable<JsonNode>, SubGettable<JsonNode>, SubCreatable<JsonNode>,
            SubUpdatable<JsonNode>, SubDeletable<JsonNode>, SubCollectionDeletable<JsonNode>, SubCountable<JsonNode> {
    }

    /** One product's discount rules: list, get, create, update, delete, delete by filter, count. */
    public interface DiscountRulesOfProduct extends Listable<JsonNode>, Gettable<JsonNode>, Creatable<JsonNode>,
            Updatable<JsonNode>, Deletable<JsonNode>, CollectionDeletable<JsonNode>, Countable<JsonNode> {
    }

    /** Images, product id first: list, get, create, update, delete, delete by filter, count. */
    public interface ProductImages extends SubListable<JsonNode>, SubGettable<JsonNode>, SubCreatable<JsonNode>,
            SubUpdatable<JsonNode>, SubDeletable<JsonNode>, SubCollectionDeletable<JsonNode>, SubCountable<JsonNode> {
    }

    /** One product's images: list, get, create, update, delete, delete by filter, count. */
    public interface ImagesOfProduct extends Listable<JsonNode>, Gettable<JsonNode>, Creatable<JsonNode>,
            Updatable<JsonNode>, Deletable<JsonNode>, CollectionDeletable<JsonNode>, Countable<JsonNode> {
    }

    /** Options, product id first: list, get. */
    public interface ProductOptions extends SubListable<JsonNode>, SubGettable<JsonNode> {
    }

    /** One product's options: list, get. */
    public interface OptionsOfProduct extends Listable<JsonNode>, Gettable<JsonNode> {
    }

    /** Reviews, product id first: list, get, create, update, delete, delete by filter, count. */
    public interface ProductReviews extends SubListable<JsonNode>, SubGettable<JsonNode>, SubCreatable<JsonNode>,
            SubUpdatable<JsonNode>, SubDeletable<JsonNode>, SubCollectionDeletable<JsonNode>, SubCountable<JsonNode> {
    }

    /** One product's reviews: list, get, create, update, delete, delete by filter, count. */
    public interface ReviewsOfProduct extends Listable<JsonNode>, Gettable<JsonNode>, Creatable<JsonNode>,
            Updatable<JsonNode>, Deletable<JsonNode>, CollectionDeletable<JsonNode>, Countable<JsonNode> {
    }

    /** Rules, product id first: list, get, create, update, delete, delete by filter, count. */
    public interface ProductRules extends SubListable<JsonNode>, SubGettable<JsonNode>, SubCreatable<JsonNode>,
            SubUpdatable<JsonNode>, SubDeletable<JsonNode>, SubCollectionDeletable<JsonNode>, SubCountable<JsonNode> {
    }

    /** One product's rules: list, get, create, update, delete, delete by filter, count. */
    public interface RulesOfProduct extends Listable<JsonNode>, Gettable<JsonNode>, Creatable<JsonNode>,
            Updatable<JsonNode>, Deletable<JsonNode>, CollectionDeletable<JsonNode>, Countable<JsonNode> {
    }

    /** SKUs, product id first: list, get, create, update, delete, delete by filter, count. */
    public interface ProductSkus extends SubListable<JsonNode>, SubGettable<JsonNode>, SubCreatable<JsonNode>,
            SubUpdatable<JsonNode>, SubDeletable<JsonNode>, SubCollectionDeletable<JsonNode>, SubCountable<JsonNode> {
    }

    /** One product's sKUs: list, get, create, update, delete, delete by filter, count. */
    public interface SkusOfProduct extends Listable<JsonNode>, Gettable<JsonNode>, Creatable<JsonNode>,
            Updatable<JsonNode>, Deletable<JsonNode>, CollectionDeletable<JsonNode>, Countable<JsonNode> {
    }

    /** Videos, product id first: list, get, create, delete, delete by filter, count. */
    public interface ProductVideos extends SubListable<JsonNode>, SubGettable<JsonNode>, SubCreatable<JsonNode>,
            SubDeletable<JsonNode>, SubCollectionDeletable<JsonNode>, SubCountable<JsonNode> {
    }

    /** One product's videos: list, get, create, delete, delete by filter, count. */
    public interface VideosOfProduct extends Listable<JsonNode>, Gettable<JsonNode>, Creatable<JsonNode>,
            Deletable<JsonNode>, CollectionDeletable<JsonNode>, Countable<JsonNode> {
    }

    /** Google product search mappings, product id first: list, get. */
    public interface GoogleProductSearchMappings extends SubListable<JsonNode>, SubGettable<JsonNode> {
    }

    /** One product's google product search mappings: list, get. */
    public interface GoogleMappingsOfProduct extends Listable<JsonNode>, Gettable<JsonNode> {
    }

    /** Redirects: list, get, create, update, delete, delete by filter, count. */
    public interface Redirects extends Listable<JsonNode>, Gettable<JsonNode>, Creatable<JsonNode>,
            Updatable<JsonNode>, Deletable<JsonNode>, CollectionDeletable<JsonNode>, Countable<JsonNode> {
    }

    /** Shipping methods: list, get. */
    public interface ShippingMethods extends Listable<JsonNode>, Gettable<JsonNode> {
    }

    /** The store profile (listable as in the Python client, or fetched whole with {@code get()}): list, get the one object. */
    public interface StoreProfile extends Listable<Store>, Singleton<Store> {
    }

    /** Tax classes: list, get. */
    public interface TaxClasses extends Listable<JsonNode>, Gettable<JsonNode> {
    }

    /** The store time (listable as in the Python client, or fetched whole with {@code get()}): list, get the one object. */
    public interface Time extends Listable<JsonNode>, Singleton<JsonNode> {
    }

    /** Webhooks (v2 {@code /hooks}): list, get, create, update, delete. */
    public interface Webhooks extends Listable<Webhook>, Gettable<Webhook>, Creatable<Webhook>, Updatable<Webhook>,
            Deletable<Webhook> {
    }
}
