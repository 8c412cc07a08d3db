/**
 * Per-store rate limiting: the {@link io.github.bcreactive.ratelimit.RateLimiter} contract the transport calls around
 * every request, the quota state parsed from BigCommerce's {@code X-Rate-Limit-*} headers, and
 * {@link io.github.bcreactive.ratelimit.TokenBucketRateLimiter}, the process-wide limiter that follows each store's
 * reported quota ({@link io.github.bcreactive.ratelimit.RateLimitOptions},
 * {@link io.github.bcreactive.ratelimit.RateLimitListener}); and
 * {@link io.github.bcreactive.ratelimit.EndpointLimiter}, the slots of the concurrency limits stated per endpoint.
 */
package io.github.bcreactive.ratelimit;
