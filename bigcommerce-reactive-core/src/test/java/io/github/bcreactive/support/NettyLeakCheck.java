package io.github.bcreactive.support;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Fails a test class when Netty reports a leaked buffer. Registered for every test class by JUnit's extension
 * auto-detection ({@code META-INF/services}, switched on in the parent pom's surefire configuration), in this module
 * and, through its test jar, in the simulator's module.
 * <p>
 * Netty reports a leak only when the garbage collector has cleared a buffer that was never released and a later
 * allocation polls the detector's queue; it logs the report at ERROR on {@code io.netty.util.ResourceLeakDetector}.
 * So after each class this check collects garbage, waits until the collector's references have been processed, makes
 * a few tracked allocations, and fails with the reports logged since the previous class.
 */
public final class NettyLeakCheck implements BeforeAllCallback, AfterAllCallback {

    private static final String LEAK_LOGGER = ResourceLeakDetector.class.getName();
    private static final ConcurrentLinkedQueue<String> REPORTS = new ConcurrentLinkedQueue<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        install();
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
        install();
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

    private static synchronized void install() {
        Logger logger = (Logger) LoggerFactory.getLogger(LEAK_LOGGER);
        if (logger.getAppender(LeakAppender.NAME) != null) {
            return;
        }
        LeakAppender appender = new LeakAppender();
        appender.setContext(logger.getLoggerContext());
        appender.setName(LeakAppender.NAME);
        appender.start();
        logger.addAppender(appender);
        if (!logger.isErrorEnabled()) {
            logger.setLevel(Level.ERROR);
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

    /** Keeps the {@code LEAK:} reports Netty logs. */
    private static final class LeakAppender extends AppenderBase<ILoggingEvent> {

        static final String NAME = "netty-leak-check";

        @Override
        protected void append(ILoggingEvent event) {
            if (event.getFormattedMessage() != null && event.getFormattedMessage().startsWith("LEAK:")) {
                REPORTS.add(event.getFormattedMessage());
            }
        }
    }
}
