package io.github.bcreactive.redis;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.bcreactive.ratelimit.QuotaState;
import io.github.bcreactive.ratelimit.RateLimitOptions;
import io.github.bcreactive.ratelimit.RateLimitStatus;
import io.github.bcreactive.ratelimit.RateLimiter;
import io.lettuce.core.api.StatefulRedisConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Exceptions;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * A {@link RateLimiter} whose per-store quota lives in Redis, so that several JVMs share each store's quota. It
 * follows the same rules as {@link io.github.bcreactive.ratelimit.TokenBucketRateLimiter} (learning from the
 * {@code X-Rate-Limit-*} headers, refilling at the reset, lowering its count when other apps spend the quota,
 * holding a store's requests during a 429 wait, a cautious start, the {@link RateLimitOptions} parity options), run
 * atomically by one Lua script per operation against one hash per store, timed by Redis's clock.
 *
 * <p>Within a JVM, a store's waiters go in arrival order and only the first asks Redis: again after the wait Redis
 * answered (at most a second, to see what other JVMs learnt), or at once when this JVM reports a response of the
 * store; across JVMs, whoever asks first after a wait gets the permit. Nothing blocks: the waits are timers of the
 * given {@link Scheduler}. A store's key expires after {@link RateLimitOptions#idleEviction()} without any request.
 *
 * <p><b>When Redis cannot be reached</b> (it fails, or does not answer within
 * {@link Builder#acquireTimeout(Duration)}, 3 s by default), every request waiting for a permit fails at once with
 * {@link RateLimiterUnavailableException}, and so does every new one for the next acquire timeout, without waiting for
 * Redis. Or, when a {@linkplain Builder#fallback(RateLimiter) fallback} limiter was chosen, those requests take their
 * permits from it instead. After each acquire timeout the next request asks Redis again, so the limiter recovers by
 * itself once Redis is back (Lettuce reconnects on its own). Reports of responses are not sent to Redis while it is
 * unreachable; a fallback limiter is told every report, so that it knows each store's quota when it is needed.
 *
 * <pre>{@code
 * StatefulRedisConnection<String, String> connection = RedisClient.create("redis://localhost").connect();
 * RateLimiter limiter = RedisRateLimiter.builder(connection).build();
 * }</pre>
 */
public final class RedisRateLimiter implements RateLimiter {

    /** The prefix of the per-store keys unless {@link Builder#keyPrefix(String)} sets another. */
    public static final String DEFAULT_KEY_PREFIX = "bigcommerce-reactive:rate-limit:";

    private static final Logger LOG = LoggerFactory.getLogger(RedisRateLimiter.class);

    /** The acquire timeout unless {@link Builder#acquireTimeout(Duration)} sets another. */
    public static final Duration DEFAULT_ACQUIRE_TIMEOUT = Duration.ofSeconds(3);

    private final RateLimitOptions options;
    private final Scheduler scheduler;
    private final QuotaScript script;
    private final RateLimiter fallback;
    private final long recheckNanos;
    private final ConcurrentMap<String, StoreQueue> queues = new ConcurrentHashMap<>();
    private final AtomicBoolean outageLogged = new AtomicBoolean();
    private volatile long unavailableUntil = Long.MIN_VALUE;

    private RedisRateLimiter(Builder builder) {
        this.options = builder.options;
        this.scheduler = builder.scheduler;
        this.fallback = builder.fallback;
        this.recheckNanos = builder.acquireTimeout.toNanos();
        this.script = new QuotaScript(builder.connection.reactive(), builder.keyPrefix, options,
                builder.acquireTimeout, scheduler);
    }

    /**
     * A builder for a limiter using {@code connection} (which stays the caller's to close).
     *
     * @param connection a Lettuce connection with string keys and values
     * @return a new builder
     */
    public static Builder builder(StatefulRedisConnection<String, String> connection) {
        return new Builder(connection);
    }

    @Override
    public Mono<Void> acquire(String storeHash) {
        requireStoreHash(storeHash);
        Mono<Void> shared = Mono.create(sink -> {
            StoreQueue queue = queue(storeHash);
            while (!queue.enqueue(sink)) {
                queues.remove(storeHash, queue);
                queue = queue(storeHash);
            }
        });
        return Mono.defer(() -> {
            if (unavailable()) {
                return fallback != null ? fallback.acquire(storeHash) : Mono.error(new RateLimiterUnavailableException(
                        "The shared rate limiter's Redis is unreachable; the request was not sent", null));
            }
            return fallback == null ? shared
                    : shared.onErrorResume(RateLimiterUnavailableException.class, e -> fallback.acquire(storeHash));
        });
    }

    @Override
    public void onResponse(String storeHash, RateLimitStatus status) {
        requireStoreHash(storeHash);
        Objects.requireNonNull(status, "'status' cannot be null.");
        if (fallback != null) {
            fallback.onResponse(storeHash, status);
        }
        if (unavailable()) {
            return;
        }
        script.response(storeHash, status).subscribe(answer -> {
            nudge(storeHash);
            if (answer.tracking()) {
                report(storeHash, answer.code() == 1 ? QuotaState.Event.THRESHOLD : QuotaState.Event.RESPONSE, answer);
            }
        }, error -> logFailure("a response", storeHash, error));
    }

    @Override
    public void onThrottled(String storeHash, Duration wait) {
        requireStoreHash(storeHash);
        Objects.requireNonNull(wait, "'wait' cannot be null.");
        if (fallback != null) {
            fallback.onThrottled(storeHash, wait);
        }
        if (unavailable()) {
            return;
        }
        Duration clamped = wait.compareTo(RateLimitStatus.MAX_WINDOW) > 0 ? RateLimitStatus.MAX_WINDOW : wait;
        script.throttled(storeHash, clamped).subscribe(answer -> report(storeHash, QuotaState.Event.THROTTLED, answer),
                error -> logFailure("a 429", storeHash, error));
    }

    @Override
    public void onNoResponse(String storeHash) {
        requireStoreHash(storeHash);
        if (fallback != null) {
            fallback.onNoResponse(storeHash);
        }
        if (unavailable()) {
            return;
        }
        script.noResponse(storeHash).subscribe(answer -> nudge(storeHash),
                error -> logFailure("a lost request", storeHash, error));
    }

    /** Whether Redis failed less than an acquire timeout ago: then nobody asks it, so nobody waits for it. */
    private boolean unavailable() {
        long until = unavailableUntil;
        if (until == Long.MIN_VALUE) {
            return false;
        }
        if (scheduler.now(TimeUnit.NANOSECONDS) < until) {
            return true;
        }
        if (outageLogged.compareAndSet(true, false)) {
            LOG.info("Asking Redis for rate-limit permits again");
        }
        return false;
    }

    /** Redis failed or did not answer in time: stop asking it for one acquire timeout. */
    private void markUnavailable() {
        unavailableUntil = scheduler.now(TimeUnit.NANOSECONDS) + recheckNanos;
        if (outageLogged.compareAndSet(false, true)) {
            LOG.warn("Redis is unreachable for the shared rate limiter: {} for the next {} ms, then asking again",
                    fallback != null ? "permits come from the fallback limiter" : "requests fail",
                    recheckNanos / 1_000_000);
        }
    }

    private void nudge(String storeHash) {
        StoreQueue queue = queues.get(storeHash);
        if (queue != null) {
            queue.nudge();
        }
    }

    /** The number of stores with requests of this JVM waiting. */
    int storesWaiting() {
        return queues.size();
    }

    private StoreQueue queue(String storeHash) {
        return queues.computeIfAbsent(storeHash,
                hash -> new StoreQueue(hash, script, scheduler, queues, this::markUnavailable));
    }

    private void report(String storeHash, QuotaState.Event event, QuotaScript.Answer answer) {
        StoreQueue queue = queues.get(storeHash);
        QuotaState state = new QuotaState(storeHash, event, (int) answer.quota(),
                answer.windowMs() > 0 ? Duration.ofMillis(answer.windowMs()) : Duration.ZERO, (int) answer.left(),
                Duration.ofMillis(answer.resetInMs()), queue == null ? 0 : queue.waiting());
        try {
            options.listener().onQuotaState(state);
        } catch (Throwable failure) {
            Exceptions.throwIfJvmFatal(failure);
            LOG.warn("Rate limit listener failed for store {}; the call goes on", storeHash, failure);
        }
    }

    private void logFailure(String what, String storeHash, Throwable error) {
        markUnavailable();
        LOG.debug("Could not record {} of store {} in Redis", what, storeHash, error);
    }

    private static void requireStoreHash(String storeHash) {
        Objects.requireNonNull(storeHash, "'storeHash' cannot be null.");
    }

    /** Builds a {@link RedisRateLimiter}. */
    public static final class Builder {
        private final StatefulRedisConnection<String, String> connection;
        private RateLimitOptions options = RateLimitOptions.defaults();
        private String keyPrefix = DEFAULT_KEY_PREFIX;
        private Scheduler scheduler = Schedulers.parallel();
        private Duration acquireTimeout = DEFAULT_ACQUIRE_TIMEOUT;
        private RateLimiter fallback;

        private Builder(StatefulRedisConnection<String, String> connection) {
            this.connection = Objects.requireNonNull(connection, "'connection' cannot be null.");
        }

        /**
         * Sets how each store's quota is spent (default {@link RateLimitOptions#defaults()}); every JVM sharing a
         * store should use the same options.
         *
         * @param options the options
         * @return this builder
         */
        public Builder options(RateLimitOptions options) {
            this.options = Objects.requireNonNull(options, "'options' cannot be null.");
            return this;
        }

        /**
         * Sets the prefix of the per-store keys (default {@value RedisRateLimiter#DEFAULT_KEY_PREFIX}).
         *
         * @param keyPrefix a prefix, may be empty
         * @return this builder
         */
        public Builder keyPrefix(String keyPrefix) {
            this.keyPrefix = Objects.requireNonNull(keyPrefix, "'keyPrefix' cannot be null.");
            return this;
        }

        /**
         * Sets the scheduler whose timers run the waits and which signals the permits (default
         * {@link Schedulers#parallel()}).
         *
         * @param scheduler the scheduler
         * @return this builder
         */
        public Builder scheduler(Scheduler scheduler) {
            this.scheduler = Objects.requireNonNull(scheduler, "'scheduler' cannot be null.");
            return this;
        }

        /**
         * Sets how long one question to Redis may take (default 3 s, {@link RedisRateLimiter#DEFAULT_ACQUIRE_TIMEOUT}): when Redis
         * fails or does not answer within it, waiting requests fail with {@link RateLimiterUnavailableException} (or
         * go to the {@linkplain #fallback(RateLimiter) fallback}), and for the same time after that, new requests do
         * not ask Redis at all. It bounds a single round trip, not the wait for a permit, which the store's quota
         * decides.
         *
         * @param acquireTimeout a positive duration, well below Lettuce's own command timeout
         * @return this builder
         */
        public Builder acquireTimeout(Duration acquireTimeout) {
            Objects.requireNonNull(acquireTimeout, "'acquireTimeout' cannot be null.");
            if (acquireTimeout.isNegative() || acquireTimeout.isZero()) {
                throw new IllegalArgumentException("'acquireTimeout' must be positive, was " + acquireTimeout);
            }
            this.acquireTimeout = acquireTimeout;
            return this;
        }

        /**
         * Chooses a limiter that gives the permits while Redis is unreachable, instead of failing the requests
         * (default none: they fail). Usually {@code TokenBucketRateLimiter.create(sameOptions)}: each JVM then
         * follows the store's quota alone until Redis is back, so together they may spend more than the store's
         * share, and the store's 429s (which every JVM honours) become the backstop. It is told every response, so
         * it knows each store's quota when it takes over.
         *
         * @param fallback the limiter to use while Redis is unreachable
         * @return this builder
         */
        public Builder fallback(RateLimiter fallback) {
            this.fallback = Objects.requireNonNull(fallback, "'fallback' cannot be null.");
            return this;
        }

        /**
         * Builds the limiter.
         *
         * @return the limiter
         */
        public RedisRateLimiter build() {
            return new RedisRateLimiter(this);
        }
    }
}
