package io.github.bcreactive.error;

import java.util.List;
import java.util.Objects;

/**
 * A request body that the official spec of its operation refuses, caught before anything is sent: a create that
 * lacks a field the spec requires. Nothing reaches the store.
 *
 * <pre>{@code
 * client.catalog().brands().create(Map.of("page_title", "Acme"))
 *         .onErrorResume(InvalidRequestException.class, e -> {
 *             log.warn("Not sent: missing {}", e.missingFields());   // [name]
 *             return Mono.empty();
 *         });
 * }</pre>
 */
public final class InvalidRequestException extends BigCommerceException {

    private static final long serialVersionUID = 1L;

    private final String operation;
    private final List<String> missingFields;

    /**
     * Creates the exception.
     *
     * @param operation the operation, e.g. {@code V3 POST /catalog/brands}
     * @param missingFields the required fields the body lacks, e.g. {@code [name]} ({@code [2].name} for the third
     *     item of a batch)
     */
    public InvalidRequestException(String operation, List<String> missingFields) {
        super("Not sent: the body of " + operation + " lacks the required field(s) " + missingFields
                + " (the official spec requires them).", null);
        this.operation = Objects.requireNonNull(operation, "'operation' cannot be null.");
        this.missingFields = List.copyOf(Objects.requireNonNull(missingFields, "'missingFields' cannot be null."));
    }

    /**
     * The operation whose body was refused.
     *
     * @return e.g. {@code V3 POST /catalog/brands}
     */
    public String operation() {
        return operation;
    }

    /**
     * The required fields the body lacks.
     *
     * @return the JSON names, e.g. {@code [name, type]} (read-only)
     */
    public List<String> missingFields() {
        return missingFields;
    }
}
