package io.github.bcreactive.graphql;

import java.util.List;

import io.github.bcreactive.error.BigCommerceException;
import tools.jackson.databind.JsonNode;

/**
 * A GraphQL response that carried {@code errors}. The HTTP status was a success; the errors say what failed, and
 * {@link #data()} holds whatever part of the result was still computed.
 */
public final class GraphQLException extends BigCommerceException {

    private static final long serialVersionUID = 1L;

    private final transient List<JsonNode> errors;
    private final transient JsonNode data;

    /**
     * Creates the exception.
     *
     * @param errors the {@code errors} entries, at least one
     * @param data the {@code data} part of the response, or a missing node
     */
    public GraphQLException(List<JsonNode> errors, JsonNode data) {
        super("GraphQL query failed: " + describe(errors), null);
        this.errors = List.copyOf(errors);
        this.data = data;
    }

    /**
     * The errors, as the response listed them.
     *
     * @return each error object ({@code message}, {@code path}, {@code locations}, {@code extensions})
     */
    public List<JsonNode> errors() {
        return errors;
    }

    /**
     * The partial result.
     *
     * @return the {@code data} node; a missing node when the response had none
     */
    public JsonNode data() {
        return data;
    }

    private static String describe(List<JsonNode> errors) {
        return String.join("; ", errors.stream()
                .map(error -> error.path("message").asString(error.toString()))
                .toList());
    }
}
