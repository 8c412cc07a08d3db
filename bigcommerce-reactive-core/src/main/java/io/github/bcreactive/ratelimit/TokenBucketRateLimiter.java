package io.github.bcreactive.ratelimit;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * A {@link RateLimiter} for a whole process: one token bucket per store hash that follows what the store reports.
 *
 * <ul>
 *   <li><b>Learning.</b> Each response's {@code X-Rate-Limit-*} headers tell the store's quota, window, requests left
 *       and reset. Until the first of them arrives the store gets only {@link RateLimitOptions#initialPermits()}
 *       requests in flight, not a burst into a quota nobody knows yet.</li>
 *   <li><b>Spending.</b> Each permit spends one request of the window. When the store reports fewer requests left
 *       than the limiter counted (other apps share the quota), the count is lowered. At the window's reset the bucket
 *       refills to the quota. By default the requests left are spread evenly over the time left in the window;
 *       {@link RateLimitOptions#waitUntilReset()} sends them at once and then waits for the reset.
 *       {@link RateLimitOptions#minRequestsRemaining()} requests of each window are left unused.</li>
 *   <li><b>429.</b> {@link #onThrottled(String, Duration)} holds every new request to that store until the wait is
 *       over.</li>
 *   <li><b>Waiting.</b> Nobody blocks: {@link #acquire(String)} returns a {@code Mono} that completes when the
 *       request's turn comes, signalled by one timer per store on the given {@link Scheduler} while someone waits.
 *       Waiters go in arrival order; a cancelled waiter leaves the queue, and a permit granted to a waiter that was
 *       cancelled before it received it goes back to the bucket.</li>
 *   <li><b>Memory.</b> A store with nothing waiting, nothing in flight and no hold is forgotten after
 *       {@link RateLimitOptions#idleEviction()} (checked when requests arrive, at most once per that period, without
 *       a thread of its own); it then starts again like a store never seen.</li>
 * </ul>
 *
 * <pre>{@code
 * RateLimiter limiter = TokenBucketRateLimiter.create(RateLimitOptions.builder().minRequestsRemaining(3).build());
 * Mono<JsonNode> product = limiter.acquire("abc123").then(fetchProduct());
 * }</pre>
 */
public final class TokenBucketRateLimiter implements RateLimiter {

    private final RateLimitOptions options;
    private final Scheduler scheduler;
    private final long idleNanos;
    private final ConcurrentMap<String, StoreBucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong nextSweepAt;

    private TokenBucketRateLimiter(RateLimitOptions options, Scheduler scheduler) {
        this.options = Objects.requireNonNull(options, "'options' cannot be null.");
        this.scheduler = Objects.requireNonNull(scheduler, "'scheduler' cannot be null.");
        this.idleNanos = options.idleEviction().toNanos();
        this.nextSweepAt = new AtomicLong(now() + idleNanos);
    }

    /**
     * A limiter with the {@linkplain RateLimitOptions#defaults() default options}, waiting on
     * {@link Schedulers#parallel()}.
     *
     * @return a new limiter
     */
    public static TokenBucketRateLimiter create() {
        return create(RateLimitOptions.defaults());
    }

    /**
     * A limiter with the given options, waiting on {@link Schedulers#parallel()}.
     *
     * @param options how to spend each store's quota
     * @return a new limiter
     */
    public static TokenBucketRateLimiter create(RateLimitOptions options) {
        return create(options, Schedulers.parallel());
    }

    /**
     * A limiter with the given options whose clock and timers are {@code scheduler}'s (a virtual-time scheduler in
     * tests).
     *
     * @param options how to spend each store's quota
     * @param scheduler the clock and the timers of the waits
     * @return a new limiter
     */
    public static TokenBucketRateLimiter create(RateLimitOptions options, Scheduler scheduler) {
        return new TokenBucketRateLimiter(options, scheduler);
    }

    /**
     * The options this limiter spends quotas with.
     *
     * @return the options
     */
    public RateLimitOptions options() {
        return options;
    }

    @Override
    public Mono<Void> acquire(String storeHash) {
        requireStoreHash(storeHash);
        return Mono.create(sink -> {
            Waiter waiter = new Waiter(sink);
            sweepIdleStores();
            apply(storeHash, bucket -> bucket.enqueue(waiter));
        });
    }

    @Override
    public void onResponse(String storeHash, RateLimitStatus status) {
        requireStoreHash(storeHash);
        Objects.requireNonNull(status, "'status' cannot be null.");
        apply(storeHash, bucket -> bucket.answered(status));
    }

    @Override
    public void onThrottled(String storeHash, Duration wait) {
        requireStoreHash(storeHash);
        Objects.requireNonNull(wait, "'wait' cannot be null.");
        apply(storeHash, bucket -> bucket.hold(wait.isNegative() ? Duration.ZERO : wait));
    }

    @Override
    public void onNoResponse(String storeHash) {
        requireStoreHash(storeHash);
        StoreBucket bucket = buckets.get(storeHash);
        if (bucket != null) {
            bucket.unanswered();
        }
    }

    /** The number of stores the limiter currently remembers. */
    int storeCount() {
        return buckets.size();
    }

    /** The number of requests waiting for a permit to the store. */
    int waiting(String storeHash) {
        StoreBucket bucket = buckets.get(storeHash);
        return bucket == null ? 0 : bucket.waiting();
    }

    /** Runs the action on the store's bucket, looking it up again when the one found was retired meanwhile. */
    private void apply(String storeHash, Predicate<StoreBucket> action) {
        StoreBucket bucket = buckets.computeIfAbsent(storeHash, hash -> new StoreBucket(hash, options, scheduler));
        while (!action.test(bucket)) {
            buckets.remove(storeHash, bucket);
            bucket = buckets.computeIfAbsent(storeHash, hash -> new StoreBucket(hash, options, scheduler));
        }
    }

    /** Forgets idle stores, at most once per eviction period, on the thread of whoever asks for a permit. */
    private void sweepIdleStores() {
        long now = now();
        long due = nextSweepAt.get();
        if (now < due || !nextSweepAt.compareAndSet(due, now + idleNanos)) {
            return;
        }
        buckets.values().forEach(bucket -> {
            if (bucket.retireIfIdle(now, idleNanos)) {
                buckets.remove(bucket.storeHash(), bucket);
            }
        });
    }

    private long now() {
        return scheduler.now(TimeUnit.NANOSECONDS);
    }

    private static void requireStoreHash(String storeHash) {
        Objects.requireNonNull(storeHash, "'storeHash' cannot be null.");
    }
}
