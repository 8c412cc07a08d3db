package io.github.bcreactive.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import org.junit.jupiter.api.Test;

/** The check that fails a test class on a Netty leak finds one (the LEAK report this prints is its own leak). */
class NettyLeakCheckTest {

    @Test
    void aBufferNeverReleasedIsReported() {
        assertThat(NettyLeakCheck.collectLeaks()).as("nothing leaked before this test").isEmpty();
        leakOneBuffer();

        assertThat(NettyLeakCheck.collectLeaks())
                .singleElement()
                .satisfies(report -> assertThat(report).startsWith("LEAK:").contains("release()"));
    }

    private static void leakOneBuffer() {
        ByteBuf buffer = PooledByteBufAllocator.DEFAULT.directBuffer(64);
        buffer.writeLong(42);
    }
}
