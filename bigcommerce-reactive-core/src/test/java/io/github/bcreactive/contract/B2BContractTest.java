package io.github.bcreactive.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.http.RetryOptions;
import io.github.bcreactive.query.Query;
import io.github.bcreactive.ratelimit.RateLimiter;
import io.github.bcreactive.resource.B2BOperations;
import io.github.bcreactive.resource.Operation;
import io.github.bcreactive.resource.TypedAccess;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Contract tests of B2B Edition: every operation of the generated B2B table ({@link B2BOperations}) is called against
 * a {@link ContractServer} serving B2B Edition's own specs ({@code b2b/specs/api-v3/}) and their examples, through
 * the typed call on {@code client.b2b()} that reaches it (RESOURCES-B2B.md: a bundle accessor or a named method,
 * invoked by {@link TypedAccess}). Each request must match a spec operation and violate nothing, the example served
 * must be valid against its spec, and the answer (a listing's first page) must decode into the generated model the
 * call declares. The operations that cannot pass are named in {@link #EXCEPTIONS} with their reasons; the list cannot
 * go stale either way (an excepted operation that passes fails the test, as does a pattern covering none). Skips,
 * saying why, when the specs are absent.
 */
@Timeout(300)
class B2BContractTest {

    /** The B2B spec files not indexed, as the generator skips them. */
    private static final Set<String> SKIPPED = Set.of("invoice-management.yaml", "authentication.yaml");

    /** The operations not checked, each with its reason: a pattern over {@code METHOD path}. */
    static final List<OperationContractTest.Excepted> EXCEPTIONS = List.of(
            new OperationContractTest.Excepted("GET /(companies/roles|orders|ip/invoices)", "the spec's example "
                    + "is at offset 1 while the client asks for the start (offset 0); the strict offset pager ends a "
                    + "listing whose page is not the one it asked for (issue 13)"),
            new OperationContractTest.Excepted("POST /rfq", "quote.yaml: the request example lacks the required "
                    + "totalAmount (and carries product fields its closed item schema lacks), and no body generated "
                    + "from the schema validates; the client's write check refuses to send a body lacking a required "
                    + "field (InvalidRequestException naming totalAmount), so nothing is sent"));

    private static final JsonMapper MAPPER = BigCommerceClient.Builder.defaultMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void everyB2BOperationThroughItsTypedCallIsValidAgainstTheB2BSpecsAndDecodesIntoItsModel() {
        Optional<Path> openapi = OfficialSpecs.directory();
        Assumptions.assumeTrue(openapi.isPresent(), OfficialSpecs.MISSING);
        Path folder = openapi.get().resolveSibling("b2b").resolve("specs").resolve("api-v3");
        Assumptions.assumeTrue(Files.isDirectory(folder), "Skipped: no B2B Edition specs at " + folder + ".");
        SpecIndex index = SpecIndex.load(folder, files(folder));
        Map<String, String> failed = new TreeMap<>();
        List<String> keys = new ArrayList<>();
        int modelled = 0;
        try (ContractServer server = ContractServer.examples(index)) {
            BigCommerceClient client = BigCommerceClient.builder().storeHash("abc123").accessToken("contract-token")
                    .apiUrl(server.baseUrl()).b2bUrl(server.baseUrl()).b2bRateLimiter(RateLimiter.unlimited())
                    // one page at a time: a listing that fails leaves no page request behind for the next check
                    .pageConcurrency(1)
                    .retry(RetryOptions.defaults().withMaxRetries(0).withMaxThrottleWait(Duration.ZERO)).build();
            for (Map.Entry<Operation, List<String>> entry : TypedAccess.b2bPaths().entrySet()) {
                Operation op = entry.getKey();
                String key = op.method().name() + " " + op.path();
                keys.add(key);
                Optional<SpecOperation> declared = index.declared("b2b", op.method().name(), op.path());
                if (declared.isEmpty()) {
                    failed.put(key, "no B2B spec declares it");
                    continue;
                }
                if (entry.getValue().isEmpty()) {
                    failed.put(key, "no typed call reaches it (RESOURCES-B2B.md)");
                    continue;
                }
                ContractSweep.Call call = ContractSweep.callFor(index, declared.get());
                for (String java : entry.getValue()) {
                    server.reset();
                    Optional<String> clientProblem;
                    try {
                        TypedAccess.Invocation invocation = TypedAccess.invoke(client, java,
                                new TypedAccess.Arguments(ids(op, call), Query.of(call.query()), body(call)));
                        if (invocation.model() != JsonNode.class && invocation.model() != Object.class) {
                            modelled++;
                        }
                        clientProblem = TypedAccess.decodeProblem(invocation.await(WAIT), invocation.model());
                    } catch (RuntimeException e) {
                        clientProblem = Optional.of("the client failed: " + rootMessage(e));
                    }
                    problem(server.exchanges(), declared.get(), clientProblem)
                            .ifPresent(p -> failed.put(key, java + ": " + p));
                }
            }
            server.invalidExamples().forEach((key, violations) -> System.out.printf(
                    "[contract-b2b]   invalid spec example, a generated body served instead: %s: %s%n", key,
                    violations));
        }
        int total = keys.size();
        List<String> excepted = keys.stream().filter(key -> EXCEPTIONS.stream().anyMatch(e -> e.covers(key)))
                .toList();
        System.out.printf("[contract-b2b] %d B2B spec files (%d operations) indexed; %d generated operations "
                + "called through their typed calls (%d decoding into a generated model), %d checked clean, %d "
                + "named exceptions%n", index.specs().size(), index.operations().size(), total, modelled,
                total - failed.size(), failed.size());
        failed.forEach((key, problem) -> System.out.printf("[contract-b2b]   %s %s: %s%n",
                excepted.contains(key) ? "excepted" : "FAILED", key,
                problem.length() > 500 ? problem.substring(0, 500) + "..." : problem));
        EXCEPTIONS.forEach(e -> System.out.printf("[contract-b2b]   exception %s: %s%n", e.pattern(), e.reason()));
        assertThat(failed.keySet()).as("B2B operations that fail the contract but are not named exceptions")
                .allMatch(key -> EXCEPTIONS.stream().anyMatch(e -> e.covers(key)));
        assertThat(excepted).as("named exceptions that now pass: remove them").allMatch(failed::containsKey);
        assertThat(EXCEPTIONS).as("named exceptions that cover no operation")
                .allMatch(e -> keys.stream().anyMatch(e::covers));
    }

    /** The path ids of the call, typed as the operation declares them (a long id that is no number becomes 1). */
    private static List<Object> ids(Operation op, ContractSweep.Call call) {
        String[] template = call.operation().path().split("/");
        String[] concrete = call.path().split("/");
        List<String> values = new ArrayList<>();
        for (int i = 0; i < template.length && i < concrete.length; i++) {
            if (template[i].startsWith("{")) {
                values.add(concrete[i]);
            }
        }
        List<Object> ids = new ArrayList<>();
        for (int i = 0; i < op.ids().size(); i++) {
            String value = i < values.size() ? values.get(i) : "1";
            ids.add(op.ids().get(i) == Operation.IdType.LONG
                    ? (Object) (value.matches("\\d{1,18}") ? Long.parseLong(value) : 1L) : value);
        }
        return ids;
    }

    private static List<String> files(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(file -> folder.relativize(file).toString()
                    .replace('\\', '/')).filter(file -> file.endsWith(".yaml") && !SKIPPED.contains(file))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The call's outcome: the first problem of its exchanges, else the client's. */
    private static Optional<String> problem(List<Exchange> exchanges, SpecOperation expected,
            Optional<String> clientProblem) {
        if (exchanges.isEmpty()) {
            return clientProblem.or(() -> Optional.of("no request was sent"));
        }
        for (Exchange exchange : exchanges) {
            if (exchange.operation().isEmpty()) {
                return Optional.of("no B2B spec declares " + exchange.method() + " " + exchange.uri());
            }
            if (!exchange.operation().get().equals(expected)) {
                return Optional.of("sent " + exchange.operation().get() + " for " + expected);
            }
            if (!exchange.requestViolations().isEmpty()) {
                return Optional.of("request violates " + expected + ": " + exchange.requestViolations());
            }
            if (!exchange.responseViolations().isEmpty()) {
                return Optional.of("the spec's " + exchange.responseSource() + " response violates " + expected
                        + ": " + exchange.responseViolations());
            }
        }
        return clientProblem;
    }

    private static JsonNode body(ContractSweep.Call call) {
        return call.body().map(node -> MAPPER.readTree(node.toString())).orElse(null);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
