package io.github.bcreactive.test.api;

import java.util.Objects;

import io.github.bcreactive.test.store.Json;
import io.github.bcreactive.test.store.StoreData;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * One authenticated store API call.
 *
 * @param store the store addressed by the URL
 * @param version {@code v2} or {@code v3}
 * @param method the HTTP method, upper case
 * @param path the path after {@code /stores/{hash}/{version}}, e.g. {@code /catalog/products/7}
 * @param query the query parameters
 * @param body the request body, empty when none
 * @param context the simulator context
 * @param headers the request headers, by lower-case name (the first value of each)
 */
public record ApiRequest(StoreData store, String version, String method, String path, QueryParams query, byte[] body,
        ApiContext context, java.util.Map<String, String> headers) {

    /**
     * A request without headers.
     *
     * @param store the store
     * @param version the version
     * @param method the method
     * @param path the path
     * @param query the query
     * @param body the body
     * @param context the context
     */
    public ApiRequest(StoreData store, String version, String method, String path, QueryParams query, byte[] body,
            ApiContext context) {
        this(store, version, method, path, query, body, context, java.util.Map.of());
    }

    /**
     * Validates the request.
     */
    public ApiRequest {
        headers = java.util.Map.copyOf(Objects.requireNonNull(headers, "'headers' cannot be null."));
        Objects.requireNonNull(store, "'store' cannot be null.");
        Objects.requireNonNull(version, "'version' cannot be null.");
        Objects.requireNonNull(method, "'method' cannot be null.");
        Objects.requireNonNull(path, "'path' cannot be null.");
        Objects.requireNonNull(query, "'query' cannot be null.");
        Objects.requireNonNull(body, "'body' cannot be null.");
        Objects.requireNonNull(context, "'context' cannot be null.");
    }

    /**
     * A request header.
     *
     * @param name the name, any case
     * @return the first value, or {@code null}
     */
    public String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Tells whether this is a v2 call.
     *
     * @return {@code true} for v2
     */
    public boolean v2() {
        return "v2".equals(version);
    }

    /**
     * Parses the body as JSON; a {@code multipart/form-data} body is read as the object of its fields (a file part
     * as its file name, see {@code FormBody}).
     *
     * @return the JSON tree
     * @throws ApiException with 400 when the body is empty, not JSON, or a malformed form
     */
    public JsonNode json() {
        if (body.length == 0) {
            throw new ApiException(ApiErrors.error(v2(), 400, "The request body is empty.", null));
        }
        String contentType = header("Content-Type");
        if (FormBody.is(contentType)) {
            JsonNode form = FormBody.parse(contentType, body);
            if (form == null) {
                throw new ApiException(ApiErrors.error(v2(), 400, "The request body is not a valid multipart form.",
                        null));
            }
            return form;
        }
        try {
            return Json.MAPPER.readTree(body);
        } catch (JacksonException malformed) {
            throw new ApiException(ApiErrors.error(v2(), 400, "The request body is not valid JSON.", null));
        }
    }
}
