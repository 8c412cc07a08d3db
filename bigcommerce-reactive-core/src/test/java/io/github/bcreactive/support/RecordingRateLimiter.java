package io.github.bcreactive.support;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.bcreactive.ratelimit.RateLimitStatus;
import io.github.bcreactive.ratelimit.RateLimiter;
import reactor.core.publisher.Mono;

/**
 * A limiter that lets everything through and records every call the transport makes to it, in order, as
 * {@code acquire abc123}, {@code response abc123 left=3}, {@code throttled abc123 PT5S} and
 * {@code no response abc123}.
 */
public final class RecordingRateLimiter implements RateLimiter {

    private final List<String> events = new CopyOnWriteArrayList<>();

    @Override
    public Mono<Void> acquire(String storeHash) {
        return Mono.fromRunnable(() -> events.add("acquire " + storeHash));
    }

    @Override
    public void onResponse(String storeHash, RateLimitStatus status) {
        events.add("response " + storeHash + status.left().stream().mapToObj(left -> " left=" + left)
                .findFirst().orElse(""));
    }

    @Override
    public void onThrottled(String storeHash, Duration wait) {
        events.add("throttled " + storeHash + " " + wait);
    }

    @Override
    public void onNoResponse(String storeHash) {
        events.add("no response " + storeHash);
    }

    /** Every call so far, in order. */
    public List<String> events() {
        return List.copyOf(events);
    }

    /** How many permits were taken: one per attempt the transport started. */
    public long acquired() {
        return events.stream().filter(event -> event.startsWith("acquire ")).count();
    }
}
