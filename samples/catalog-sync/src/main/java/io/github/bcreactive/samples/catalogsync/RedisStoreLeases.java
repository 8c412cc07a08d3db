package io.github.bcreactive.samples.catalogsync;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;

import io.lettuce.core.RedisClient;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.reactive.RedisReactiveCommands;
import reactor.core.publisher.Mono;

/**
 * Store leases in Redis, for several workers sharing the stores. A store's key
 * {@code catalog-sync:lease:{storeHash}} holds the worker that syncs it ({@code SET NX} with a time to live, renewed
 * while the sync runs). When the sync completes the key becomes {@code done:<worker>} for the minimum interval, so a
 * worker that comes to the store later in the same round skips it instead of syncing it a second time; when the sync
 * fails or stops the key is deleted and another worker may take the store at once. Renewal, completion and release
 * check the holder in a script, so a worker whose lease expired never touches another's.
 */
final class RedisStoreLeases implements StoreLeases {

    private static final String PREFIX = "catalog-sync:lease:";
    private static final String DONE = "done:";
    private static final String IF_HOLDER_PEXPIRE = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
            return 0""";
    private static final String IF_HOLDER_MARK_DONE = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3]) return 1
            end
            return 0""";
    private static final String IF_HOLDER_DELETE = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
            return 0""";

    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;
    private final RedisReactiveCommands<String, String> redis;
    private final String worker;
    private final Duration leaseTime;
    private final Duration minInterval;

    private RedisStoreLeases(RedisClient client, Duration leaseTime, Duration minInterval) {
        this.client = client;
        this.connection = client.connect();
        this.redis = connection.reactive();
        this.worker = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
        this.leaseTime = leaseTime;
        this.minInterval = minInterval;
    }

    /**
     * Connects to Redis.
     *
     * @param settings the workers' settings
     * @return the leases of this worker
     */
    static RedisStoreLeases connect(CatalogSyncProperties.Workers settings) {
        return new RedisStoreLeases(RedisClient.create(settings.redisUrl()), settings.leaseTime(),
                settings.minInterval());
    }

    /** This worker's name in the leases: the JVM's {@code pid@host} and a random suffix. */
    String worker() {
        return worker;
    }

    @Override
    public Mono<Lease> acquire(String storeHash) {
        String key = PREFIX + storeHash;
        return redis.set(key, worker, SetArgs.Builder.nx().px(leaseTime.toMillis()))
                .map(ok -> (Lease) new RedisLease(key));
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown();
    }

    private final class RedisLease implements Lease {

        private final String key;

        private RedisLease(String key) {
            this.key = key;
        }

        @Override
        public Mono<Boolean> renew() {
            return ifHolder(IF_HOLDER_PEXPIRE, worker, String.valueOf(leaseTime.toMillis()));
        }

        @Override
        public Mono<Void> complete() {
            return ifHolder(IF_HOLDER_MARK_DONE, worker, DONE + worker, String.valueOf(minInterval.toMillis()))
                    .then();
        }

        @Override
        public Mono<Void> release() {
            return ifHolder(IF_HOLDER_DELETE, worker).then();
        }

        private Mono<Boolean> ifHolder(String script, String... args) {
            return redis.<Long>eval(script, ScriptOutputType.INTEGER, new String[] {key}, args)
                    .next()
                    .map(changed -> changed == 1L);
        }
    }
}
