package io.github.bcreactive.test.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Starts a {@link io.github.bcreactive.test.BigCommerceSimulator} for a Spring test (e.g. a {@code @SpringBootTest})
 * and points the starter's {@code bigcommerce.*} properties at it, before the application context is made: the API,
 * B2B Edition and login URLs, the app's client id and secret, and the stores' hashes and tokens. The simulator is a bean
 * ({@code BigCommerceSimulator}) for the test to inject, and it stops with the context. Tests with the same
 * annotation values share one context and one simulator (Spring's context cache).
 *
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureBigCommerceSimulator(products = 50)
 * class CatalogServiceTest {
 *     @Autowired BigCommerceClient client;        // points at the simulator
 *     @Autowired BigCommerceSimulator simulator;  // stats, faults
 * }
 * }</pre>
 *
 * <p>With {@link #stores()} names, each store is configured as {@code bigcommerce.stores.<name>.*} (so the
 * application gets {@code BigCommerceStores}) instead of the single {@code bigcommerce.store-hash}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureBigCommerceSimulator {

    /**
     * Names of several stores, each configured as {@code bigcommerce.stores.<name>.*}; empty (the default) for one
     * store as {@code bigcommerce.store-hash} and {@code bigcommerce.access-token}.
     *
     * @return the store names
     */
    String[] stores() default {};

    /**
     * Products per store.
     *
     * @return the count
     */
    long products() default 1_000;

    /**
     * Requests each store allows per window.
     *
     * @return the quota
     */
    int quota() default 150;

    /**
     * The rate-limit window of each store, in milliseconds.
     *
     * @return the window
     */
    long windowMillis() default 30_000;

    /**
     * Fixed latency of every answer, in milliseconds.
     *
     * @return the latency
     */
    long latencyMillis() default 0;

    /**
     * The seed the data, hashes and tokens derive from.
     *
     * @return the seed
     */
    long seed() default 42;
}
