package io.github.bcreactive.contract;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.QueryStringDecoder;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.DisposableServer;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * A loopback HTTP server that checks every store API call against the official specs: it finds the operation
 * ({@code /stores/{store_hash}/v2|v3/...}, or B2B Edition's {@code /api/v3/io/...}), validates the request, answers (with the spec's example for the
 * operation's success status, or by forwarding to an upstream server such as the simulator), validates the answer,
 * and records both as an {@link Exchange}. Validation runs off the event loop.
 *
 * <pre>{@code
 * try (ContractServer server = ContractServer.examples(OfficialSpecs.index())) {
 *     BigCommerceClient client = BigCommerceClient.builder().storeHash("abc123").accessToken("t")
 *             .apiUrl(server.baseUrl()).build();
 *     client.catalog().products().get(1).block();
 *     assertThat(server.exchanges()).allMatch(Exchange::clean);
 * }
 * }</pre>
 */
public final class ContractServer implements AutoCloseable {

    private static final Pattern STORE_PATH = Pattern.compile("^/stores/[^/]+/(v2|v3)(/[^?]*)?$");
    private static final Pattern B2B_PATH = Pattern.compile("^/api/v3/io(/[^?]*)?$");

    private final SpecIndex index;
    private final Responder responder;
    private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();
    private final Map<String, Choice> choices = new java.util.concurrent.ConcurrentHashMap<>();
    /** The violations of each answer chosen from the examples, found when it was chosen: served again unchanged. */
    private final Map<Answer, List<String>> checkedAnswers =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
    private final DisposableServer server;

    /** What the server answers: computed from the request and the operation it matched. */
    @FunctionalInterface
    public interface Responder {

        /**
         * The answer to a request.
         *
         * @param request the request
         * @param operation the operation it matched, or empty
         * @return the answer
         */
        Mono<Answer> answer(Incoming request, Optional<SpecOperation> operation);
    }

    /**
     * A request as received.
     *
     * @param method the method
     * @param uri the URI (path and query)
     * @param version {@code v2} or {@code v3}, or empty for a path outside the store API
     * @param path the path under the version
     * @param headers the headers
     * @param body the body bytes (empty when none)
     */
    public record Incoming(String method, String uri, String version, String path, HttpHeaders headers,
            byte[] body) {
    }

    /**
     * An answer to send.
     *
     * @param status the status
     * @param headers the headers to send (Content-Length is set by the server)
     * @param body the body (empty for none)
     * @param source where it came from, for the report
     */
    public record Answer(int status, Map<String, List<String>> headers, byte[] body, String source) {
    }

    private ContractServer(SpecIndex index, Responder responder) {
        this.index = index;
        this.responder = responder != null ? responder : this::answerFromExamples;
        this.server = HttpServer.create().host("127.0.0.1").port(0).handle(this::handle).bindNow();
    }

    /**
     * A server that answers every operation with the spec's example (or a body generated from the schema).
     *
     * @param index the specs
     * @return the started server
     */
    public static ContractServer examples(SpecIndex index) {
        return new ContractServer(index, null);
    }

    /**
     * A validating proxy: every request is forwarded to {@code upstream} and both directions are validated.
     *
     * @param index the specs
     * @param upstream the base URL of the server to check, e.g. the simulator's
     * @return the started server
     */
    public static ContractServer proxy(SpecIndex index, String upstream) {
        HttpClient client = HttpClient.create().baseUrl(upstream);
        return new ContractServer(index, (request, operation) -> client
                .headers(headers -> headers.add(request.headers()).remove(HttpHeaderNames.HOST)
                        .remove(HttpHeaderNames.CONTENT_LENGTH))
                .request(HttpMethod.valueOf(request.method()))
                .uri(request.uri())
                .send((req, out) -> out.sendByteArray(Mono.just(request.body())))
                .responseSingle((response, body) -> body.asByteArray().defaultIfEmpty(new byte[0])
                        .map(bytes -> {
                            Map<String, List<String>> headers = new LinkedHashMap<>();
                            response.responseHeaders().forEach(h -> headers
                                    .computeIfAbsent(h.getKey(), k -> new ArrayList<>()).add(h.getValue()));
                            headers.remove("content-length");
                            headers.remove("transfer-encoding");
                            headers.remove("connection");
                            return new Answer(response.status().code(), headers, bytes, "upstream");
                        })));
    }

    /**
     * The base URL to give a client as its API URL.
     *
     * @return e.g. {@code http://127.0.0.1:41234}
     */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /**
     * Every store API request seen so far, in order.
     *
     * @return the exchanges
     */
    public List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    /** Forgets the exchanges seen so far. */
    public void reset() {
        exchanges.clear();
    }

    @Override
    public void close() {
        server.disposeNow();
    }

    private Mono<Void> handle(HttpServerRequest request, HttpServerResponse response) {
        String uri = request.uri();
        String rawPath = new QueryStringDecoder(uri).rawPath();
        Matcher store = STORE_PATH.matcher(rawPath);
        Matcher b2b = B2B_PATH.matcher(rawPath);
        String version = store.matches() ? store.group(1) : b2b.matches() ? "b2b" : "";
        String path = store.matches() ? (store.group(2) == null ? "/" : store.group(2))
                : b2b.matches() ? (b2b.group(1) == null ? "/" : b2b.group(1)) : rawPath;
        return request.receive().aggregate().asByteArray().defaultIfEmpty(new byte[0])
                .map(body -> new Incoming(request.method().name(), uri, version, path, request.requestHeaders(),
                        body))
                .publishOn(Schedulers.boundedElastic())
                .flatMap(incoming -> {
                    Optional<SpecOperation> operation = version.isEmpty() ? Optional.empty()
                            : index.match(version, incoming.method(), path);
                    List<String> requestViolations = operation.map(op -> validateRequest(op, incoming))
                            .orElse(List.of());
                    return responder.answer(incoming, operation).publishOn(Schedulers.boundedElastic())
                            .doOnNext(answer -> {
                                if (!version.isEmpty()) {
                                    exchanges.add(new Exchange(incoming.method(), uri, operation, requestViolations,
                                            answer.status(), operation.map(op -> checkedAnswers.containsKey(answer)
                                                    ? checkedAnswers.get(answer) : validateResponse(op, incoming,
                                                            answer)).orElse(List.of()), answer.source()));
                                }
                            });
                })
                .onErrorResume(e -> {
                    byte[] body = ("{\"status\":500,\"title\":\"contract server: " + e).replace("\"", "'")
                            .getBytes(StandardCharsets.UTF_8);
                    exchanges.add(new Exchange(request.method().name(), uri, Optional.empty(),
                            List.of("the contract server failed: " + e), 500, List.of(), "error"));
                    return Mono.just(new Answer(500, Map.of(), body, "error"));
                })
                .flatMap(answer -> {
                    response.status(answer.status());
                    answer.headers().forEach((name, values) -> response.responseHeaders().add(name, values));
                    response.responseHeaders().set(HttpHeaderNames.CONTENT_LENGTH, answer.body().length);
                    return answer.body().length == 0 ? response.send().then()
                            : response.sendByteArray(Mono.just(answer.body())).then();
                });
    }

    private List<String> validateRequest(SpecOperation op, Incoming incoming) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(incoming.method(), incoming.path());
        for (String name : incoming.headers().names()) {
            builder.withHeader(name, incoming.headers().getAll(name));
        }
        new QueryStringDecoder(incoming.uri()).parameters().forEach(builder::withQueryParam);
        if (incoming.body().length > 0) {
            builder.withBody(incoming.body());
        }
        return errors(op, index.validator(op.spec()).validateRequest(builder.build()));
    }

    private List<String> validateResponse(SpecOperation op, Incoming incoming, Answer answer) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(answer.status());
        answer.headers().forEach(builder::withHeader);
        if (answer.body().length > 0) {
            builder.withBody(new String(answer.body(), StandardCharsets.UTF_8));
        }
        return errors(op, index.validator(op.spec()).validateResponse(incoming.path(),
                Request.Method.valueOf(incoming.method()), builder.build()));
    }

    private static List<String> errors(SpecOperation op, ValidationReport report) {
        List<String> errors = new ArrayList<>();
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR
                    && SpecOverrides.dropping(op, message).isEmpty()) {
                errors.add(message.getKey() + ": " + message.getMessage()
                        + (message.getNestedMessages().isEmpty() ? "" : " " + message.getNestedMessages().stream()
                                .map(ValidationReport.Message::getMessage).toList()));
            }
        }
        return errors;
    }

    /**
     * The examples the spec gives that are invalid against the spec itself, found while answering (a body generated
     * from the schema was served instead when it was valid).
     *
     * @return operation key to the example's violations
     */
    public Map<String, List<String>> invalidExamples() {
        Map<String, List<String>> invalid = new java.util.TreeMap<>();
        choices.forEach((key, choice) -> {
            if (!choice.exampleViolations().isEmpty()) {
                invalid.put(key, choice.exampleViolations());
            }
        });
        return invalid;
    }

    /** The answer chosen for an operation, and what was wrong with the spec's example when it was passed over. */
    private record Choice(Answer answer, List<String> exampleViolations) {
    }

    /** Answers with the spec's success example, or a body generated from its schema when the example is invalid. */
    private Mono<Answer> answerFromExamples(Incoming request, Optional<SpecOperation> operation) {
        if (operation.isEmpty()) {
            byte[] body = ("{\"status\":404,\"title\":\"No management spec declares " + request.method() + " "
                    + request.path() + "\"}").getBytes(StandardCharsets.UTF_8);
            return Mono.just(new Answer(404, Map.of("Content-Type", List.of("application/json")), body,
                    "no operation"));
        }
        SpecOperation op = operation.get();
        return Mono.just(choices.computeIfAbsent(op.key(), key -> choose(op, request)).answer());
    }

    private Choice choose(SpecOperation op, Incoming request) {
        List<SpecSamples.Sample> samples = new SpecSamples(index.api(op.spec())).success(index.declaration(op));
        List<String> exampleViolations = List.of();
        List<String> firstViolations = List.of();
        Answer first = null;
        for (SpecSamples.Sample sample : samples) {
            Answer answer = new Answer(sample.status(), sample.body().isPresent()
                    ? Map.of("Content-Type", List.of("application/json")) : Map.of(),
                    sample.body().map(node -> node.toString().getBytes(StandardCharsets.UTF_8)).orElse(new byte[0]),
                    sample.source());
            List<String> violations = validateResponse(op, request, answer);
            if (violations.isEmpty()) {
                Answer chosen = first == null ? answer : new Answer(answer.status(), answer.headers(),
                        answer.body(), answer.source() + " (the example is invalid)");
                checkedAnswers.put(chosen, List.of());
                return new Choice(chosen, exampleViolations);
            }
            if (first == null) {
                first = answer;
                firstViolations = violations;
                exampleViolations = sample.source().equals("example") ? violations : List.of();
            }
        }
        checkedAnswers.put(first, firstViolations);
        return new Choice(first, exampleViolations);
    }
}
