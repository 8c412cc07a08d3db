package io.github.bcreactive.ratelimit;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * A {@link RateLimiter} that adds an adaptive limit of requests in flight per store, for every caller of the store in
 * the process, in front of another limiter (the quota bucket, local or Redis). A request first takes a slot of its
 * store's limit, then the other limiter's permit.
 *
 * <p>The limit follows the store's health, by AIMD (see {@link AdaptiveConcurrencyOptions}): it halves on a 429 or a
 * 500, 502, 503 or 504, and when the store's latency rises (its short-run average passes twice its long-run one);
 * each answer that is none of these adds about one request in flight per round of answers (one per answer, a
 * doubling per round, until the store first shows congestion), up to the maximum. AIMD
 * because what a store says when it is overloaded is mostly discrete (429s without quota headers, 5xx), and because
 * AIMD controllers in separate JVMs share a store fairly without talking to each other; a latency gradient alone
 * would be misled by the mix of endpoints, whose latencies differ tenfold (a page of 250 products against one
 * order), and by the client's own queueing, so latency is only a coarse second signal here.
 *
 * <p>The quota still rules: the other limiter decides when a request may go within the window; this one only
 * decides how many may be out at once. Per-call fan-out limits (a listing's page concurrency, a batch's documented
 * concurrency) stay as they are, under this per-store limit. It learns from
 * {@link #onResponse(String, RateLimitStatus, int, Duration)}, which the transport calls; a response reported
 * through the shorter form frees its slot without teaching anything.
 *
 * <pre>{@code
 * RateLimiter limiter = AdaptiveConcurrencyLimiter.around(TokenBucketRateLimiter.create(),
 *         AdaptiveConcurrencyOptions.defaults());
 * BigCommerceClients clients = BigCommerceClients.builder().rateLimiter(limiter).build();
 * }</pre>
 */
public final class AdaptiveConcurrencyLimiter implements RateLimiter {

    private final RateLimiter quota;
    private final AdaptiveConcurrencyOptions options;
    private final Scheduler scheduler;
    private final ConcurrentMap<String, StoreConcurrency> stores = new ConcurrentHashMap<>();

    private AdaptiveConcurrencyLimiter(RateLimiter quota, AdaptiveConcurrencyOptions options, Scheduler scheduler) {
        this.quota = Objects.requireNonNull(quota, "'quota' cannot be null.");
        this.options = Objects.requireNonNull(options, "'options' cannot be null.");
        this.scheduler = Objects.requireNonNull(scheduler, "'scheduler' cannot be null.");
    }

    /**
     * Adds adaptive concurrency in front of a limiter, with the clock of {@link Schedulers#parallel()}.
     *
     * @param quota the limiter that follows the stores' quotas
     * @param options how the limits adapt
     * @return the combined limiter
     */
    public static AdaptiveConcurrencyLimiter around(RateLimiter quota, AdaptiveConcurrencyOptions options) {
        return around(quota, options, Schedulers.parallel());
    }

    /**
     * Adds adaptive concurrency in front of a limiter, with the clock of {@code scheduler} (virtual time in tests).
     *
     * @param quota the limiter that follows the stores' quotas
     * @param options how the limits adapt
     * @param scheduler the clock
     * @return the combined limiter
     */
    public static AdaptiveConcurrencyLimiter around(RateLimiter quota, AdaptiveConcurrencyOptions options,
            Scheduler scheduler) {
        return new AdaptiveConcurrencyLimiter(quota, options, scheduler);
    }

    /**
     * The requests a store may have in flight now.
     *
     * @param storeHash the store
     * @return its current limit ({@link AdaptiveConcurrencyOptions#initialLimit()} for a store not seen yet)
     */
    public int limit(String storeHash) {
        StoreConcurrency store = stores.get(storeHash);
        return store == null ? options.initialLimit() : store.limit();
    }

    /** The requests of the store holding a slot. */
    int inFlight(String storeHash) {
        StoreConcurrency store = stores.get(storeHash);
        return store == null ? 0 : store.inFlight();
    }

    @Override
    public Mono<Void> acquire(String storeHash) {
        Objects.requireNonNull(storeHash, "'storeHash' cannot be null.");
        return Mono.defer(() -> {
            StoreConcurrency store = store(storeHash);
            Mono<Void> slot = Mono.create(sink -> store.enqueue(new Waiter(sink)));
            // the slot is held while the quota permit is awaited; a failed or cancelled wait gives it back
            return Handover.then(slot, () -> quota.acquire(storeHash)
                    .doOnError(failure -> store.refund())
                    .doOnCancel(store::refund), store::refund);
        });
    }

    @Override
    public void onResponse(String storeHash, RateLimitStatus status) {
        quota.onResponse(storeHash, status);
        release(storeHash);
    }

    @Override
    public void onResponse(String storeHash, RateLimitStatus status, int statusCode, Duration latency) {
        quota.onResponse(storeHash, status, statusCode, latency);
        StoreConcurrency store = stores.get(storeHash);
        if (store != null) {
            store.answered(statusCode, latency.toNanos());
        }
    }

    @Override
    public void onThrottled(String storeHash, Duration wait) {
        quota.onThrottled(storeHash, wait);
    }

    @Override
    public void onNoResponse(String storeHash) {
        quota.onNoResponse(storeHash);
        release(storeHash);
    }

    @Override
    public String toString() {
        return "AdaptiveConcurrencyLimiter[" + quota + "]";
    }

    private void release(String storeHash) {
        StoreConcurrency store = stores.get(storeHash);
        if (store != null) {
            store.refund();
        }
    }

    private StoreConcurrency store(String storeHash) {
        return stores.computeIfAbsent(storeHash, hash -> new StoreConcurrency(options, scheduler));
    }
}
