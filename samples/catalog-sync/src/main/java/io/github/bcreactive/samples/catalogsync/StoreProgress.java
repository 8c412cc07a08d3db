package io.github.bcreactive.samples.catalogsync;

import java.util.concurrent.atomic.AtomicLong;

import io.github.bcreactive.model.generated.catalog.Product;
import io.github.bcreactive.paging.Page;

/** What one store's sync has done so far; updated by the sync, read by the progress display and the summary. */
final class StoreProgress {

    enum State { RUNNING, DONE, FAILED, STOPPED, SKIPPED }

    private final String name;
    private final String storeHash;
    private final boolean incremental;
    private final long startNanos = System.nanoTime();
    private final AtomicLong products = new AtomicLong();
    private final AtomicLong variants = new AtomicLong();
    private final AtomicLong pages = new AtomicLong();
    private volatile long total = -1;
    private volatile long totalPages = -1;
    private volatile long endNanos;
    private volatile State state = State.RUNNING;
    private volatile String failure = "";

    StoreProgress(String name, String storeHash, boolean incremental) {
        this.name = name;
        this.storeHash = storeHash;
        this.incremental = incremental;
    }

    void page(Page<Product> page) {
        page.pagination().total().ifPresent(value -> total = value);
        page.pagination().totalPages().ifPresent(value -> totalPages = value);
        long pageVariants = 0;
        for (Product product : page.items()) {
            pageVariants += product.variants().size();
        }
        variants.addAndGet(pageVariants);
        products.addAndGet(page.items().size());
        pages.incrementAndGet();
    }

    void done() {
        endNanos = System.nanoTime();
        state = State.DONE;
    }

    /** Another worker holds the store, or synced it within the minimum interval. */
    void skipped() {
        endNanos = System.nanoTime();
        state = State.SKIPPED;
    }

    /** The sync was cancelled (Ctrl-C, SIGTERM) before the store's listing completed. */
    void stopped() {
        endNanos = System.nanoTime();
        state = State.STOPPED;
    }

    void failed(Throwable error) {
        endNanos = System.nanoTime();
        failure = error.getClass().getSimpleName() + ": " + error.getMessage();
        state = State.FAILED;
    }

    String name() {
        return name;
    }

    String storeHash() {
        return storeHash;
    }

    boolean incremental() {
        return incremental;
    }

    long products() {
        return products.get();
    }

    long variants() {
        return variants.get();
    }

    long pages() {
        return pages.get();
    }

    long total() {
        return total;
    }

    long totalPages() {
        return totalPages;
    }

    State state() {
        return state;
    }

    String failure() {
        return failure;
    }

    double elapsedSeconds() {
        long end = state == State.RUNNING ? System.nanoTime() : endNanos;
        return (end - startNanos) / 1e9;
    }
}
