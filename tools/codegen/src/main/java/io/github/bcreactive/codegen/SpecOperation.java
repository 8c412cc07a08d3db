package io.github.bcreactive.codegen;

import java.util.List;

/**
 * One operation as the generator reads it from a spec file: everything the generated declaration needs, and nothing
 * of the spec's prose.
 *
 * @param family the family it belongs to, e.g. {@code catalog}
 * @param specFile the spec file, relative to the specs' folder, with {@code /} separators
 * @param version {@code V2} or {@code V3}
 * @param method the HTTP method, upper case
 * @param path the path template
 * @param operationId the spec's operation id
 * @param paging the paging style's constant name
 * @param ids the id type of each placeholder, {@code LONG} or {@code STRING}
 * @param body the request body kind's constant name
 * @param request the request body's schema name, or {@code ""}
 * @param response the success response's schema name, or {@code ""}
 * @param batchSize the stated batch size, or 0
 * @param concurrency the stated concurrency, or 0
 * @param replacement {@code null} when current; else what replaces it
 * @param filePart the part a multipart upload carries its file in ({@code image_file}), or {@code ""}
 */
record SpecOperation(String family, String specFile, String version, String method, String path, String operationId,
        String paging, List<String> ids, String body, String request, String response, int batchSize, int concurrency, String replacement,
        String filePart) {

    SpecOperation {
        ids = List.copyOf(ids);
    }

    /** An operation that uploads no file. */
    SpecOperation(String family, String specFile, String version, String method, String path, String operationId,
            String paging, List<String> ids, String body, String request, String response, int batchSize,
            int concurrency, String replacement) {
        this(family, specFile, version, method, path, operationId, paging, ids, body, request, response, batchSize,
                concurrency, replacement, "");
    }

    /** Whether it uploads a file in a multipart form. */
    boolean uploads() {
        return !filePart.isEmpty();
    }

    /** {@code GET /catalog/products}. */
    String key() {
        return method + " " + path;
    }
}
