package io.github.bcreactive.samples.catalogsync;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.bcreactive.autoconfigure.BigCommerceStores;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.Disposables;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the sync once at startup: progress lines while it runs, then the summary.
 *
 * <p>Ctrl-C or SIGTERM closes the Spring context from the JVM's shutdown hook. Closing stops this lifecycle first,
 * before the starter's clients and their connection pool are destroyed: {@link #stop()} cancels the sync (the
 * in-flight requests are cancelled, every store's unfinished {@code .part} file is deleted, the copies and their
 * watermarks stay as they were) and waits until the summary is printed, so the JVM does not exit in the middle of
 * it.
 */
final class CatalogSyncRunner implements ApplicationRunner, ExitCodeGenerator, SmartLifecycle {

    /** How long a stop waits for the cancelled sync to print its summary. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);
    /** The exit code of a run that was stopped, as a shell reports a process ended by SIGINT. */
    static final int STOPPED_EXIT_CODE = 130;

    private final ObjectProvider<BigCommerceStores> stores;
    private final CatalogSyncProperties properties;
    private final ClientMetrics metrics;
    private final StoreLeases leases;
    private final PrintStream out;
    private final Disposable.Swap running = Disposables.swap();
    private final CountDownLatch summaryPrinted = new CountDownLatch(1);
    private volatile List<StoreProgress> lastRun = List.of();
    private volatile boolean lifecycleRunning;
    private volatile int exitCode;

    CatalogSyncRunner(ObjectProvider<BigCommerceStores> stores, CatalogSyncProperties properties, ClientMetrics metrics,
            StoreLeases leases, PrintStream out) {
        this.stores = stores;
        this.properties = properties;
        this.metrics = metrics;
        this.leases = leases;
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
        CatalogSync sync = new CatalogSync(properties, leases, JsonMapper.builder().build());
        List<StoreProgress> progress = sync.plan(stores.asMap());
        lastRun = progress;
        out.printf(Locale.ROOT, "Syncing %d stores into %s%n", progress.size(), properties.dataDir().toAbsolutePath());
        long start = System.nanoTime();
        ProgressDisplay display = new ProgressDisplay(out, metrics, System.console() != null);
        Disposable redraw = display.start(progress, properties.progressInterval());
        CountDownLatch finished = new CountDownLatch(1);
        try {
            running.update(sync.run(stores.asMap(), progress).doFinally(signal -> finished.countDown()).subscribe());
            awaitUninterruptibly(finished);
        } finally {
            redraw.dispose();
            display.finish();
        }
        summary(progress, (System.nanoTime() - start) / 1e9);
        exitCode = exitCode(progress);
        summaryPrinted.countDown();
    }

    private static int exitCode(List<StoreProgress> progress) {
        if (progress.stream().anyMatch(store -> store.state() == StoreProgress.State.STOPPED)) {
            return STOPPED_EXIT_CODE;
        }
        return progress.stream().anyMatch(store -> store.state() == StoreProgress.State.FAILED) ? 1 : 0;
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        lifecycleRunning = true;
    }

    /** Cancels a sync still running and waits (at most {@link #STOP_WAIT}) until its summary is printed. */
    @Override
    public void stop() {
        lifecycleRunning = false;
        Disposable sync = running.get();
        if (sync == null || sync.isDisposed()) {
            return;
        }
        sync.dispose();
        try {
            summaryPrinted.await(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return lifecycleRunning;
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
            } else if (store.state() == StoreProgress.State.SKIPPED) {
                out.println("SKIPPED " + store.name() + ": synced by another worker");
            } else if (store.state() == StoreProgress.State.STOPPED) {
                out.println("STOPPED " + store.name() + ": its previous copy and watermark are kept");
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

    /** What each store's sync did in the last run; empty before the first. */
    List<StoreProgress> lastRun() {
        return lastRun;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
