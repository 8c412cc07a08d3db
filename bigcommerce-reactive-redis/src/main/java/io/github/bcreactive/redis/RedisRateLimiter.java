package io.github.bcreactive.redis;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.github.bcreactive.ratelimit.QuotaState;
import io.github.bcreactive.ratelimit.RateLimitOptions;
import io.github.bcreactive.ratelimit.RateLimitStatus;
import io.github.bcreactive.ratelimit.RateLimiter;
import io.lettuce.core.api.StatefulRedisConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * When Redis cannot be reached, the waiting requests fail with Lettuce's exception.
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

    private final RateLimitOptions options;
    private final Scheduler scheduler;
    private final QuotaScript script;
    private final ConcurrentMap<String, StoreQueue> queues = new ConcurrentHashMap<>();

    private RedisRateLimiter(Builder builder) {
        this.options = builder.options;
        this.scheduler = builder.scheduler;
        this.script = new QuotaScript(builder.connection.reactive(), builder.keyPrefix, options);
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
        return Mono.create(sink -> {
            StoreQueue queue = queue(storeHash);
            while (!queue.enqueue(sink)) {
                queues.remove(storeHash, queue);
                queue = queue(storeHash);
            }
        });
    }

    @Override
    public void onResponse(String storeHash, RateLimitStatus status) {
        requireStoreHash(storeHash);
        Objects.requireNonNull(status, "'status' cannot be null.");
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
        script.throttled(storeHash, wait).subscribe(answer -> report(storeHash, QuotaState.Event.THROTTLED, answer),
                error -> logFailure("a 429", storeHash, error));
    }

    @Override
    public void onNoResponse(String storeHash) {
        requireStoreHash(storeHash);
        script.noResponse(storeHash).subscribe(answer -> nudge(storeHash),
                error -> logFailure("a lost request", storeHash, error));
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
        return queues.computeIfAbsent(storeHash, hash -> new StoreQueue(hash, script, scheduler, queues));
    }

    private void report(String storeHash, QuotaState.Event event, QuotaScript.Answer answer) {
        StoreQueue queue = queues.get(storeHash);
        QuotaState state = new QuotaState(storeHash, event, (int) answer.quota(),
                answer.windowMs() > 0 ? Duration.ofMillis(answer.windowMs()) : Duration.ZERO, (int) answer.left(),
                Duration.ofMillis(answer.resetInMs()), queue == null ? 0 : queue.waiting());
        try {
            options.listener().onQuotaState(state);
        } catch (RuntimeException e) {
            LOG.warn("Rate limit listener failed for store {}", storeHash, e);
        }
    }

    private static void logFailure(String what, String storeHash, Throwable error) {
        LOG.warn("Could not record {} of store {} in Redis", what, storeHash, error);
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
         * Builds the limiter.
         *
         * @return the limiter
         */
        public RedisRateLimiter build() {
            return new RedisRateLimiter(this);
        }
    }
}
