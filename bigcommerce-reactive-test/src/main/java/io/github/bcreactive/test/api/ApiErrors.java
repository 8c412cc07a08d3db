package io.github.bcreactive.test.api;

import java.util.Map;

import io.github.bcreactive.test.store.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Error bodies in each version's shape: v2 is an array {@code [{"status":404,"message":"..."}]},
 * v3 an object {@code {"status":404,"title":"...","type":"...","detail"?,"errors"?}}.
 */
public final class ApiErrors {

    /** The {@code type} the v3 API puts in its errors. */
    public static final String TYPE = "https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes";

    private ApiErrors() {
    }

    /**
     * An error in the version's shape.
     *
     * @param v2 {@code true} for the v2 shape
     * @param status the status
     * @param message the v2 message or v3 title
     * @param errors v3 field errors, or {@code null}
     * @return the response
     */
    public static ApiResponse error(boolean v2, int status, String message, Map<String, String> errors) {
        return v2 ? v2(status, message) : v3(status, message, null, errors);
    }

    /**
     * A v2 error array.
     *
     * @param status the status
     * @param message the message
     * @return the response
     */
    public static ApiResponse v2(int status, String message) {
        ArrayNode body = Json.array();
        ObjectNode error = body.addObject();
        error.put("status", status);
        error.put("message", message);
        return ApiResponse.json(status, body);
    }

    /**
     * A v3 error object.
     *
     * @param status the status
     * @param title the title
     * @param detail the detail, or {@code null}
     * @param errors field errors, or {@code null}
     * @return the response
     */
    public static ApiResponse v3(int status, String title, String detail, Map<String, String> errors) {
        return ApiResponse.json(status, v3Body(status, title, detail, errors));
    }

    /**
     * The v3 error object alone, for embedding in a 207 body.
     *
     * @param status the status
     * @param title the title
     * @param detail the detail, or {@code null}
     * @param errors field errors, or {@code null}
     * @return the object
     */
    public static ObjectNode v3Body(int status, String title, String detail, Map<String, String> errors) {
        ObjectNode body = Json.object();
        body.put("status", status);
        body.put("title", title);
        body.put("type", TYPE);
        if (detail != null) {
            body.put("detail", detail);
        }
        if (errors != null) {
            ObjectNode fields = body.putObject("errors");
            errors.forEach(fields::put);
        }
        return body;
    }

    /**
     * The 404 for a missing row.
     *
     * @param request the request
     * @param what what was looked for, e.g. {@code "product"}
     * @param id the id
     * @return an exception carrying the response
     */
    public static ApiException notFound(ApiRequest request, String what, long id) {
        return new ApiException(request.v2()
                ? v2(404, "The requested resource was not found.")
                : v3(404, "A " + what + " was not found with an id of " + id, null, Map.of()));
    }

    /**
     * A 422 (v3) or 400 (v2) for invalid input.
     *
     * @param request the request
     * @param title the v3 title or v2 message
     * @param errors field errors
     * @return an exception carrying the response
     */
    public static ApiException invalid(ApiRequest request, String title, Map<String, String> errors) {
        if (request.v2()) {
            String first = errors.isEmpty() ? title : errors.values().iterator().next();
            return new ApiException(v2(400, first));
        }
        return new ApiException(v3(422, title, null, errors));
    }
}
