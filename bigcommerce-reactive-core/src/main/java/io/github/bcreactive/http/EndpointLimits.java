package io.github.bcreactive.http;

import java.util.Objects;
import java.util.Optional;

import org.springframework.http.HttpMethod;

/**
 * Which requests an endpoint's stated concurrency limit applies to: the transport asks it for every call to a path
 * under an API version, and keeps the answer's limit per store with its {@code EndpointLimiter}. The client's
 * builder gives it the limits of the operation table (every limit the specs and docs state); a transport built
 * without one limits no endpoint.
 *
 * <pre>{@code
 * EndpointLimits trees = (method, version, path) -> path.matches("/catalog/trees/[^/]+/categories")
 *         ? Optional.of(new EndpointLimits.Limit("V3 " + method + " /catalog/trees/{tree_id}/categories", 1))
 *         : Optional.empty();
 * }</pre>
 */
@FunctionalInterface
public interface EndpointLimits {

    /**
     * The concurrency limit of a call's endpoint.
     *
     * @param method the call's method
     * @param version the API version the path is under
     * @param path the path under the version, ids filled in, without the query
     * @return the limit, or empty when none is stated
     */
    Optional<Limit> find(HttpMethod method, WireVersion version, String path);

    /**
     * No endpoint is limited.
     *
     * @return limits that never apply
     */
    static EndpointLimits none() {
        return (method, version, path) -> Optional.empty();
    }

    /**
     * One endpoint's limit.
     *
     * @param endpoint the endpoint's name, the same for every path it covers (e.g. the method and path template);
     *     requests are counted per store and name
     * @param concurrency the most requests in flight at once per store; positive
     */
    record Limit(String endpoint, int concurrency) {

        /**
         * Checks the limit.
         *
         * @param endpoint the endpoint's name
         * @param concurrency positive
         */
        public Limit {
            Objects.requireNonNull(endpoint, "'endpoint' cannot be null.");
            if (concurrency < 1) {
                throw new IllegalArgumentException("'concurrency' must be positive, was " + concurrency + ".");
            }
        }
    }
}
