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
 * @param simulator the embedded simulator started when no store is configured
 */
@ConfigurationProperties("catalog-sync")
public record CatalogSyncProperties(
        @DefaultValue("data/catalog-sync") Path dataDir,
        @DefaultValue("false") boolean full,
        @DefaultValue("500ms") Duration progressInterval,
        @DefaultValue Simulator simulator) {

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
