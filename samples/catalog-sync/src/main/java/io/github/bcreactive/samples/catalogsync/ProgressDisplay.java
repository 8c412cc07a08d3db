package io.github.bcreactive.samples.catalogsync;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;

/**
 * A live progress line per store. On a terminal the lines are redrawn in place; otherwise (a pipe, a CI log) they
 * are printed every few seconds, so a log does not fill with redraws.
 */
final class ProgressDisplay {

    private static final int PLAIN_EVERY = 10;
    private static final String UP = "\u001b[%dA";
    private static final String CLEAR_LINE = "\u001b[2K";

    private final PrintStream out;
    private final ClientMetrics metrics;
    private final boolean terminal;
    private List<StoreProgress> stores = List.of();
    private boolean drawn;
    private long ticks;

    ProgressDisplay(PrintStream out, ClientMetrics metrics, boolean terminal) {
        this.out = out;
        this.metrics = metrics;
        this.terminal = terminal;
    }

    /** Starts redrawing the stores' lines every interval; dispose the result to stop. */
    Disposable start(List<StoreProgress> progress, Duration interval) {
        this.stores = List.copyOf(progress);
        return Flux.interval(interval).subscribe(tick -> draw(false));
    }

    /** Draws the final state of every line. */
    synchronized void finish() {
        draw(true);
    }

    private synchronized void draw(boolean last) {
        if (!terminal && !last && ticks++ % PLAIN_EVERY != 0) {
            return;
        }
        if (terminal && drawn) {
            out.printf(UP, stores.size());
        }
        for (StoreProgress store : stores) {
            out.println((terminal ? CLEAR_LINE : "") + line(store));
        }
        out.flush();
        drawn = true;
    }

    private String line(StoreProgress store) {
        String count = store.total() >= 0
                ? String.format(Locale.ROOT, "%,d/%,d", store.products(), store.total())
                : String.format(Locale.ROOT, "%,d", store.products());
        String pages = store.totalPages() >= 0 ? store.pages() + "/" + store.totalPages() : String.valueOf(store.pages());
        String state = switch (store.state()) {
            case RUNNING -> bar(store);
            case DONE -> "done";
            case FAILED -> "FAILED " + store.failure();
            case STOPPED -> "stopped";
            case SKIPPED -> "skipped: another worker has it";
        };
        return String.format(Locale.ROOT, "%-10s %-12s %-11s %15s products %,9d variants %9s pages %,6d req %,4d x429"
                        + " %6.1fs  %s",
                store.name(), store.storeHash(), store.incremental() ? "incremental" : "full", count, store.variants(),
                pages, metrics.requests(store.storeHash()), metrics.throttled(store.storeHash()),
                store.elapsedSeconds(), state);
    }

    private static String bar(StoreProgress store) {
        int width = 20;
        int filled = store.total() > 0 ? (int) Math.min(width, store.products() * width / store.total()) : 0;
        return "[" + "#".repeat(filled) + ".".repeat(width - filled) + "]";
    }
}
