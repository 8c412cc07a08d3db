package io.github.bcreactive.contract;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.api.ApiResponse;
import io.github.bcreactive.query.Query;
import io.swagger.v3.oas.models.Operation;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

/**
 * The entry point for calling any spec operation: makes the call from the spec's examples (path ids, required query
 * parameters, the request body) and sends it through a client, typically one pointed at a {@link ContractServer}.
 *
 * <pre>{@code
 * SpecIndex specs = OfficialSpecs.index();
 * try (ContractServer server = ContractServer.examples(specs)) {
 *     BigCommerceClient client = ...apiUrl(server.baseUrl())...;
 *     for (SpecOperation op : specs.operations()) {
 *         ContractSweep.send(client, ContractSweep.callFor(specs, op)).onErrorComplete().block();
 *     }
 *     // server.exchanges(): one per operation, each with its request and response violations
 * }
 * }</pre>
 */
public final class ContractSweep {

    private static final Map<String, Optional<JsonNode>> BODIES = new ConcurrentHashMap<>();

    private ContractSweep() {
    }

    /**
     * A call made from the spec.
     *
     * @param operation the operation
     * @param path the concrete path under the version
     * @param query the required query parameters
     * @param body the request body (Jackson 2 tree), or empty
     */
    public record Call(SpecOperation operation, String path, Map<String, String> query, Optional<JsonNode> body) {
    }

    /**
     * The call for an operation: ids, required query parameters and body from the spec's examples.
     *
     * @param index the specs
     * @param op the operation (a descriptor: spec file, method, path template, operation id)
     * @return the call
     */
    public static Call callFor(SpecIndex index, SpecOperation op) {
        SpecSamples samples = new SpecSamples(index.api(op.spec()));
        Operation declaration = index.declaration(op);
        String path = op.path();
        for (Map.Entry<String, String> value : samples.pathValues(declaration, op.path()).entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return new Call(op, path, samples.requiredQuery(declaration), requestBody(index, op));
    }

    /**
     * The request body for an operation: the spec's example when it is valid against the spec's own schema, else
     * one generated from the schema (without read-only fields), else the example anyway.
     *
     * @param index the specs
     * @param op the operation
     * @return the body, or empty when the operation takes none
     */
    public static Optional<JsonNode> requestBody(SpecIndex index, SpecOperation op) {
        return BODIES.computeIfAbsent(op.key(), key -> {
            List<JsonNode> candidates = new SpecSamples(index.api(op.spec())).requestBodies(index.declaration(op));
            return candidates.stream().filter(body -> validBody(index, op, body)).findFirst()
                    .or(() -> candidates.stream().findFirst());
        });
    }

    private static boolean validBody(SpecIndex index, SpecOperation op, JsonNode body) {
        SimpleRequest request = new SimpleRequest.Builder(op.method(), op.path().replaceAll("\\{[^/}]+}", "1"))
                .withContentType("application/json").withBody(body.toString()).build();
        return index.validator(op.spec()).validateRequest(request).getMessages().stream()
                .noneMatch(m -> m.getLevel() == ValidationReport.Level.ERROR
                        && m.getKey().startsWith("validation.request.body"));
    }

    /**
     * Sends a call through the client's low-level API of the operation's version.
     *
     * @param client the client
     * @param call the call
     * @return the response, its body as JSON
     */
    public static Mono<ApiResponse<tools.jackson.databind.JsonNode>> send(BigCommerceClient client, Call call) {
        Object body = call.body().map(node -> BigCommerceClient.Builder.defaultMapper().readTree(node.toString()))
                .orElse(null);
        return (call.operation().version().equals("v2") ? client.v2() : client.v3())
                .exchange(HttpMethod.valueOf(call.operation().method()), call.path(), Query.of(call.query()), body,
                        tools.jackson.databind.JsonNode.class);
    }
}
