package io.github.bcreactive.test.reliability;

import java.time.Duration;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.http.RetryOptions;
import io.github.bcreactive.test.BigCommerceSimulator;
import io.github.bcreactive.test.Faults;

/**
 * The faults the reliability tests run through, drawn from a fixed seed: 5% 5xx answers, 1% connection resets, a
 * few 429s without headers (platform load), 3% 429s with headers asking for 20 ms (so every listing meets 429s however
 * slow the machine), and 429 bursts from a small quota window that runs out every few dozen calls. Clients retry generously and quickly, so the suite stays fast.
 */
final class FaultySimulator {

    static final long SEED = 20_240_808L;

    /**
     * Each window allows this many calls; the rest of the window answers 429 with the rate-limit headers. A listing
     * of 200 pages meets a burst unless each call takes more than 40 ms.
     */
    static final int QUOTA = 25;
    static final Duration WINDOW = Duration.ofSeconds(1);

    static final Faults FAULTS = Faults.builder()
            .serverErrors(0.05)
            .connectionResets(0.01)
            .rateLimitsWithoutHeaders(0.002)
            .rateLimitsWithShortReset(0.03, Duration.ofMillis(20))
            .latency(Duration.ofMillis(1), Duration.ofMillis(2))
            .build();

    private FaultySimulator() {
    }

    /**
     * A started simulator with one store of {@code products} products and the faults.
     *
     * @param products the catalog size
     * @return the running simulator
     */
    static BigCommerceSimulator start(long products) {
        return BigCommerceSimulator.builder()
                .products(products)
                .quota(QUOTA, WINDOW)
                .retryAfterHeader(false)
                .faults(FAULTS)
                .seed(SEED)
                .build()
                .start();
    }

    /**
     * A client of the simulator's store that retries GETs up to 10 times, 10 ms to 200 ms apart, and gives up on an
     * answer after 10 s (so a call stuck behind a reset is retried well within the test's time).
     *
     * @param simulator the simulator
     * @return the client
     */
    static BigCommerceClient client(BigCommerceSimulator simulator) {
        return simulator.clientBuilder()
                .responseTimeout(Duration.ofSeconds(10))
                .retry(RetryOptions.defaults()
                        .withMaxRetries(10)
                        .withBackoff(Duration.ofMillis(10), Duration.ofMillis(200)))
                .build();
    }
}
