/**
 * Micrometer metrics of the BigCommerce clients: requests by store, method and status with their latency, 429s,
 * retries and rate-limit waits (see {@link io.github.bcreactive.autoconfigure.metrics.BigCommerceMeters}).
 */
package io.github.bcreactive.autoconfigure.metrics;
