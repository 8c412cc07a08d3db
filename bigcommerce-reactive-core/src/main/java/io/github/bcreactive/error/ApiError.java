package io.github.bcreactive.error;

import java.util.List;
import java.util.Map;

/**
 * The error a BigCommerce response body described, in either API's shape: v3's object
 * {@code {"status":422,"title":"...","type":"...","detail":"...","errors":{"field":"why"}}} or v2's array
 * {@code [{"status":404,"message":"..."}]}, whose messages land in {@link #messages()}.
 *
 * @param status the status the body states, or 0 when it states none
 * @param title v3's title, or v2's first message; empty when the body had neither
 * @param type v3's documentation link for the error type; empty when absent
 * @param detail v3's detail; empty when absent
 * @param errors v3's field errors, field name to message; empty when absent
 * @param messages every v2 message, in order; empty for v3
 */
public record ApiError(int status, String title, String type, String detail, Map<String, String> errors,
        List<String> messages) {

    /** An error that says nothing: the body was empty or not JSON. */
    public static final ApiError EMPTY = new ApiError(0, "", "", "", Map.of(), List.of());

    /**
     * Creates an error, copying the collections.
     *
     * @param status the status the body states, or 0
     * @param title the title, never {@code null}
     * @param type the type, never {@code null}
     * @param detail the detail, never {@code null}
     * @param errors the field errors, never {@code null}
     * @param messages the v2 messages, never {@code null}
     */
    public ApiError {
        errors = Map.copyOf(errors);
        messages = List.copyOf(messages);
    }

    /**
     * The most useful one-line description the body gave.
     *
     * @return the detail, else the title, else the joined v2 messages; empty when the body said nothing
     */
    public String summary() {
        if (!detail.isEmpty()) {
            return title.isEmpty() || detail.equals(title) ? detail : title + ": " + detail;
        }
        if (messages.size() > 1) {
            return String.join("; ", messages);
        }
        return title;
    }
}
