package io.github.bcreactive.ratelimit;

import java.time.Duration;

import reactor.core.publisher.Mono;

/** The limiter behind {@link RateLimiter#unlimited()}: every request goes at once. */
enum UnlimitedRateLimiter implements RateLimiter {
    INSTANCE;

    @Override
    public Mono<Void> acquire(String storeHash) {
        return Mono.empty();
    }

    @Override
    public void onResponse(String storeHash, RateLimitStatus status) {
    }

    @Override
    public void onThrottled(String storeHash, Duration wait) {
    }
}
