package io.github.bcreactive;

import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * Lets Netty's adaptive buffer allocator (the default allocator of Netty 4.2) grow its magazines on a non-blocking
 * thread. When threads contend for a magazine, the allocator adds magazines and frees the old ones; freeing one takes
 * that magazine's allocation lock, which parks while another thread finishes a short allocation from it. No I/O is
 * involved, but BlockHound reports the park, and on an event loop the error fails whatever write needed the buffer:
 * the simulator then left a response half sent (headers out, body never), and the client waited out its whole
 * response timeout. Netty's own BlockHound integration does not allow this call (as of 4.2.17).
 */
public final class NettyAllocatorBlockHoundIntegration implements BlockHoundIntegration {

    @Override
    public void applyTo(BlockHound.Builder builder) {
        builder.allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$MagazineGroup",
                "tryExpandMagazines");
    }
}
