package io.github.bcreactive.resource;

import io.github.bcreactive.model.generated.content.BlogPostFull;
import io.github.bcreactive.model.generated.content.PageFull;
import io.github.bcreactive.model.generated.content.Redirect;
import io.github.bcreactive.model.generated.customers.CustomerAddressFull;
import io.github.bcreactive.model.generated.customers.CustomerFull;
import io.github.bcreactive.model.generated.marketing.BannerFull;
import io.github.bcreactive.model.generated.orders.OrderCouponsBase;
import io.github.bcreactive.model.generated.orders.OrderMessagesItem;
import io.github.bcreactive.model.generated.orders.OrderProducts;
import io.github.bcreactive.model.generated.orders.OrderShipment;
import io.github.bcreactive.model.generated.orders.OrderStatusBase;
import io.github.bcreactive.model.generated.orders.OrderTaxesBase;
import io.github.bcreactive.model.generated.payments.PaymentBase;
import io.github.bcreactive.model.generated.store.CountryFull;
import io.github.bcreactive.model.generated.store.StoreInformation;
import io.github.bcreactive.model.generated.store.TimeStampFull;
import io.github.bcreactive.model.generated.tax.TaxClassFull;

/**
 * The resource table of the Python client bigcommerce-api-python 0.23.4, kept under its names for the seed's users,
 * as aliases onto the families' declarations: {@code v2().orderProducts()} is {@code orders().products()}, the same
 * declaration with the same capabilities, and this table has none of its own. Where the Python table offered an
 * operation the official specs lack (the retired v2 catalog, {@code /hooks} on v2, a read of one order coupon, ...),
 * the specs win: the README lists the differences.
 *
 * <pre>{@code
 * client.v2().orders().products(101L).iterAll();     // = client.orders().products(101L)
 * client.v2().orderProducts().get(101L, 7L);         // = client.orders().products().get(101L, 7L)
 * client.v2().orderStatuses().iterAll();             // = client.orders().statuses()
 * }</pre>
 */
public interface V2Resources {

    /**
     * The families whose declarations this table aliases.
     *
     * @return the store's families
     */
    StoreResources families();

    /**
     * Banners: {@code api.Banners}, an alias of {@code content().banners()}.
     *
     * @return the resource
     */
    default FullCrud<BannerFull, Long> banners() {
        return families().content().banners();
    }

    /**
     * Blog posts: {@code api.BlogPosts}, an alias of {@code content().blogPosts()}.
     *
     * @return the resource
     */
    default FullCrud<BlogPostFull, Long> blogPosts() {
        return families().content().blogPosts();
    }

    /**
     * Countries: {@code api.Countries}, an alias of {@code store().countries()}.
     *
     * @return the resource
     */
    default StoreInfo.Places<CountryFull> countries() {
        return families().store().countries();
    }

    /**
     * States, country id first: {@code api.CountryStates}, an alias of {@code store().states()}.
     *
     * @return the resource
     */
    default StoreInfo.States countryStates() {
        return families().store().states();
    }

    /**
     * Coupons: {@code api.Coupons}, an alias of {@code marketing().coupons()}.
     *
     * @return the resource
     */
    default Marketing.Coupons coupons() {
        return families().marketing().coupons();
    }

    /**
     * Currencies: {@code api.Currencies}, an alias of {@code store().currencies()}.
     *
     * @return the resource
     */
    default StoreInfo.Currencies currencies() {
        return families().store().currencies();
    }

    /**
     * Customer groups: {@code api.CustomerGroups}, an alias of {@code customers().groups()}.
     *
     * @return the resource
     */
    default Customers.Groups customerGroups() {
        return families().customers().groups();
    }

    /**
     * The v2 customers: {@code api.Customers}, an alias of {@code customers().legacy()}.
     *
     * @return the resource
     * @deprecated the official specs deprecate it: see {@code customers().legacy()} for the replacement.
     */
    @Deprecated
    default FullCrud<CustomerFull, Long> customers() {
        return families().customers().legacy();
    }

    /**
     * The v2 customer addresses, customer id first: {@code api.CustomerAddresses}, an alias of {@code customers().legacyAddresses()}.
     *
     * @return the resource
     * @deprecated the official specs deprecate it: see {@code customers().legacyAddresses()} for the replacement.
     */
    @Deprecated
    default SubFullCrud<CustomerAddressFull, Long, Long> customerAddresses() {
        return families().customers().legacyAddresses();
    }

    /**
     * Gift certificates: {@code api.GiftCertificates}, an alias of {@code marketing().giftCertificates()}.
     *
     * @return the resource
     */
    default Marketing.GiftCertificates giftCertificates() {
        return families().marketing().giftCertificates();
    }

    /**
     * Order statuses: {@code api.OrderStatuses}, an alias of {@code orders().statuses()}.
     *
     * @return the resource
     */
    default ReadOnly<OrderStatusBase, Long> orderStatuses() {
        return families().orders().statuses();
    }

    /**
     * Orders, with their sub-resources by order id: {@code api.Orders}, an alias of {@code orders()}.
     *
     * @return the resource
     */
    default Orders orders() {
        return families().orders();
    }

    /**
     * Coupons applied to orders, order id first: {@code api.OrderCoupons}, an alias of {@code orders().coupons()}.
     *
     * @return the resource
     */
    default SubListOnly<OrderCouponsBase, Long> orderCoupons() {
        return families().orders().coupons();
    }

    /**
     * Order products, order id first: {@code api.OrderProducts}, an alias of {@code orders().products()}.
     *
     * @return the resource
     */
    default SubReadOnly<OrderProducts, Long, Long> orderProducts() {
        return families().orders().products();
    }

    /**
     * Shipments, order id first: {@code api.OrderShipments}, an alias of {@code orders().shipments()}.
     *
     * @return the resource
     */
    default SubFullCrud<OrderShipment, Long, Long> orderShipments() {
        return families().orders().shipments();
    }

    /**
     * Shipping addresses, order id first: {@code api.OrderShippingAddresses}, an alias of {@code orders().shippingAddresses()}.
     *
     * @return the resource
     */
    default Orders.ShippingAddresses orderShippingAddresses() {
        return families().orders().shippingAddresses();
    }

    /**
     * Order messages, order id first: {@code api.OrderMessages}, an alias of {@code orders().messages()}.
     *
     * @return the resource
     */
    default SubListOnly<OrderMessagesItem, Long> orderMessages() {
        return families().orders().messages();
    }

    /**
     * Order taxes, order id first: {@code api.OrderTaxes}, an alias of {@code orders().taxes()}.
     *
     * @return the resource
     */
    default SubListOnly<OrderTaxesBase, Long> orderTaxes() {
        return families().orders().taxes();
    }

    /**
     * The v2 web pages: {@code api.Pages}, an alias of {@code content().legacyPages()}.
     *
     * @return the resource
     * @deprecated the official specs deprecate it: see {@code content().legacyPages()} for the replacement.
     */
    @Deprecated
    default Crud<PageFull, Long> pages() {
        return families().content().legacyPages();
    }

    /**
     * The v2 payment methods: {@code api.PaymentMethods}, an alias of {@code store().legacyPaymentMethods()}.
     *
     * @return the resource
     * @deprecated the official specs deprecate it: see {@code store().legacyPaymentMethods()} for the replacement.
     */
    @Deprecated
    default ListOnly<PaymentBase> paymentMethods() {
        return families().store().legacyPaymentMethods();
    }

    /**
     * The v2 redirects: {@code api.Redirects}, an alias of {@code content().legacyRedirects()}.
     *
     * @return the resource
     * @deprecated the official specs deprecate it: see {@code content().legacyRedirects()} for the replacement.
     */
    @Deprecated
    default FullCrud<Redirect, Long> redirects() {
        return families().content().legacyRedirects();
    }

    /**
     * The store profile: {@code api.Store}, an alias of {@code store().info()}.
     *
     * @return the resource
     */
    default Singleton<StoreInformation> store() {
        return families().store().info();
    }

    /**
     * Tax classes: {@code api.TaxClasses}, an alias of {@code store().taxClasses()}.
     *
     * @return the resource
     */
    default ReadOnly<TaxClassFull, Long> taxClasses() {
        return families().store().taxClasses();
    }

    /**
     * The store time: {@code api.Time}, an alias of {@code store().time()}.
     *
     * @return the resource
     */
    default Singleton<TimeStampFull> time() {
        return families().store().time();
    }
}
