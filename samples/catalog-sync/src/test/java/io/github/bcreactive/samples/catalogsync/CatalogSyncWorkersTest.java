package io.github.bcreactive.samples.catalogsync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.bcreactive.redis.LocalRedis;
import io.github.bcreactive.test.BigCommerceSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/** Two workers on one machine share 6 stores through leases in Redis: every store synced once, by one of them. */
class CatalogSyncWorkersTest {

    private static LocalRedis redis;

    @BeforeAll
    static void startRedis() throws Exception {
        redis = LocalRedis.start();
    }

    @AfterAll
    static void stopRedis() throws Exception {
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void twoWorkersSplitSixStoresAndNoStoreIsSyncedTwice(@TempDir Path data) throws Exception {
        try (BigCommerceSimulator simulator = BigCommerceSimulator.builder().stores(6).products(300)
                .latency(Duration.ofMillis(20), Duration.ZERO).build().start()) {
            List<String> args = new ArrayList<>(List.of("--bigcommerce.api-url=" + simulator.baseUrl(),
                    "--catalog-sync.data-dir=" + data, "--catalog-sync.concurrent-stores=1",
                    "--catalog-sync.workers.enabled=true", "--catalog-sync.workers.redis-url=" + redis.uri()));
            int n = 1;
            for (String hash : simulator.storeHashes()) {
                args.add("--bigcommerce.stores.s" + n + ".store-hash=" + hash);
                args.add("--bigcommerce.stores.s" + n++ + ".access-token=" + simulator.accessToken(hash));
            }
            String[] argv = args.toArray(String[]::new);
            CompletableFuture<ConfigurableApplicationContext> first =
                    CompletableFuture.supplyAsync(() -> CatalogSyncApplication.application().run(argv));
            CompletableFuture<ConfigurableApplicationContext> second =
                    CompletableFuture.supplyAsync(() -> withoutLoggingSetUp(CatalogSyncApplication.application())
                            .run(argv));
            List<String> firstSynced = synced(first.get(120, TimeUnit.SECONDS));
            List<String> secondSynced = synced(second.get(120, TimeUnit.SECONDS));

            System.out.printf("WORKERS first synced %d stores %s, second synced %d stores %s%n", firstSynced.size(),
                    firstSynced, secondSynced.size(), secondSynced);
            assertThat(firstSynced).doesNotContainAnyElementsOf(secondSynced);
            List<String> all = new ArrayList<>(firstSynced);
            all.addAll(secondSynced);
            assertThat(all).containsExactlyInAnyOrderElementsOf(simulator.storeHashes());
            for (String hash : simulator.storeHashes()) {
                assertThat(Files.readAllLines(data.resolve(hash).resolve("products.ndjson"))).hasSize(300);
            }
        }
    }

    /**
     * Logback's context is one per JVM, and two applications setting it up at once race on it
     * ({@code ConcurrentModificationException} in {@code LoggerContext.putProperty}): the first worker sets it up,
     * the second uses it as it is.
     */
    private static SpringApplication withoutLoggingSetUp(SpringApplication application) {
        application.setListeners(application.getListeners().stream()
                .filter(listener -> !(listener instanceof LoggingApplicationListener))
                .toList());
        return application;
    }

    private static List<String> synced(ConfigurableApplicationContext context) {
        CatalogSyncRunner runner = context.getBean(CatalogSyncRunner.class);
        List<String> synced = runner.lastRun().stream()
                .filter(store -> store.state() == StoreProgress.State.DONE)
                .map(StoreProgress::storeHash)
                .toList();
        assertThat(SpringApplication.exit(context)).isZero();
        return synced;
    }
}
