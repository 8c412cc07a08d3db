package io.github.bcreactive.support;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import io.netty.util.ResourceLeakDetectorFactory;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test class when Netty reports a leaked buffer. Registered for every test class by JUnit's extension
 * auto-detection ({@code META-INF/services}, switched on in the parent pom's surefire configuration), in this module
 * and, through its test jar, in the simulator's, the starter's and the samples' modules.
 * <p>
 * Netty reports a leak only when the garbage collector has cleared a buffer that was never released and a later
 * allocation polls the detector's queue. So after each class this check collects garbage, waits until the collector's
 * references have been processed, makes a few tracked allocations, and fails with the reports made since the previous
 * class. A buffer still held (say, by a connection that is still open) is found by a later class; and Netty reports
 * leaks with the same access records once per JVM, so the first class to leak that way is the one that fails.
 * <p>
 * The reports are taken from Netty's detector itself, not from the log: when JUnit loads this extension (before any
 * test runs), it has Netty make its buffers' leak detector with {@link ResourceLeakDetectorFactory}, as one that keeps
 * every report and still logs it. A log appender would miss reports: a Spring Boot application started by a test stops
 * and resets Logback (which detaches every appender), and while Boot sets logging up, Netty finds no logger enabled
 * and drops the leaks it found unreported. If Netty had made its detector before this class was loaded, every class
 * fails and says so, rather than passing unchecked.
 */
public final class NettyLeakCheck implements BeforeAllCallback, AfterAllCallback {

    private static final ConcurrentLinkedQueue<String> REPORTS = new ConcurrentLinkedQueue<>();
    private static volatile boolean bufferDetectorInstalled;

    static {
        ResourceLeakDetectorFactory.setResourceLeakDetectorFactory(new RecordingFactory());
        // the first tracked buffer makes Netty's buffer detector, through the factory above unless it exists already
        release(UnpooledByteBufAllocator.DEFAULT.heapBuffer(16));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        requireInstalled();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        List<String> leaks = collectLeaks();
        if (!leaks.isEmpty()) {
            throw new AssertionError("Netty reported " + leaks.size() + " leaked buffer(s) by the end of "
                    + context.getDisplayName() + ":\n" + String.join("\n\n", leaks));
        }
    }

    /**
     * Collects garbage, lets Netty report what leaked, and returns (and forgets) the reports seen so far.
     *
     * @return the leak reports, empty when nothing leaked
     */
    public static List<String> collectLeaks() {
        requireInstalled();
        awaitCollection();
        for (int i = 0; i < 4; i++) {
            release(PooledByteBufAllocator.DEFAULT.directBuffer(16));
            release(UnpooledByteBufAllocator.DEFAULT.heapBuffer(16));
        }
        List<String> drained = new ArrayList<>();
        for (String report = REPORTS.poll(); report != null; report = REPORTS.poll()) {
            drained.add(report);
        }
        return drained;
    }

    private static void requireInstalled() {
        if (!bufferDetectorInstalled) {
            throw new IllegalStateException("Netty made its buffer leak detector before NettyLeakCheck was loaded, "
                    + "so this check would see no leak; something in this test JVM used Netty buffers before JUnit "
                    + "started its tests.");
        }
    }

    /** Runs a full collection and waits (at most 10 s) until its cleared references reach their queues. */
    private static void awaitCollection() {
        ReferenceQueue<Object> queue = new ReferenceQueue<>();
        WeakReference<Object> canary = new WeakReference<>(new Object(), queue);
        System.gc();
        try {
            if (queue.remove(TimeUnit.SECONDS.toMillis(10)) == null) {
                throw new IllegalStateException("the collector did not clear a weak reference within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        canary.clear();
    }

    private static void release(ByteBuf buffer) {
        buffer.release();
    }

    /** Makes every Netty leak detector a {@link RecordingDetector}. */
    private static final class RecordingFactory extends ResourceLeakDetectorFactory {

        @Override
        public <T> ResourceLeakDetector<T> newResourceLeakDetector(Class<T> resource, int samplingInterval) {
            if (resource == ByteBuf.class) {
                bufferDetectorInstalled = true;
            }
            return new RecordingDetector<>(resource, samplingInterval);
        }

        @Override
        @SuppressWarnings("deprecation")
        public <T> ResourceLeakDetector<T> newResourceLeakDetector(Class<T> resource, int samplingInterval,
                long maxActive) {
            return newResourceLeakDetector(resource, samplingInterval);
        }
    }

    /** Netty's detector, which also keeps each {@code LEAK:} report, and reports whatever the logging set-up. */
    private static final class RecordingDetector<T> extends ResourceLeakDetector<T> {

        RecordingDetector(Class<?> resourceType, int samplingInterval) {
            super(resourceType, samplingInterval);
        }

        @Override
        protected boolean needReport() {
            return true;
        }

        @Override
        protected void reportTracedLeak(String resourceType, String records) {
            REPORTS.add("LEAK: " + resourceType + ".release() was not called before it's garbage-collected."
                    + records);
            super.reportTracedLeak(resourceType, records);
        }

        @Override
        protected void reportUntracedLeak(String resourceType) {
            REPORTS.add("LEAK: " + resourceType + ".release() was not called before it's garbage-collected "
                    + "(no access records: run with -Dio.netty.leakDetection.level=paranoid).");
            super.reportUntracedLeak(resourceType);
        }
    }
}
