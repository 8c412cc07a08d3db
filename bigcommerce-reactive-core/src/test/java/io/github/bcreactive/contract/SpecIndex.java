package io.github.bcreactive.contract;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The operations of a set of official specs, parsed once: finds the operation a request is for, and holds one
 * request/response validator per spec (swagger-request-validator).
 */
public final class SpecIndex {

    /** The server of B2B Edition's REST management specs, indexed as version {@code b2b}. */
    static final String B2B_SERVER = "https://api-b2b.bigcommerce.com/api/v3/io";

    private static final List<String> METHODS = List.of("GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH",
            "TRACE");

    private final Path directory;
    private final List<String> files;
    private final Map<String, OpenAPI> apis = new ConcurrentHashMap<>();
    private final Map<String, String> prefixes;
    private final Map<String, SpecOperation> byKey;
    private final Map<String, List<SpecOperation>> duplicates;
    private final Map<String, OpenApiInteractionValidator> validators = new ConcurrentHashMap<>();
    private final Duration loadTime;
    private final java.util.concurrent.atomic.LongAdder parseNanos = new java.util.concurrent.atomic.LongAdder();

    private SpecIndex(Path directory, List<String> files, Map<String, SpecOperation> byKey,
            Map<String, List<SpecOperation>> duplicates, Duration loadTime, Map<String, String> prefixes) {
        this.directory = directory;
        this.prefixes = prefixes;
        this.files = files;
        this.byKey = byKey;
        this.duplicates = duplicates;
        this.loadTime = loadTime;
    }

    /**
     * Indexes the operations of the given specs. Only their {@code servers} and {@code paths} are read now (plain
     * YAML); a spec is parsed and resolved in full the first time its model or validator is asked for, so a test
     * that touches a few specs pays for those only. When two specs declare the same operation (same version, method
     * and path), the first file in order wins and the other is listed by {@link #duplicates()}.
     *
     * @param directory the specs directory
     * @param files the spec files, relative to it
     * @return the index
     */
    public static SpecIndex load(Path directory, List<String> files) {
        long start = System.nanoTime();
        Map<String, Map<String, Object>> outlines = new ConcurrentHashMap<>();
        files.parallelStream().forEach(file -> outlines.put(file, outline(directory.resolve(file))));
        Map<String, SpecOperation> byKey = new LinkedHashMap<>();
        Map<String, List<SpecOperation>> duplicates = new LinkedHashMap<>();
        Map<String, String> prefixes = new LinkedHashMap<>();
        for (String file : files) {
            Map<String, Object> outline = outlines.get(file);
            String version = version(outline, file);
            String prefix = b2bPrefix(outline);
            prefixes.put(file, prefix);
            Object paths = outline.get("paths");
            if (!(paths instanceof Map<?, ?> pathMap)) {
                continue;
            }
            pathMap.forEach((path, item) -> {
                if (!(item instanceof Map<?, ?> operations)) {
                    return;
                }
                operations.forEach((name, operation) -> {
                    String method = String.valueOf(name).toUpperCase(Locale.ROOT);
                    if (!METHODS.contains(method) || !(operation instanceof Map<?, ?> declaration)) {
                        return;
                    }
                    Object operationId = declaration.get("operationId");
                    SpecOperation op = new SpecOperation(file, version, method, prefix + path,
                            operationId != null ? String.valueOf(operationId) : method + " " + path);
                    SpecOperation first = byKey.putIfAbsent(op.key(), op);
                    if (first != null) {
                        duplicates.computeIfAbsent(op.key(), k -> new ArrayList<>(List.of(first))).add(op);
                    }
                });
            });
        }
        return new SpecIndex(directory, List.copyOf(files), Collections.unmodifiableMap(byKey),
                Collections.unmodifiableMap(duplicates), Duration.ofNanos(System.nanoTime() - start),
                Collections.unmodifiableMap(prefixes));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> outline(Path file) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        options.setMaxAliasesForCollections(Integer.MAX_VALUE);
        try (java.io.Reader reader = java.nio.file.Files.newBufferedReader(file)) {
            Object document = new Yaml(new SafeConstructor(options)).load(reader);
            return document instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private OpenAPI parse(Path file) {
        long start = System.nanoTime();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        // inline every $ref and merge allOf parts into one schema, as swagger-request-validator's own loader can:
        // several specs compose allOf parts that each say additionalProperties: false, which no instance could
        // satisfy part by part
        options.setResolveFully(true);
        options.setResolveCombinators(true);
        SwaggerParseResult result = new OpenAPIParser().readLocation(file.toUri().toString(), null, options);
        if (result.getOpenAPI() == null) {
            throw new IllegalStateException("Could not parse " + file + ": " + result.getMessages());
        }
        SchemaFixes.apply(result.getOpenAPI());
        parseNanos.add(System.nanoTime() - start);
        return result.getOpenAPI();
    }

    private static String serverUrl(Map<String, Object> outline) {
        Object servers = outline.get("servers");
        return servers instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> server
                ? String.valueOf(server.get("url")) : "";
    }

    /** The path a B2B Edition spec's server adds under {@code /api/v3/io} ({@code /ip} for invoices), else "". */
    private static String b2bPrefix(Map<String, Object> outline) {
        String url = serverUrl(outline);
        return url.startsWith(B2B_SERVER) ? url.substring(B2B_SERVER.length()) : "";
    }

    private static String version(Map<String, Object> outline, String file) {
        String url = serverUrl(outline);
        if (url.startsWith(B2B_SERVER)) {
            return "b2b";
        }
        if (url.endsWith("/v2")) {
            return "v2";
        }
        if (url.endsWith("/v3")) {
            return "v3";
        }
        throw new IllegalStateException(file + " is not served under /stores/{store_hash}/v2|v3 or " + B2B_SERVER
                + ": " + url);
    }

    /**
     * How long indexing took (reading the outlines of every spec; full parses happen on demand).
     *
     * @return the load time
     */
    public Duration loadTime() {
        return loadTime;
    }

    /**
     * The spec files indexed.
     *
     * @return the files, in order
     */
    public List<String> specs() {
        return files;
    }

    /**
     * Every operation, one per version, method and path.
     *
     * @return the operations, in spec order
     */
    public List<SpecOperation> operations() {
        return List.copyOf(byKey.values());
    }

    /**
     * The operations more than one spec declares (the first one is the one indexed).
     *
     * @return key to the declaring operations
     */
    public Map<String, List<SpecOperation>> duplicates() {
        return duplicates;
    }

    /**
     * The parsed spec.
     *
     * @param spec the spec file
     * @return its model
     */
    public OpenAPI api(String spec) {
        if (!files.contains(spec)) {
            throw new IllegalArgumentException("Not an indexed spec: " + spec);
        }
        return apis.computeIfAbsent(spec, file -> parse(directory.resolve(file)));
    }

    /**
     * The specs parsed in full so far, and how long they took together.
     *
     * @return e.g. {@code 38 specs parsed in 9,100 ms}
     */
    public String parsed() {
        return apis.size() + " specs parsed in " + parseNanos.sum() / 1_000_000 + " ms";
    }

    /**
     * The spec's declaration of an operation.
     *
     * @param op the operation
     * @return its declaration
     */
    public Operation declaration(SpecOperation op) {
        PathItem item = api(op.spec()).getPaths().get(op.path().substring(prefixes.get(op.spec()).length()));
        return item.readOperationsMap().get(PathItem.HttpMethod.valueOf(op.method()));
    }

    /**
     * The operation a request is for: the path template that matches the concrete path, preferring literal
     * segments over placeholders ({@code /orders/count} over {@code /orders/{order_id}}).
     *
     * @param version {@code v2} or {@code v3}
     * @param method the HTTP method
     * @param path the concrete path under the version, e.g. {@code /catalog/products/77}
     * @return the operation, or empty when no spec declares it
     */
    public Optional<SpecOperation> match(String version, String method, String path) {
        String[] segments = split(path);
        return byKey.values().stream()
                .filter(op -> op.version().equals(version) && op.method().equalsIgnoreCase(method))
                .filter(op -> literals(split(op.path()), segments) >= 0)
                .max(Comparator.comparingInt(op -> literals(split(op.path()), segments)));
    }

    /**
     * The operation declared for a path template, whatever its placeholders are called
     * ({@code /catalog/products/{id}/images} finds {@code /catalog/products/{product_id}/images}).
     *
     * @param version {@code v2} or {@code v3}
     * @param method the HTTP method
     * @param template the path template
     * @return the operation, or empty
     */
    public Optional<SpecOperation> declared(String version, String method, String template) {
        String shape = shape(template);
        return byKey.values().stream()
                .filter(op -> op.version().equals(version) && op.method().equalsIgnoreCase(method)
                        && shape(op.path()).equals(shape))
                .findFirst();
    }

    /**
     * The validator of a spec, built on first use. It validates paths relative to the server's base path
     * ({@code /catalog/products}, not {@code /stores/abc/v3/catalog/products}); only errors count.
     *
     * @param spec the spec file
     * @return the validator
     */
    public OpenApiInteractionValidator validator(String spec) {
        return validators.computeIfAbsent(spec, file -> OpenApiInteractionValidator.createFor(api(file))
                .withBasePathOverride(prefixes.get(file).isEmpty() ? "/" : prefixes.get(file))
                .withLevelResolver(LevelResolver.create().withDefaultLevel(ValidationReport.Level.ERROR)
                        // the specs mark security per operation; the client always sends X-Auth-Token
                        .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                        .build())
                .build());
    }

    private static String shape(String template) {
        return template.replaceAll("\\{[^/}]+}", "{}").toLowerCase(Locale.ROOT);
    }

    private static String[] split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
    }

    /** The number of literal segments of the template when it matches the path, or -1. */
    private static int literals(String[] template, String[] path) {
        if (template.length != path.length) {
            return -1;
        }
        int literals = 0;
        for (int i = 0; i < template.length; i++) {
            String segment = template[i];
            if (segment.startsWith("{") && segment.endsWith("}")) {
                if (path[i].isEmpty()) {
                    return -1;
                }
            } else if (segment.equals(path[i])) {
                literals++;
            } else {
                return -1;
            }
        }
        return literals;
    }
}
