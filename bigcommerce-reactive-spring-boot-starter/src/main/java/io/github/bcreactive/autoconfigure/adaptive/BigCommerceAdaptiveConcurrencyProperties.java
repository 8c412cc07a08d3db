package io.github.bcreactive.autoconfigure.adaptive;

import io.github.bcreactive.ratelimit.AdaptiveConcurrencyOptions;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Adaptive concurrency per store ({@code bigcommerce.rate-limit.adaptive-concurrency.*}): a limit of requests in
 * flight per store, for every client of the application, that halves on 429s, 5xx and rising latency and grows back
 * slowly, in front of the quota limiter.
 *
 * @param enabled Whether each store's requests in flight adapt to how the store answers.
 * @param initialLimit Requests in flight per store to start with.
 * @param minLimit The fewest requests in flight a store is ever shrunk to.
 * @param maxLimit The most requests in flight a store ever grows to.
 */
@ConfigurationProperties(BigCommerceAdaptiveConcurrencyProperties.PREFIX)
public record BigCommerceAdaptiveConcurrencyProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("8") int initialLimit,
        @DefaultValue("1") int minLimit,
        @DefaultValue("64") int maxLimit) {

    /** The prefix of these properties. */
    public static final String PREFIX = "bigcommerce.rate-limit.adaptive-concurrency";

    /**
     * The options these properties describe.
     *
     * @return the options
     * @throws IllegalArgumentException naming the setting out of range
     */
    public AdaptiveConcurrencyOptions toOptions() {
        return AdaptiveConcurrencyOptions.builder().initialLimit(initialLimit).minLimit(minLimit).maxLimit(maxLimit)
                .build();
    }
}
