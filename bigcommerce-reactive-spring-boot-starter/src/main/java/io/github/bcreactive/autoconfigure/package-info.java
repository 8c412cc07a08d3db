/**
 * Spring Boot auto-configuration of bigcommerce-reactive: the {@code bigcommerce.*} properties become a
 * {@link io.github.bcreactive.BigCommerceClients} factory, a {@link io.github.bcreactive.BigCommerceClient} for one
 * store and {@link io.github.bcreactive.autoconfigure.BigCommerceStores} for many.
 */
package io.github.bcreactive.autoconfigure;
