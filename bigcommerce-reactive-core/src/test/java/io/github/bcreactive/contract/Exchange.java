package io.github.bcreactive.contract;

import java.util.List;
import java.util.Optional;

/**
 * One request the contract server saw, and what the official spec says of it and of the answer.
 *
 * @param method the HTTP method
 * @param uri the request URI as sent (path and query)
 * @param operation the spec operation it matched, or empty when no management spec declares it
 * @param requestViolations what the spec's request validation found (errors only)
 * @param status the status served
 * @param responseViolations what the spec's response validation found in the answer served (errors only)
 * @param responseSource where the answer came from: {@code example}, {@code generated}, {@code override},
 *     {@code upstream}, ...
 */
public record Exchange(String method, String uri, Optional<SpecOperation> operation, List<String> requestViolations,
        int status, List<String> responseViolations, String responseSource) {

    /**
     * Whether the request matched an operation and both directions are valid.
     *
     * @return true when the spec finds nothing wrong
     */
    public boolean clean() {
        return operation.isPresent() && requestViolations.isEmpty() && responseViolations.isEmpty();
    }

    @Override
    public String toString() {
        return method + " " + uri + " -> " + operation.map(SpecOperation::toString).orElse("no spec operation")
                + " [" + status + ", " + responseSource + "]"
                + (requestViolations.isEmpty() ? "" : " request: " + requestViolations)
                + (responseViolations.isEmpty() ? "" : " response: " + responseViolations);
    }
}
