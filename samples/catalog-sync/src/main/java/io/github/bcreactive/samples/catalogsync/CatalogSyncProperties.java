package io.github.bcreactive.samples.catalogsync;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sample's own settings ({@code catalog-sync.*}); the stores come from the starter's
 * {@code bigcommerce.stores.<name>.*}.
 *
 * @param dataDir where each store's NDJSON file and sync state are written, one directory per store name
 * @param full copy every product again instead of only those modified since the last run
 * @param progressInterval how often the progress lines are redrawn
 * @param concurrentStores how many stores this worker syncs at once
 * @param workers several workers sharing the stores through Redis
 * @param simulator the embedded simulator started when no store is configured
 */
@ConfigurationProperties("catalog-sync")
public record CatalogSyncProperties(
        @DefaultValue("data/catalog-sync") Path dataDir,
        @DefaultValue("false") boolean full,
        @DefaultValue("500ms") Duration progressInterval,
        @DefaultValue("16") int concurrentStores,
        @DefaultValue Workers workers,
        @DefaultValue Simulator simulator) {

    /**
     * Checks the settings.
     *
     * @param dataDir where the copies are written
     * @param full copy every product again
     * @param progressInterval the redraw period
     * @param concurrentStores stores synced at once, at least 1
     * @param workers the workers' settings
     * @param simulator the embedded simulator's settings
     */
    public CatalogSyncProperties {
        if (concurrentStores < 1) {
            throw new IllegalArgumentException("catalog-sync.concurrent-stores must be at least 1, was "
                    + concurrentStores + ".");
        }
    }

    /**
     * Several workers (processes, on one machine or several) sharing the stores: each store is synced by one worker at
     * a time, under a lease in Redis (the same Redis the shared rate limiter uses), and the quota is shared through
     * the Redis rate limiter. The workers must write to one data directory (a shared volume) for the copies to stay
     * whole.
     *
     * @param enabled share the stores with other workers
     * @param redisUrl the Redis to keep the leases in
     * @param leaseTime how long a lease lasts unless renewed (it is renewed every third of it while the sync runs)
     * @param minInterval how long after a completed sync other workers skip the store
     */
    public record Workers(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("redis://localhost:6379") String redisUrl,
            @DefaultValue("30s") Duration leaseTime,
            @DefaultValue("1m") Duration minInterval) {
    }

    /**
     * The embedded simulator: its size, and a rate-limit window shorter than BigCommerce's 30 s so that a demo meets
     * the quota in seconds.
     *
     * @param stores how many stores it serves
     * @param products products per store
     * @param seed the seed its data is generated from
     * @param quota requests per store per window
     * @param window the quota window
     * @param latency the fixed latency of each response
     */
    public record Simulator(
            @DefaultValue("3") int stores,
            @DefaultValue("20000") long products,
            @DefaultValue("42") long seed,
            @DefaultValue("50") int quota,
            @DefaultValue("2s") Duration window,
            @DefaultValue("20ms") Duration latency) {
    }
}
