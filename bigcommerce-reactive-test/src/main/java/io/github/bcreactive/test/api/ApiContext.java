package io.github.bcreactive.test.api;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the endpoints need from the running simulator.
 *
 * @param baseUrl the simulator's base URL, once bound (e.g. {@code http://127.0.0.1:43211})
 * @param clientId the registered app's client id
 * @param clock the clock that stamps writes
 */
public record ApiContext(Supplier<String> baseUrl, String clientId, Clock clock) {

    /**
     * Validates the context.
     */
    public ApiContext {
        Objects.requireNonNull(baseUrl, "'baseUrl' cannot be null.");
        Objects.requireNonNull(clientId, "'clientId' cannot be null.");
        Objects.requireNonNull(clock, "'clock' cannot be null.");
    }

    /**
     * The current time in epoch seconds.
     *
     * @return seconds since the epoch
     */
    public long nowSeconds() {
        return clock.millis() / 1000;
    }
}
