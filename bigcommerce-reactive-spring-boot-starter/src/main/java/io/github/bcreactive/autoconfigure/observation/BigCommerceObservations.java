package io.github.bcreactive.autoconfigure.observation;

/**
 * The names and key-values of the starter's observations and meters.
 *
 * <table>
 *   <caption>Observations and meters</caption>
 *   <tr><th>Name</th><th>Kind</th><th>What</th></tr>
 *   <tr><td>{@value #REQUESTS}</td><td>observation (timer, span)</td><td>every HTTP attempt, to its response
 *       headers</td></tr>
 *   <tr><td>{@value #RATE_LIMIT_WAIT}</td><td>observation (timer, span)</td><td>a request's wait for a rate-limit
 *       permit, only when it had to wait</td></tr>
 *   <tr><td>{@value #REQUESTS_LEFT}</td><td>gauge, opt-in</td><td>requests left in the store's window, as the last
 *       response said</td></tr>
 *   <tr><td>{@value #WAITERS}</td><td>gauge, opt-in</td><td>requests waiting for a permit of the store now</td></tr>
 *   <tr><td>{@value #HOLD}</td><td>gauge, opt-in</td><td>seconds left of the store's hold after a 429</td></tr>
 * </table>
 */
public final class BigCommerceObservations {

    /** The observation of each HTTP attempt. */
    public static final String REQUESTS = "bigcommerce.client.requests";
    /** The observation of a wait for a rate-limit permit. */
    public static final String RATE_LIMIT_WAIT = "bigcommerce.client.rate-limit.wait";
    /** Gauge: requests left in the store's window. */
    public static final String REQUESTS_LEFT = "bigcommerce.client.rate-limit.requests-left";
    /** Gauge: requests waiting for a permit. */
    public static final String WAITERS = "bigcommerce.client.rate-limit.waiters";
    /** Gauge: seconds left of the store's hold after a 429. */
    public static final String HOLD = "bigcommerce.client.rate-limit.hold";

    /** Key-value: the attempt number of the call, {@code 1} for the first. */
    public static final String ATTEMPT = "bigcommerce.attempt";
    /**
     * Key-value: why this attempt was made: {@code none} for the first; for a retry, the previous attempt's outcome
     * ({@code 429}, {@code 5xx} status code, {@code IO_ERROR}), or {@code unknown} when it could not be matched.
     */
    public static final String RETRY_CAUSE = "bigcommerce.retry.cause";
    /** Key-value: whether the request waited for a rate-limit permit ({@code true}, {@code false}, {@code unknown}). */
    public static final String RATE_LIMIT_WAITED = "bigcommerce.rate_limit.waited";
    /** Key-value, opt-in ({@code bigcommerce.observations.store-tag}): the store hash. Tag of the gauges too. */
    public static final String STORE = "bigcommerce.store";

    private BigCommerceObservations() {
    }
}
