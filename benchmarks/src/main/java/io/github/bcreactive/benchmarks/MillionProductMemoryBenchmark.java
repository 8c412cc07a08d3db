package io.github.bcreactive.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.github.bcreactive.BigCommerceClient;

/**
 * Memory: 1,000,000 products (4,000 pages) streamed through {@code getMany} in a JVM started with {@code -Xmx128m}.
 * The simulator runs in the same JVM, so the figures include its heap too. The peak is taken from GC notifications
 * (heap in use just before each collection, the most the heap held) and from the heap pools' peak usage.
 *
 * <pre>
 * ./mvnw -q -pl benchmarks -am verify -DskipTests -Pbench-memory
 * </pre>
 */
public final class MillionProductMemoryBenchmark {

    private static final int PRODUCTS = 1_000_000;
    private static final long MB = 1024 * 1024;

    private MillionProductMemoryBenchmark() {
    }

    /**
     * Streams the catalog and prints the item count, the time and the heap peaks.
     *
     * @param args {@code --concurrency N} pages in flight (default the client's default)
     */
    public static void main(String[] args) {
        int concurrency = Timings.option(args, "--concurrency", BigCommerceClient.Builder.DEFAULT_PAGE_CONCURRENCY);
        System.out.println(Timings.machine());
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(pool -> pool.getName())
                .collect(Collectors.toSet());
        AtomicLong peakBeforeGc = new AtomicLong();
        AtomicLong peakAfterGc = new AtomicLong();
        AtomicLong collections = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    return;
                }
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                        .from((CompositeData) notification.getUserData());
                collections.incrementAndGet();
                peakBeforeGc.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageBeforeGc(), heapPools),
                        Math::max);
                peakAfterGc.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageAfterGc(), heapPools),
                        Math::max);
            }, null, null);
        }
        try (CatalogFixture fixture = CatalogFixture.start(PRODUCTS)) {
            BigCommerceClient client = fixture.client(concurrency);
            ManagementFactory.getMemoryPoolMXBeans().forEach(pool -> pool.resetPeakUsage());
            long start = System.nanoTime();
            Long count = client.v3().getMany("/catalog/products").count().block();
            double seconds = (System.nanoTime() - start) / 1e9;
            long poolPeaks = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP)
                    .mapToLong(pool -> pool.getPeakUsage().getUsed())
                    .sum();
            System.out.printf("streamed %,d products in %.1f s (%,.0f items/s), %d pages in flight, max heap %d MB%n",
                    count, seconds, count / seconds, concurrency, Runtime.getRuntime().maxMemory() / MB);
            System.out.printf("peak heap used (before a GC): %d MB; most live after a GC: %d MB; sum of heap pool "
                    + "peaks: %d MB; %d collections%n", peakBeforeGc.get() / MB, peakAfterGc.get() / MB,
                    poolPeaks / MB, collections.get());
            if (count == null || count != PRODUCTS) {
                throw new IllegalStateException("expected " + PRODUCTS + " products, got " + count);
            }
        }
    }

    private static long heapUsed(Map<String, MemoryUsage> usage, Set<String> heapPools) {
        return usage.entrySet().stream()
                .filter(entry -> heapPools.contains(entry.getKey()))
                .mapToLong(entry -> entry.getValue().getUsed())
                .sum();
    }
}
