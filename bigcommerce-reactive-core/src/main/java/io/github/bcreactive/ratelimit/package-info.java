/**
 * Per-store rate limiting: the {@link io.github.bcreactive.ratelimit.RateLimiter} contract the transport calls around
 * every request, and the quota state parsed from BigCommerce's {@code X-Rate-Limit-*} headers.
 */
package io.github.bcreactive.ratelimit;
