/**
 * The entry points: {@link io.github.bcreactive.BigCommerceClient} for one store and
 * {@link io.github.bcreactive.BigCommerceClients} for many, sharing one connection pool and rate limiter.
 */
package io.github.bcreactive;
