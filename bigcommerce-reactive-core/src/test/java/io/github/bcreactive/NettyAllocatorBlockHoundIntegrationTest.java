package io.github.bcreactive;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.StampedLock;

import io.netty.buffer.AdaptiveByteBufAllocator;
import io.netty.buffer.ByteBuf;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Netty's adaptive allocator may wait for a magazine's lock while it grows under contention; on a non-blocking thread
 * that wait must not fail the allocation (it used to fail the simulator's writes now and then, leaving a response
 * half sent). The contention is made certain by holding every magazine's lock while a non-blocking thread allocates.
 */
class NettyAllocatorBlockHoundIntegrationTest {

    @Test
    void anAllocationThatGrowsTheMagazinesOnANonBlockingThreadWaitsInsteadOfFailing() throws Exception {
        AdaptiveByteBufAllocator allocator = new AdaptiveByteBufAllocator(true, false);
        List<StampedLock> locks = magazineLocks(allocator);
        List<Long> stamps = new ArrayList<>();
        locks.forEach(lock -> stamps.add(lock.writeLock()));
        Scheduler nonBlocking = Schedulers.newParallel("allocating", 1);
        AtomicReference<Thread> worker = new AtomicReference<>();
        try {
            CompletableFuture<ByteBuf> allocation = Mono.fromCallable(() -> {
                worker.set(Thread.currentThread());
                return allocator.directBuffer(1024);
            }).subscribeOn(nonBlocking).toFuture();

            // Every magazine is taken, so the allocator grows and then waits to free a magazine this thread holds.
            while (!allocation.isDone() && !isWaiting(worker.get())) {
                Thread.onSpinWait();
            }
            unlock(locks, stamps);

            ByteBuf buffer = allocation.get(30, TimeUnit.SECONDS);
            assertThat(buffer.capacity()).isGreaterThanOrEqualTo(1024);
            buffer.release();
        } finally {
            unlock(locks, stamps);
            nonBlocking.dispose();
        }
    }

    private static boolean isWaiting(Thread thread) {
        return thread != null && thread.getState() == Thread.State.WAITING;
    }

    private static void unlock(List<StampedLock> locks, List<Long> stamps) {
        for (int i = 0; i < locks.size(); i++) {
            if (locks.get(i).isWriteLocked()) {
                locks.get(i).unlockWrite(stamps.get(i));
            }
        }
    }

    /** The allocation locks of every shared magazine of the allocator's direct memory (Netty 4.2 internals). */
    private static List<StampedLock> magazineLocks(AdaptiveByteBufAllocator allocator)
            throws ReflectiveOperationException {
        Object pooling = read(allocator, "direct");
        List<Object> groups = new ArrayList<>(List.of((Object[]) read(pooling, "sizeClassedMagazineGroups")));
        Object largeBuffers = read(pooling, "largeBufferMagazineGroup");
        if (largeBuffers != null) {
            groups.add(largeBuffers);
        }
        List<StampedLock> locks = new ArrayList<>();
        for (Object group : groups) {
            for (Object magazine : (Object[]) read(group, "magazines")) {
                locks.add((StampedLock) read(magazine, "allocationLock"));
            }
        }
        assertThat(locks).as("the allocator's magazine locks").isNotEmpty();
        return locks;
    }

    private static Object read(Object target, String name) throws ReflectiveOperationException {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        return field.get(target);
    }
}
