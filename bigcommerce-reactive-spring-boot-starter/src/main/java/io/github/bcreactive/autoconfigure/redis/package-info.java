/**
 * The opt-in rate limiter shared across JVMs through the application's Spring Boot Redis connection
 * ({@code bigcommerce.rate-limit.redis.enabled=true}).
 */
package io.github.bcreactive.autoconfigure.redis;
