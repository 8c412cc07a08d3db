package io.github.bcreactive.samples.catalogsync;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.github.bcreactive.model.generated.catalog.Product;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One store's local copy of its catalog: {@code products.ndjson}, one product (with its variants) per line, and
 * {@code sync-state.json}, the newest {@code date_modified} copied so far.
 *
 * <p>Why NDJSON: each line is written as its page arrives, so memory stays flat however big the catalog; the file
 * is plain text that {@code jq}, {@code grep} and any language read; and nothing is installed. A run writes to a
 * {@code .part} file and moves it into place only when the store's listing completed, so an interrupted run leaves
 * the previous copy and state untouched, and the next run starts from them again.
 *
 * <p>An incremental run fetches only products with {@code date_modified} at or after the state's watermark and
 * merges them by id into a new copy of the file. Deleted products are not seen by such a run (the API's listing
 * has no deleted filter); a {@code --catalog-sync.full=true} run rebuilds the file.
 */
final class NdjsonCatalog {

    private static final String PRODUCTS = "products.ndjson";
    private static final String STATE = "sync-state.json";

    private final Path dir;
    private final JsonMapper mapper;

    NdjsonCatalog(Path dir, JsonMapper mapper) {
        this.dir = dir;
        this.mapper = mapper;
    }

    /** The file the products are in. */
    Path products() {
        return dir.resolve(PRODUCTS);
    }

    /** The newest {@code date_modified} of the last completed run, if the copy is complete. */
    Optional<OffsetDateTime> watermark() {
        Path state = dir.resolve(STATE);
        if (!Files.exists(state) || !Files.exists(products())) {
            return Optional.empty();
        }
        JsonNode node = mapper.readTree(state.toFile());
        return Optional.ofNullable(node.path("watermark").asString(null)).map(OffsetDateTime::parse);
    }

    /**
     * Starts writing a run.
     *
     * @param incremental whether the run's products are merged into the current copy (else they replace it)
     * @return the run's writer
     */
    Run start(boolean incremental) {
        try {
            Files.createDirectories(dir);
            return new Run(incremental, Files.newBufferedWriter(dir.resolve(PRODUCTS + ".part"),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The products of one run, written as they arrive; {@link #commit()} puts them in place. */
    final class Run implements AutoCloseable {

        private final boolean incremental;
        private final BufferedWriter out;
        private OffsetDateTime newest;
        private boolean committed;
        private boolean closed;

        private Run(boolean incremental, BufferedWriter out) {
            this.incremental = incremental;
            this.out = out;
        }

        /** Appends one product; after {@link #close()} (a cancelled sync) there is nothing to write to. */
        synchronized void write(Product product) {
            if (closed) {
                return;
            }
            try {
                out.write(mapper.writeValueAsString(product));
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            OffsetDateTime at = product.dateModified();
            if (at != null) {
                if (newest == null || at.isAfter(newest)) {
                    newest = at;
                }
            }
        }

        /**
         * Puts the run's products in place (merged by id for an incremental run) and records the watermark.
         *
         * @param previous the watermark the run started from, kept when the run saw no product
         */
        synchronized void commit(Optional<OffsetDateTime> previous) {
            if (closed) {
                return;
            }
            try {
                out.close();
                Path part = dir.resolve(PRODUCTS + ".part");
                if (incremental && Files.exists(products())) {
                    merge(part);
                } else {
                    Files.move(part, products(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
                OffsetDateTime watermark = newest != null ? newest : previous.orElse(null);
                ObjectNode state = mapper.createObjectNode();
                state.put("watermark", watermark == null ? null : watermark.toString());
                Path stateTmp = dir.resolve(STATE + ".tmp");
                mapper.writeValue(stateTmp.toFile(), state);
                Files.move(stateTmp, dir.resolve(STATE), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                committed = true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Rewrites the copy with the changed products in place of their old lines, and new ones at the end. */
        private void merge(Path part) throws IOException {
            Map<Long, String> changed = new LinkedHashMap<>();
            try (BufferedReader in = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    changed.put(id(line), line);
                }
            }
            Path merged = dir.resolve(PRODUCTS + ".merge");
            try (BufferedReader in = Files.newBufferedReader(products(), StandardCharsets.UTF_8);
                    BufferedWriter mergedOut = Files.newBufferedWriter(merged, StandardCharsets.UTF_8)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String replacement = changed.remove(id(line));
                    mergedOut.write(replacement != null ? replacement : line);
                    mergedOut.write('\n');
                }
                for (String added : changed.values()) {
                    mergedOut.write(added);
                    mergedOut.write('\n');
                }
            }
            Files.move(merged, products(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.delete(part);
        }

        /** The product's id, read with a streaming parser that stops there (the API writes {@code id} first). */
        private long id(String line) {
            try (JsonParser parser = mapper.createParser(line)) {
                int depth = 0;
                for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                    if (token.isStructStart()) {
                        depth++;
                    } else if (token.isStructEnd()) {
                        depth--;
                    } else if (depth == 1 && token == JsonToken.PROPERTY_NAME && "id".equals(parser.currentName())) {
                        parser.nextToken();
                        return parser.getLongValue();
                    }
                }
            }
            throw new IllegalStateException("A product line without an id in " + products());
        }

        /** Closes the writer; an uncommitted run's file is deleted and the copy stays as it was. */
        @Override
        public synchronized void close() {
            if (committed || closed) {
                return;
            }
            closed = true;
            try {
                out.close();
                Files.deleteIfExists(dir.resolve(PRODUCTS + ".part"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
