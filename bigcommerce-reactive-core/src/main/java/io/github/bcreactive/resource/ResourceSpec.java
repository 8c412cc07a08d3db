package io.github.bcreactive.resource;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.github.bcreactive.api.ApiVersion;
import io.github.bcreactive.paging.PagingStyle;
import org.springframework.http.HttpMethod;

/**
 * The declaration of a resource: where it lives, which API version serves it, what its items decode to and how its
 * listing pages. Which operations it supports is not here but in its type (see {@link Resource}).
 *
 * <pre>{@code
 * ResourceSpec<Variant> variants = ResourceSpec.v3("/catalog/products/{product_id}/variants", Variant.class)
 *         .batches("/catalog/variants", 50, 1);
 * }</pre>
 *
 * @param version the API version
 * @param path the path template under the version; each {@code {name}} is a parent id, filled in order
 * @param model the item type
 * @param paging how the listing pages
 * @param batch the batch endpoint and its documented limits, when the resource has batch operations
 * @param <T> the item type
 */
public record ResourceSpec<T>(ApiVersion version, String path, Class<T> model, PagingStyle paging,
        Optional<Batch> batch) {

    /**
     * Checks the declaration.
     *
     * @param version the API version
     * @param path the path template
     * @param model the item type
     * @param paging how the listing pages
     * @param batch the batch limits, or empty
     */
    public ResourceSpec {
        Objects.requireNonNull(version, "'version' cannot be null.");
        Objects.requireNonNull(path, "'path' cannot be null.");
        Objects.requireNonNull(model, "'model' cannot be null.");
        Objects.requireNonNull(paging, "'paging' cannot be null.");
        Objects.requireNonNull(batch, "'batch' cannot be null.");
        if (!path.startsWith("/") || path.endsWith("/")) {
            throw new IllegalArgumentException("'path' must start with '/' and not end with it, was " + path + ".");
        }
        if (!version.supports(paging)) {
            throw new IllegalArgumentException("A " + version + " resource cannot page " + paging + ".");
        }
    }

    /**
     * A v2 resource, paged as the official spec declares its listing ({@code page}/{@code limit}, or not at all),
     * else by {@code page}/{@code limit}.
     *
     * @param path the path template, e.g. {@code /orders/{order_id}/products}
     * @param model the item type
     * @param <T> the item type
     * @return the declaration
     */
    public static <T> ResourceSpec<T> v2(String path, Class<T> model) {
        return new ResourceSpec<>(ApiVersion.V2, path, model, declaredPaging(ApiVersion.V2, path,
                ApiVersion.V2.defaultPaging()), Optional.empty());
    }

    /**
     * A v3 resource, paged as the official spec declares its listing (by cursor where it offers one, by page
     * number, or not at all), else by page number.
     *
     * @param path the path template, e.g. {@code /catalog/products/{product_id}/images}
     * @param model the item type
     * @param <T> the item type
     * @return the declaration
     */
    public static <T> ResourceSpec<T> v3(String path, Class<T> model) {
        return new ResourceSpec<>(ApiVersion.V3, path, model, declaredPaging(ApiVersion.V3, path,
                ApiVersion.V3.defaultPaging()), Optional.empty());
    }

    /**
     * A B2B Edition resource, paged as its spec declares its listing (by offset, or not at all), else by offset.
     *
     * @param path the path template under {@code /api/v3/io}, e.g. {@code /companies/{companyId}/attachments}
     * @param model the item type
     * @param <T> the item type
     * @return the declaration
     */
    public static <T> ResourceSpec<T> b2b(String path, Class<T> model) {
        return new ResourceSpec<>(ApiVersion.B2B, path, model, B2BOperations.find(HttpMethod.GET, path)
                .map(Operation::paging).orElse(ApiVersion.B2B.defaultPaging()), Optional.empty());
    }

    /** How the official spec says the path's listing pages; the fallback where the spec has no such listing. */
    private static PagingStyle declaredPaging(ApiVersion version, String path, PagingStyle fallback) {
        return Operations.find(version, HttpMethod.GET, path).map(Operation::paging).orElse(fallback);
    }

    /**
     * This declaration, paged by cursor (v3).
     *
     * @return the new declaration
     */
    public ResourceSpec<T> cursor() {
        return new ResourceSpec<>(version, path, model, PagingStyle.CURSOR, batch);
    }

    /**
     * This declaration, not paged: listings come back whole.
     *
     * @return the new declaration
     */
    public ResourceSpec<T> unpaged() {
        return new ResourceSpec<>(version, path, model, PagingStyle.NONE, batch);
    }

    /**
     * This declaration with batch operations on its own path, at the limits the official specs and docs state for
     * it (see {@link #batches(String)}).
     *
     * @return the new declaration
     * @throws IllegalStateException when no batch size is stated for the path
     */
    public ResourceSpec<T> batches() {
        return batches(path);
    }

    /**
     * This declaration with batch operations on a path, at the limits the operation table states for the path's
     * {@code POST} and {@code PUT}: the smaller batch size, and the smaller concurrency (one call at a time when none
     * is stated).
     *
     * @param batchPath the batch path, without placeholders
     * @return the new declaration
     * @throws IllegalStateException when no batch size is stated for the path
     */
    public ResourceSpec<T> batches(String batchPath) {
        List<Operation.Limits> stated = Stream.of(HttpMethod.POST, HttpMethod.PUT)
                .flatMap(method -> Operations.find(version, method, batchPath).stream())
                .map(Operation::limits).toList();
        int chunkSize = smallest(stated.stream().mapToInt(Operation.Limits::batchSize))
                .orElseThrow(() -> new IllegalStateException("No batch size is stated for " + batchPath + "."));
        return batches(batchPath, chunkSize, smallest(stated.stream().mapToInt(Operation.Limits::concurrency))
                .orElse(1));
    }

    private static OptionalInt smallest(IntStream limits) {
        return limits.filter(limit -> limit > 0).min();
    }

    /**
     * This declaration with batch operations, on the resource's own path.
     *
     * @param chunkSize the most items one call may carry
     * @param concurrency the most calls in flight at once
     * @return the new declaration
     */
    public ResourceSpec<T> batches(int chunkSize, int concurrency) {
        return batches(path, chunkSize, concurrency);
    }

    /**
     * This declaration with batch operations on another path (e.g. variants are updated in bulk on
     * {@code /catalog/variants}).
     *
     * @param batchPath the batch path, without placeholders
     * @param chunkSize the most items one call may carry
     * @param concurrency the most calls in flight at once
     * @return the new declaration
     */
    public ResourceSpec<T> batches(String batchPath, int chunkSize, int concurrency) {
        return new ResourceSpec<>(version, path, model, paging, Optional.of(new Batch(batchPath, chunkSize,
                concurrency)));
    }

    /**
     * How many parent ids the path template needs.
     *
     * @return the number of placeholders
     */
    public int parentCount() {
        return PathTemplates.placeholders(path).size();
    }

    /**
     * The documented limits of a resource's batch calls.
     *
     * @param path the batch path (no placeholders: batch calls are not under a parent)
     * @param chunkSize the most items one call may carry
     * @param concurrency the most calls in flight at once
     */
    public record Batch(String path, int chunkSize, int concurrency) {

        /**
         * Checks the limits.
         *
         * @param path the batch path
         * @param chunkSize positive
         * @param concurrency positive
         */
        public Batch {
            Objects.requireNonNull(path, "'path' cannot be null.");
            if (chunkSize < 1 || concurrency < 1) {
                throw new IllegalArgumentException("'chunkSize' and 'concurrency' must be positive.");
            }
        }
    }
}
