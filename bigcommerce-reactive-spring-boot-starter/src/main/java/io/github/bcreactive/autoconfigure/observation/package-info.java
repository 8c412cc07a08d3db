/**
 * Micrometer observations of the BigCommerce clients, by Spring's conventions: one {@code bigcommerce.client.requests}
 * observation per HTTP attempt (a timer and a span), one {@code bigcommerce.client.rate-limit.wait} observation per
 * request that had to wait for a rate-limit permit, and opt-in per-store gauges of the rate limiter (see
 * {@link io.github.bcreactive.autoconfigure.observation.BigCommerceObservations}).
 */
package io.github.bcreactive.autoconfigure.observation;
