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
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads B2B Edition's REST management operations from {@code b2b/specs/api-v3/}: each spec file's {@code $ref}s to
 * the shared {@code b2b/models/} files are inlined (local ones stay), then the operations are read the way
 * {@link SpecReader} reads the main API's, as version {@code B2B}. Paths are made relative to the API's base,
 * {@code /api/v3/io}: the invoice management files, served under {@code /api/v3/io/ip}, get {@code /ip} in front.
 */
final class B2BSpecReader {

    /** The base every generated B2B path is relative to. */
    static final String BASE = "https://api-b2b.bigcommerce.com/api/v3/io";

    private static final int MAX_DEPTH = 32;

    private final Path specs;
    private final YAMLMapper yaml = YAMLMapper.builder().build();
    private final Map<Path, JsonNode> loaded = new LinkedHashMap<>();

    /**
     * A reader of B2B Edition's specs.
     *
     * @param specs the {@code b2b/specs/api-v3/} folder
     */
    B2BSpecReader(Path specs) {
        this.specs = specs;
    }

    /**
     * Every B2B Edition management operation of the files {@link B2BFamilies} reads.
     *
     * @return the operations, by spec file, then in the file's path order
     */
    List<SpecOperation> operations() {
        List<SpecOperation> operations = new ArrayList<>();
        for (String file : files()) {
            JsonNode doc = document(file);
            String prefix = prefix(file, doc);
            for (SpecOperation op : SpecReader.operations(doc, file, "B2B", B2BFamilies.of(file))) {
                operations.add(new SpecOperation(op.family(), op.specFile(), op.version(), op.method(),
                        prefix + op.path(), op.operationId(), op.paging(), op.ids(), op.body(), op.request(),
                        op.response(), op.batchSize(), op.concurrency(), op.replacement(), op.filePart()));
            }
        }
        return operations;
    }

    /**
     * A spec file's document with every {@code $ref} to another file inlined (its local ones kept): a fresh copy
     * each call, so a caller may change it.
     *
     * @param file relative to {@code b2b/specs/api-v3/}, with {@code /} separators
     * @return the document
     */
    JsonNode document(String file) {
        return inline(load(specs.resolve(file)), specs.resolve(file), 0);
    }

    /**
     * What a spec file's paths get in front to be relative to {@link #BASE}: {@code ""}, or {@code /ip} for the
     * invoice management files.
     *
     * @param file the spec file, for the message
     * @param doc its document
     * @return the prefix
     * @throws IllegalStateException when the file is served elsewhere
     */
    static String prefix(String file, JsonNode doc) {
        String server = doc.path("servers").path(0).path("url").asString("");
        if (!server.startsWith(BASE)) {
            throw new IllegalStateException(file + " is served at " + server + ", not under " + BASE + ".");
        }
        return server.substring(BASE.length());
    }

    /**
     * The spec files read, relative, sorted: every YAML file but the ones {@link B2BFamilies#SKIPPED} names.
     *
     * @return the files
     */
    List<String> files() {
        try (Stream<Path> files = Files.walk(specs)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> specs.relativize(file).toString().replace('\\', '/'))
                    .filter(file -> file.endsWith(".yaml") || file.endsWith(".yml"))
                    .filter(file -> !B2BFamilies.SKIPPED.containsKey(file)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + specs, e);
        }
    }

    private JsonNode load(Path file) {
        return loaded.computeIfAbsent(file.normalize(), path -> {
            try {
                return yaml.readTree(path.toFile());
            } catch (RuntimeException e) {
                throw new IllegalStateException("Cannot read " + path + ": " + e.getMessage(), e);
            }
        });
    }

    /** A copy of the node with every reference to another file replaced by what it points at, itself inlined. */
    private JsonNode inline(JsonNode node, Path file, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException("$refs nest deeper than " + MAX_DEPTH + " in " + file + ".");
        }
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isString() && !ref.asString().startsWith("#")) {
                String text = ref.asString();
                int hash = text.indexOf('#');
                Path target = file.resolveSibling(hash < 0 ? text : text.substring(0, hash)).normalize();
                if (!Files.isRegularFile(target)) {
                    throw new IllegalStateException("Dangling $ref " + text + " in " + file + ".");
                }
                JsonNode pointed = hash < 0 ? load(target) : load(target).at(text.substring(hash + 1));
                return inline(pointed, target, depth + 1);
            }
            ObjectNode copy = object.objectNode();
            object.properties().forEach(entry -> copy.set(entry.getKey(), inline(entry.getValue(), file, depth + 1)));
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = array.arrayNode();
            array.forEach(item -> copy.add(inline(item, file, depth + 1)));
            return copy;
        }
        return node;
    }
}
