package io.github.bcreactive.autoconfigure.health;

import java.time.Duration;
import java.util.Objects;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.error.HttpException;
import io.github.bcreactive.http.RequestOptions;
import io.github.bcreactive.http.RetryOptions;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;

/**
 * The health of one store: {@code GET /v2/time} with its token, without retries, within a timeout (the wait for a
 * rate-limit permit included). UP with the store's clock; DOWN with the HTTP status or the failure's type. The
 * token never appears in the details. A result answers every probe for the cache's time to live (probes that arrive
 * while a check runs share it), so a probe every few seconds spends at most one request of the store's quota per
 * period.
 */
public final class BigCommerceHealthIndicator implements ReactiveHealthIndicator {

    private final BigCommerceClient client;
    private final Duration timeout;
    private final Mono<Health> cached;

    /**
     * Creates the indicator.
     *
     * @param client the store's client
     * @param timeout how long a check may take
     * @param cacheTimeToLive how long a result answers later probes; zero asks the store on every probe
     */
    public BigCommerceHealthIndicator(BigCommerceClient client, Duration timeout, Duration cacheTimeToLive) {
        this(client, timeout, cacheTimeToLive, Schedulers.parallel());
    }

    /** Creates the indicator, with the clock of the cache; tests pass a virtual-time scheduler. */
    BigCommerceHealthIndicator(BigCommerceClient client, Duration timeout, Duration cacheTimeToLive,
            Scheduler clock) {
        Objects.requireNonNull(client, "'client' cannot be null.");
        this.timeout = Objects.requireNonNull(timeout, "'timeout' cannot be null.");
        Objects.requireNonNull(cacheTimeToLive, "'cacheTimeToLive' cannot be null.");
        RetryOptions noRetries = RetryOptions.defaults().withMaxRetries(0).withMaxThrottleWait(Duration.ZERO);
        this.client = client.withOptions(RequestOptions.defaults().withTimeout(timeout).withRetry(noRetries));
        Mono<Health> check = Mono.defer(this::check);
        this.cached = cacheTimeToLive.isZero() ? check
                : check.cache(health -> cacheTimeToLive, failure -> Duration.ZERO, () -> Duration.ZERO, clock);
    }

    @Override
    public Mono<Health> health() {
        return cached;
    }

    private Mono<Health> check() {
        return client.v2().get("/time")
                .map(time -> Health.up().withDetail("store", client.storeHash())
                        .withDetail("time", time.path("time").asLong()).build())
                .switchIfEmpty(Mono.fromSupplier(() -> Health.up().withDetail("store", client.storeHash()).build()))
                .timeout(timeout)
                .onErrorResume(failure -> Mono.just(down(failure)));
    }

    private Health down(Throwable failure) {
        Health.Builder down = Health.down().withDetail("store", client.storeHash())
                .withDetail("error", failure.getClass().getSimpleName());
        if (failure instanceof HttpException http) {
            down.withDetail("status", http.status());
        }
        return down.build();
    }
}
