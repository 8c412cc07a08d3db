package io.github.bcreactive.samples.catalogsync;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import io.github.bcreactive.autoconfigure.BigCommerceStores;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import reactor.core.Disposable;
import tools.jackson.databind.json.JsonMapper;

/** Runs the sync once at startup: progress lines while it runs, then the summary. */
final class CatalogSyncRunner implements ApplicationRunner, ExitCodeGenerator {

    private final ObjectProvider<BigCommerceStores> stores;
    private final CatalogSyncProperties properties;
    private final ClientMetrics metrics;
    private final PrintStream out;
    private volatile int exitCode;

    CatalogSyncRunner(ObjectProvider<BigCommerceStores> stores, CatalogSyncProperties properties, ClientMetrics metrics,
            PrintStream out) {
        this.stores = stores;
        this.properties = properties;
        this.metrics = metrics;
        this.out = out;
    }

    @Override
    public void run(ApplicationArguments args) {
        BigCommerceStores configured = stores.getIfAvailable();
        if (configured == null) {
            out.println("No store to sync: configure bigcommerce.stores.<name>.store-hash and .access-token.");
            exitCode = 2;
            return;
        }
        sync(configured);
    }

    private void sync(BigCommerceStores stores) {
        CatalogSync sync = new CatalogSync(properties.dataDir(), properties.full(), JsonMapper.builder().build());
        List<StoreProgress> progress = sync.plan(stores.asMap());
        out.printf(Locale.ROOT, "Syncing %d stores into %s%n", progress.size(), properties.dataDir().toAbsolutePath());
        long start = System.nanoTime();
        ProgressDisplay display = new ProgressDisplay(out, metrics, System.console() != null);
        Disposable redraw = display.start(progress, properties.progressInterval());
        try {
            sync.run(stores.asMap(), progress).block();
        } finally {
            redraw.dispose();
            display.finish();
        }
        summary(progress, (System.nanoTime() - start) / 1e9);
        exitCode = progress.stream().anyMatch(store -> store.state() != StoreProgress.State.DONE) ? 1 : 0;
    }

    private void summary(List<StoreProgress> progress, double elapsed) {
        String format = "%-10s %-12s %-11s %10s %10s %7s %9s %6s %8s %18s %9s%n";
        out.println();
        out.printf(Locale.ROOT, format, "store", "hash", "mode", "products", "variants", "pages", "requests", "429s",
                "retries", "rate-limit waits", "elapsed");
        long[] totals = new long[7];
        double waited = 0;
        for (StoreProgress store : progress) {
            String hash = store.storeHash();
            long[] row = {store.products(), store.variants(), store.pages(), metrics.requests(hash),
                metrics.throttled(hash), metrics.retries(hash), metrics.waits(hash)};
            for (int i = 0; i < row.length; i++) {
                totals[i] += row[i];
            }
            waited += metrics.waitedSeconds(hash);
            out.printf(Locale.ROOT, format, store.name(), hash, store.incremental() ? "incremental" : "full",
                    number(row[0]), number(row[1]), number(row[2]), number(row[3]), number(row[4]), number(row[5]),
                    waits(row[6], metrics.waitedSeconds(hash)), seconds(store.elapsedSeconds()));
        }
        out.printf(Locale.ROOT, format, "TOTAL", "", "", number(totals[0]), number(totals[1]), number(totals[2]),
                number(totals[3]), number(totals[4]), number(totals[5]), waits(totals[6], waited), seconds(elapsed));
        for (StoreProgress store : progress) {
            if (store.state() == StoreProgress.State.FAILED) {
                out.println("FAILED " + store.name() + ": " + store.failure());
            }
        }
    }

    private static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String waits(long count, double seconds) {
        return String.format(Locale.ROOT, "%,d (%.1fs)", count, seconds);
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, "%.1fs", value);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
