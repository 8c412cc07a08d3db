/**
 * The per-store rate limiter shared by several JVMs through Redis: {@link io.github.bcreactive.redis.RedisRateLimiter}
 * implements {@link io.github.bcreactive.ratelimit.RateLimiter} with one Lua script over Lettuce.
 */
package io.github.bcreactive.redis;
