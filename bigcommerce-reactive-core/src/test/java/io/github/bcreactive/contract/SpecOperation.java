package io.github.bcreactive.contract;

import java.util.Objects;

/**
 * One operation of the official specs: the descriptor a contract test calls and the stub server matches.
 *
 * @param spec the spec file, relative to the specs directory (e.g. {@code catalog/products_catalog.v3.yml})
 * @param version {@code v2} or {@code v3}, the server's base path segment
 * @param method the HTTP method, upper case
 * @param path the path template under the version (e.g. {@code /catalog/products/{product_id}})
 * @param operationId the spec's operation id, or a made-up {@code METHOD path} when it has none
 */
public record SpecOperation(String spec, String version, String method, String path, String operationId) {

    /**
     * Checks the descriptor.
     *
     * @param spec the spec file
     * @param version the version segment
     * @param method the method
     * @param path the path template
     * @param operationId the operation id
     */
    public SpecOperation {
        Objects.requireNonNull(spec, "'spec' cannot be null.");
        Objects.requireNonNull(version, "'version' cannot be null.");
        Objects.requireNonNull(method, "'method' cannot be null.");
        Objects.requireNonNull(path, "'path' cannot be null.");
        Objects.requireNonNull(operationId, "'operationId' cannot be null.");
    }

    /**
     * The key that names the operation across specs: {@code v3 GET /catalog/products/{product_id}}.
     *
     * @return the key
     */
    public String key() {
        return version + " " + method + " " + path;
    }

    @Override
    public String toString() {
        return key() + " (" + spec + "#" + operationId + ")";
    }
}
