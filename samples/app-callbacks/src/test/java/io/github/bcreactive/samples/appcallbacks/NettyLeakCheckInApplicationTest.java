package io.github.bcreactive.samples.appcallbacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;

import io.github.bcreactive.support.NettyLeakCheck;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The core's leak check runs in this module too, and keeps a leak that Netty reports while a Spring Boot application
 * runs: Boot's logging set-up stops and resets Logback, which would drop a check that listened to the log. (The LEAK
 * report this prints is its own leak.)
 */
class NettyLeakCheckInApplicationTest {

    @Test
    void aLeakReportedWhileTheApplicationRunsFailsTheCheck() throws InterruptedException {
        assertThat(NettyLeakCheck.collectLeaks()).as("nothing leaked before this test").isEmpty();

        try (ConfigurableApplicationContext app = SpringApplication.run(AppCallbacksApplication.class,
                "--server.port=0", "--server.address=127.0.0.1", "--bigcommerce.client-id=id",
                "--bigcommerce.client-secret=" + "s".repeat(31))) {
            leakOneBuffer();
            awaitCollection();
            // Netty looks for collected, unreleased buffers when it tracks a new one: the leak is reported now
            PooledByteBufAllocator.DEFAULT.directBuffer(16).release();
        }

        assertThat(NettyLeakCheck.collectLeaks())
                .singleElement()
                .satisfies(report -> assertThat(report).startsWith("LEAK:").contains("leakOneBuffer"));
    }

    private static void leakOneBuffer() {
        ByteBuf buffer = PooledByteBufAllocator.DEFAULT.directBuffer(64);
        buffer.writeLong(42);
    }

    private static void awaitCollection() throws InterruptedException {
        ReferenceQueue<Object> queue = new ReferenceQueue<>();
        WeakReference<Object> canary = new WeakReference<>(new Object(), queue);
        System.gc();
        assertThat(queue.remove(10_000)).as("the collector cleared a weak reference within 10 s").isNotNull();
        canary.clear();
    }
}
