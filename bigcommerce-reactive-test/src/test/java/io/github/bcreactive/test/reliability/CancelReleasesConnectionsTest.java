package io.github.bcreactive.test.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.SocketAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.test.BigCommerceSimulator;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.netty.resources.ConnectionPoolMetrics;
import reactor.netty.resources.ConnectionProvider;
import reactor.test.StepVerifier;

/** Cancelling an {@code iterAll} mid-stream gives every pooled connection back, with pages in flight at the time. */
class CancelReleasesConnectionsTest {

    private static final int PAGE_CONCURRENCY = 8;

    @Test
    void cancellingAnIterAllMidStreamReleasesEveryConnection() {
        AtomicReference<ConnectionPoolMetrics> pool = new AtomicReference<>();
        ConnectionProvider provider = ConnectionProvider.builder("cancel-test")
                .maxConnections(16)
                .metrics(true, () -> (String poolName, String id, SocketAddress remote, ConnectionPoolMetrics m)
                        -> pool.set(m))
                .build();
        try (BigCommerceSimulator simulator = BigCommerceSimulator.builder()
                .products(20_000)
                .quota(Integer.MAX_VALUE, Duration.ofSeconds(30))
                .latency(Duration.ofMillis(30), Duration.ofMillis(10))
                .seed(FaultySimulator.SEED)
                .build()
                .start()) {
            String store = simulator.storeHashes().get(0);
            BigCommerceClient client = simulator.clientBuilder(store)
                    .connectionProvider(provider)
                    .pageConcurrency(PAGE_CONCURRENCY)
                    .build();
            AtomicInteger inUseAtCancel = new AtomicInteger();

            StepVerifier.create(client.catalog().products().iterAll()
                            .doOnCancel(() -> inUseAtCancel.set(pool.get().acquiredSize()))
                            .take(3 * 250 + 10))
                    .expectNextCount(3 * 250 + 10)
                    .expectComplete()
                    .verify(Duration.ofSeconds(30));

            assertThat(inUseAtCancel.get()).as("connections busy with pages in flight when cancelled")
                    .isGreaterThan(1);
            StepVerifier.create(Flux.interval(Duration.ofMillis(5))
                            .map(tick -> pool.get().acquiredSize() + pool.get().pendingAcquireSize())
                            .filter(busy -> busy == 0)
                            .next())
                    .expectNext(0)
                    .expectComplete()
                    .verify(Duration.ofSeconds(30));
            assertThat(simulator.stats().requests(store)).as("the listing stopped: far fewer than its 80 pages")
                    .isLessThan(2 * (4 + PAGE_CONCURRENCY));
        } finally {
            provider.disposeLater().block(Duration.ofSeconds(10));
        }
    }
}
