package io.github.bcreactive.autoconfigure.metrics;

/**
 * The names and tags of the meters the starter records when Micrometer is present.
 *
 * <table>
 *   <caption>Meters</caption>
 *   <tr><th>Name</th><th>Type</th><th>Tags</th><th>What</th></tr>
 *   <tr><td>{@value #REQUESTS}</td><td>timer</td><td>store, method, status</td>
 *       <td>every HTTP attempt, timed until its response headers arrive; status is the HTTP code,
 *       {@code IO_ERROR} or {@code CANCELLED}</td></tr>
 *   <tr><td>{@value #THROTTLED}</td><td>counter</td><td>store</td><td>429 answers</td></tr>
 *   <tr><td>{@value #RETRIES}</td><td>counter</td><td>store, method</td>
 *       <td>attempts after the first of a call (after a 429 or a retryable failure)</td></tr>
 *   <tr><td>{@value #RATE_LIMIT_WAITS}</td><td>timer</td><td>store</td>
 *       <td>requests that waited for a rate-limit permit, and how long</td></tr>
 * </table>
 */
public final class BigCommerceMeters {

    /** Timer of HTTP attempts. */
    public static final String REQUESTS = "bigcommerce.client.requests";
    /** Counter of 429 answers. */
    public static final String THROTTLED = "bigcommerce.client.throttled";
    /** Counter of retries. */
    public static final String RETRIES = "bigcommerce.client.retries";
    /** Timer of waits for a rate-limit permit. */
    public static final String RATE_LIMIT_WAITS = "bigcommerce.client.ratelimit.waits";

    /** Tag: the store hash (the host of a basic-auth store). */
    public static final String STORE = "store";
    /** Tag: the HTTP method. */
    public static final String METHOD = "method";
    /** Tag: the HTTP status code, {@code IO_ERROR} or {@code CANCELLED}. */
    public static final String STATUS = "status";

    private BigCommerceMeters() {
    }
}
