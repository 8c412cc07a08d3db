package io.github.bcreactive.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a {@link BigCommerceSimulator} for a test class and injects it, and a client configured for
 * its first store, into test parameters. One simulator serves every test of the class.
 *
 * <pre>{@code
 * @SimulatorSettings(stores = 1, products = 5_000, quota = 150)
 * class SyncTest {
 *     @Test
 *     void syncs(BigCommerceSimulator sim, BigCommerceClient client) { ... }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(BigCommerceSimulatorExtension.class)
public @interface SimulatorSettings {

    /**
     * Generated stores.
     *
     * @return the count
     */
    int stores() default 1;

    /**
     * Products per store.
     *
     * @return the count
     */
    long products() default 1_000;

    /**
     * Customers per store.
     *
     * @return the count
     */
    int customers() default 200;

    /**
     * Orders per store.
     *
     * @return the count
     */
    int orders() default 100;

    /**
     * Requests per rate-limit window and store.
     *
     * @return the quota
     */
    int quota() default 150;

    /**
     * The rate-limit window in milliseconds.
     *
     * @return the window
     */
    long windowMillis() default 30_000;

    /**
     * Fixed latency in milliseconds.
     *
     * @return the latency
     */
    long latencyMillis() default 0;

    /**
     * The seed.
     *
     * @return the seed
     */
    long seed() default 42;
}
