package io.github.bcreactive.resource;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.github.bcreactive.api.ApiVersion;
import io.github.bcreactive.paging.PagingStyle;
import org.springframework.http.HttpMethod;

/**
 * One operation of the official BigCommerce management API, as the generator read it from the OpenAPI specs: its
 * method and path template, where it is declared, how its listing pages, the types of its path ids, and the limits
 * and deprecation the specs and docs state. {@link Operations#all()} enumerates every one of them, so a test can
 * sweep the whole API.
 *
 * <pre>{@code
 * Operations.all().stream()
 *         .filter(op -> op.paging() == PagingStyle.CURSOR)
 *         .forEach(op -> log.info("{} {} pages by cursor", op.method(), op.path()));
 * }</pre>
 *
 * @param version the API version that serves it
 * @param method the HTTP method
 * @param path the path template under the version, e.g. {@code /catalog/products/{product_id}/images}
 * @param specFile the spec file that declares it, relative to the specs' folder
 * @param operationId the spec's operation id
 * @param paging how its response pages ({@link PagingStyle#NONE} for everything but paged listings)
 * @param ids the type of each path placeholder, in path order
 * @param body what its request carries
 * @param request the spec's schema name of the request body ({@code product_Put_Collection}; an array ends in
 *     {@code []}), or {@code ""} when it has none
 * @param response the spec's schema name of the success response's item, looking through a v3 {@code data}
 *     envelope ({@code product_Full[]}), or {@code ""} when it has no body
 * @param limits the batch size and concurrency the specs and docs state
 * @param deprecation empty when current; else what replaces it (a path, or a note that nothing does)
 */
public record Operation(ApiVersion version, HttpMethod method, String path, String specFile, String operationId,
        PagingStyle paging, List<IdType> ids, Body body, String request, String response, Limits limits,
        Optional<String> deprecation) {

    /**
     * Checks the operation: one id type per path placeholder.
     *
     * @param version the API version
     * @param method the HTTP method
     * @param path the path template
     * @param specFile the spec file
     * @param operationId the operation id
     * @param paging the paging style
     * @param ids the id types
     * @param body the request body kind
     * @param request the request body's schema name
     * @param response the success response's schema name
     * @param limits the limits
     * @param deprecation the replacement of a deprecated operation, or empty
     */
    public Operation {
        Objects.requireNonNull(version, "'version' cannot be null.");
        Objects.requireNonNull(method, "'method' cannot be null.");
        Objects.requireNonNull(path, "'path' cannot be null.");
        Objects.requireNonNull(specFile, "'specFile' cannot be null.");
        Objects.requireNonNull(operationId, "'operationId' cannot be null.");
        Objects.requireNonNull(paging, "'paging' cannot be null.");
        ids = List.copyOf(Objects.requireNonNull(ids, "'ids' cannot be null."));
        Objects.requireNonNull(body, "'body' cannot be null.");
        Objects.requireNonNull(request, "'request' cannot be null.");
        Objects.requireNonNull(response, "'response' cannot be null.");
        Objects.requireNonNull(limits, "'limits' cannot be null.");
        Objects.requireNonNull(deprecation, "'deprecation' cannot be null.");
        if (PathTemplates.placeholders(path).size() != ids.size()) {
            throw new IllegalArgumentException(path + " has " + PathTemplates.placeholders(path).size() + " placeholders, "
                    + ids.size() + " id types were given.");
        }
    }

    /**
     * The names of the path's placeholders, in order.
     *
     * @return e.g. {@code [product_id, image_id]}
     */
    public List<String> placeholders() {
        return PathTemplates.placeholders(path);
    }

    /**
     * Whether the spec or the sunset list deprecates it.
     *
     * @return {@code true} when deprecated
     */
    public boolean deprecated() {
        return deprecation.isPresent();
    }

    /** How a path id is typed in the spec. */
    public enum IdType {

        /** An integer id: {@code long} in Java. */
        LONG,

        /** A string id (a UUID, a code, a name): {@code String} in Java. */
        STRING
    }

    /** What an operation's request carries. */
    public enum Body {

        /** No body. */
        NONE,

        /** A JSON body. */
        JSON,

        /** A multipart form (a file upload). */
        MULTIPART,

        /** Either a JSON body or a multipart form (e.g. an image by URL, or the image file itself). */
        JSON_OR_MULTIPART,

        /** An XML body. */
        XML
    }

    /**
     * The limits stated for an operation; {@code 0} means none is stated.
     *
     * @param batchSize the most items one call may carry
     * @param concurrency the most calls in flight at once, per store
     */
    public record Limits(int batchSize, int concurrency) {

        /** No stated limit. */
        public static final Limits NONE = new Limits(0, 0);

        /**
         * Checks the limits.
         *
         * @param batchSize zero or positive
         * @param concurrency zero or positive
         */
        public Limits {
            if (batchSize < 0 || concurrency < 0) {
                throw new IllegalArgumentException("Limits cannot be negative.");
            }
        }
    }
}
