package io.github.bcreactive.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the management operations of the official specs: every operation of every management file, with its
 * {@code $ref}s resolved (parameters, request bodies, schemas), in file, path and method order.
 */
final class SpecReader {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private final Path specs;
    private final YAMLMapper yaml = YAMLMapper.builder().build();

    /**
     * A reader of a specs folder.
     *
     * @param specs the {@code openapi/} folder
     */
    SpecReader(Path specs) {
        this.specs = specs;
    }

    /**
     * Every management operation.
     *
     * @return the operations, sorted by spec file, then in the file's path order
     */
    List<SpecOperation> operations() {
        List<SpecOperation> operations = new ArrayList<>();
        for (String file : managementFiles()) {
            operations.addAll(read(file));
        }
        return operations;
    }

    /**
     * The management spec files, relative, sorted.
     *
     * @return the files
     */
    List<String> managementFiles() {
        try (Stream<Path> files = Files.walk(specs)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> specs.relativize(file).toString().replace('\\', '/'))
                    .filter(Families::isManagement).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + specs, e);
        }
    }

    private List<SpecOperation> read(String file) {
        JsonNode doc;
        try {
            doc = yaml.readTree(specs.resolve(file).toFile());
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return operations(doc, file, version(doc, file), Families.of(file));
    }

    /**
     * The operations of one parsed spec document, in its path and method order.
     *
     * @param doc the document, its {@code $ref}s local (B2B Edition's are inlined first by {@link B2BSpecReader})
     * @param file the spec file, relative, with {@code /} separators
     * @param version {@code V2}, {@code V3} or {@code B2B}
     * @param family the family the file belongs to
     * @return the operations
     */
    static List<SpecOperation> operations(JsonNode doc, String file, String version, String family) {
        List<SpecOperation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> pathItem : doc.path("paths").properties()) {
            String path = pathItem.getKey();
            JsonNode item = pathItem.getValue();
            for (String method : METHODS) {
                JsonNode operation = item.get(method);
                if (operation != null) {
                    operations.add(operation(doc, family, file, version, method.toUpperCase(), path, item,
                            operation));
                }
            }
        }
        return operations;
    }

    private static SpecOperation operation(JsonNode doc, String family, String file, String version, String method,
            String path, JsonNode item, JsonNode operation) {
        Map<String, JsonNode> parameters = new LinkedHashMap<>();
        for (JsonNode source : List.of(item.path("parameters"), operation.path("parameters"))) {
            for (JsonNode parameter : source) {
                JsonNode resolved = resolve(doc, parameter);
                parameters.put(resolved.path("in").asString() + ":" + resolved.path("name").asString(), resolved);
            }
        }
        String key = method + " " + path;
        String description = operation.path("description").asString("");
        return new SpecOperation(family, file, version, method, path,
                operation.path("operationId").asString(),
                paging(version, method, parameters), ids(doc, path, parameters), body(doc, operation),
                model(doc, resolve(doc, operation.path("requestBody"))), model(doc, success(doc, operation)),
                Facts.batchSize(key, description), Facts.concurrency(key, description),
                Facts.replacement(version, path, operation.path("deprecated").asBoolean(false)).orElse(null),
                Uploads.filePart(doc, key, resolve(doc, operation.path("requestBody"))));
    }

    private static String paging(String version, String method, Map<String, JsonNode> parameters) {
        if (!method.equals("GET")) {
            return "NONE";
        }
        if (version.equals("B2B")) {
            return parameters.containsKey("query:offset") ? "OFFSET" : "NONE";
        }
        boolean page = parameters.containsKey("query:page");
        boolean cursor = parameters.containsKey("query:before") || parameters.containsKey("query:after");
        if (version.equals("V2")) {
            return page ? "V2_PAGES" : "NONE";
        }
        return cursor ? "CURSOR" : page ? "PAGE_NUMBER" : "NONE";
    }

    private static List<String> ids(JsonNode doc, String path, Map<String, JsonNode> parameters) {
        List<String> ids = new ArrayList<>();
        int at = path.indexOf('{');
        while (at >= 0) {
            int end = path.indexOf('}', at);
            JsonNode parameter = parameters.get("path:" + path.substring(at + 1, end));
            JsonNode schema = parameter == null ? null : resolve(doc, parameter.path("schema"));
            String type = schema == null ? "string" : schema.path("type").asString(parameter.path("type").asString(
                    "string"));
            ids.add(type.equals("integer") || type.equals("number") ? "LONG" : "STRING");
            at = path.indexOf('{', end);
        }
        return ids;
    }

    private static String body(JsonNode doc, JsonNode operation) {
        JsonNode body = resolve(doc, operation.path("requestBody"));
        JsonNode content = body.path("content");
        boolean json = content.has("application/json");
        boolean multipart = content.has("multipart/form-data");
        if (json || multipart) {
            return json && multipart ? "JSON_OR_MULTIPART" : json ? "JSON" : "MULTIPART";
        }
        if (content.has("application/xml")) {
            return "XML";
        }
        return content.isEmpty() ? "NONE" : "JSON";
    }

    /** The first success response (200, 201, 207, 202, then any 2xx), resolved. */
    static JsonNode success(JsonNode doc, JsonNode operation) {
        JsonNode responses = operation.path("responses");
        for (String status : List.of("200", "201", "207", "202")) {
            if (responses.has(status)) {
                return resolve(doc, responses.get(status));
            }
        }
        for (Map.Entry<String, JsonNode> response : responses.properties()) {
            if (response.getKey().startsWith("2")) {
                return resolve(doc, response.getValue());
            }
        }
        return responses.path("none");
    }

    /**
     * The model a request or response body carries, named by the spec's schema name: {@code product_Full}, an
     * array as {@code product_Full[]}; a v3 {@code data} envelope is looked through; an unnamed schema is its type.
     *
     * @return the name, or {@code ""} when there is no body
     */
    private static String model(JsonNode doc, JsonNode body) {
        JsonNode content = body.path("content");
        JsonNode media = content.has("application/json") ? content.get("application/json")
                : content.has("multipart/form-data") ? content.get("multipart/form-data")
                : content.properties().stream().findFirst().map(Map.Entry::getValue).orElse(null);
        return media == null || !media.has("schema") ? "" : schemaName(doc, media.get("schema"), 0);
    }

    private static String schemaName(JsonNode doc, JsonNode schema, int depth) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asString();
            return ref.substring(ref.lastIndexOf('/') + 1);
        }
        if (depth > 4) {
            return "object";
        }
        if (schema.has("items")) {
            return schemaName(doc, schema.get("items"), depth + 1) + "[]";
        }
        for (String combiner : List.of("allOf", "oneOf", "anyOf")) {
            for (JsonNode part : schema.path(combiner)) {
                if (part.has("$ref")) {
                    return schemaName(doc, part, depth + 1);
                }
            }
        }
        JsonNode data = schema.path("properties").path("data");
        if (!data.isMissingNode() && !data.isEmpty()) {
            return schemaName(doc, data, depth + 1);
        }
        return schema.path("type").asString("object");
    }

    /** Follows a local {@code $ref} (and a chain of them); other nodes come back as they are. */
    static JsonNode resolve(JsonNode doc, JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref"); hops++) {
            String ref = current.get("$ref").asString();
            if (!ref.startsWith("#/") || hops > 16) {
                throw new IllegalStateException("Cannot resolve $ref " + ref + ": only local references are read.");
            }
            current = doc.at(ref.substring(1).replace("%7B", "{").replace("%7D", "}"));
            if (current.isMissingNode()) {
                throw new IllegalStateException("Dangling $ref " + ref + ".");
            }
        }
        return current;
    }

    private static String version(JsonNode doc, String file) {
        String server = doc.path("servers").path(0).path("url").asString("");
        if (server.endsWith("/v2") || file.contains(".v2.")) {
            return "V2";
        }
        if (server.endsWith("/v3") || file.contains(".v3.")) {
            return "V3";
        }
        throw new IllegalStateException(file + " names no API version in its server URL or file name.");
    }
}
