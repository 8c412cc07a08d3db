package io.github.bcreactive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

import io.github.bcreactive.model.Order;
import io.github.bcreactive.support.JacksonCacheLock;
import io.github.bcreactive.model.generated.carts.CartFull;
import io.github.bcreactive.model.generated.catalog.BrandFull;
import io.github.bcreactive.model.generated.catalog.Category;
import io.github.bcreactive.model.generated.catalog.CustomFieldData;
import io.github.bcreactive.model.generated.catalog.Product;
import io.github.bcreactive.model.generated.catalog.ProductImageFull;
import io.github.bcreactive.model.generated.catalog.ProductModifierFull;
import io.github.bcreactive.model.generated.catalog.ProductOptionFull;
import io.github.bcreactive.model.generated.catalog.ProductVariantFull;
import io.github.bcreactive.model.generated.catalog.Tree;
import io.github.bcreactive.model.generated.channels.ChannelWithCurrencies;
import io.github.bcreactive.model.generated.checkouts.Checkout;
import io.github.bcreactive.model.generated.customers.CustomerGroupFull;
import io.github.bcreactive.model.generated.customers.Customer;
import io.github.bcreactive.model.generated.customers.CustomerAddress;
import io.github.bcreactive.model.generated.orders.OrderCouponsBase;
import io.github.bcreactive.model.generated.orders.OrderProducts;
import io.github.bcreactive.model.generated.orders.OrderShipment;
import io.github.bcreactive.model.generated.orders.OrderShippingAddress;
import io.github.bcreactive.model.generated.pricelists.PriceList;
import io.github.bcreactive.model.generated.store.CurrencyFull;
import io.github.bcreactive.model.generated.store.StoreInformation;
import io.github.bcreactive.model.generated.webhooks.Webhook;
import io.github.bcreactive.query.Query;
import io.github.bcreactive.support.MockApi;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Many types decoding for the first time at once, on event-loop threads, under BlockHound and without any allowance
 * for Jackson: the first decode of a type builds its deserializer under the lock Jackson's deserializer cache holds
 * for every type it builds, and parking on it on an event loop is blocking. The client builds a new type's decoder
 * on the bounded-elastic scheduler first (where waiting is allowed), so the event loop decodes it from Jackson's
 * lock-free root cache.
 */
class FirstDecodeOnEventLoopTest {

    private static final List<Class<?>> MODELS = List.of(BrandFull.class, CartFull.class, Category.class,
            Tree.class, ChannelWithCurrencies.class, Checkout.class, CurrencyFull.class, CustomFieldData.class,
            Customer.class, CustomerAddress.class, CustomerGroupFull.class,
            ProductModifierFull.class, Order.class, OrderCouponsBase.class, OrderProducts.class,
            OrderShippingAddress.class, PriceList.class, Product.class,
            ProductImageFull.class, ProductOptionFull.class, OrderShipment.class, StoreInformation.class,
            ProductVariantFull.class, Webhook.class);

    private static final String PAGE = "{\"data\":[{\"id\":1},{\"id\":2}],\"meta\":{\"pagination\":{\"total\":2,"
            + "\"count\":2,\"per_page\":250,\"current_page\":1,\"total_pages\":1}}}";

    @RegisterExtension
    final MockApi api = MockApi.perTest();

    @Test
    void manyTypesDecodingForTheFirstTimeAtOnceWhileJacksonsCacheIsBusyNeverWaitOnAnEventLoop() throws Exception {
        answerEveryListing();
        JsonMapper mapper = BigCommerceClient.Builder.defaultMapper();
        BigCommerceClient client = api.clientBuilder().jsonMapper(mapper).build();
        ReentrantLock cacheLock = JacksonCacheLock.of(mapper);

        // Jackson's cache is busy building another type for as long as the test holds its lock: every first decode
        // meets it, so an event-loop thread that decoded a new type would park (BlockHound fails the call).
        cacheLock.lock();
        CompletableFuture<List<Long>> counts;
        try {
            counts = listEveryModelAtOnce(client);
            while (!cacheLock.hasQueuedThreads() && !counts.isDone()) {
                LockSupport.parkNanos(1_000_000); // the test thread may wait; it only lets the others run
            }
        } finally {
            cacheLock.unlock();
        }

        assertThat(counts.get(30, TimeUnit.SECONDS)).hasSize(MODELS.size()).containsOnly(2L);
    }

    @Test
    void manyTypesDecodingForTheFirstTimeAtOnceOnTheEventLoopsDecodeEveryItem() throws Exception {
        answerEveryListing();
        BigCommerceClient client = api.clientBuilder().jsonMapper(BigCommerceClient.Builder.defaultMapper()).build();

        assertThat(listEveryModelAtOnce(client).get(30, TimeUnit.SECONDS)).hasSize(MODELS.size())
                .containsOnly(2L);
        // and again, now that every type is built: straight to the event loop
        assertThat(listEveryModelAtOnce(client).get(30, TimeUnit.SECONDS)).containsOnly(2L);
    }

    private void answerEveryListing() {
        api.dispatch(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return MockApi.json(200, PAGE);
            }
        });
    }

    /** Every model's listing at once; each decodes its pages on the event loop that received them. */
    private static CompletableFuture<List<Long>> listEveryModelAtOnce(BigCommerceClient client) {
        List<Mono<Long>> listings = new ArrayList<>();
        for (Class<?> model : MODELS) {
            // subscribed on a non-blocking thread, as a call made inside a reactive pipeline is
            listings.add(client.v3().getMany("/" + model.getSimpleName().toLowerCase(), Query.empty(), model)
                    .count().subscribeOn(Schedulers.parallel()));
        }
        return Flux.mergeSequential(listings, MODELS.size(), 1).collectList().toFuture();
    }
}
