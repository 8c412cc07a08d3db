package io.github.bcreactive.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The small specs the generator's tests make for the purpose: their common head, and writing one where it is read. */
final class SpecFiles {

    /** What every small v3 management spec starts with, up to its {@code paths}. */
    static final String V3_HEAD = """
            openapi: 3.0.3
            info: {title: t, version: '1'}
            servers:
              - url: 'https://api.bigcommerce.com/stores/{store_hash}/v3'
            """;

    private SpecFiles() {
    }

    /**
     * Writes a spec file under the specs folder, making its folder.
     *
     * @param specs the specs folder
     * @param file the file's path in it, e.g. {@code catalog/widgets_catalog.v3.yml}
     * @param text the spec
     */
    static void write(Path specs, String file, String text) throws IOException {
        Files.createDirectories(specs.resolve(file).getParent());
        Files.writeString(specs.resolve(file), text, StandardCharsets.UTF_8);
    }

    /**
     * Writes a spec file and reads the operations of the specs folder.
     *
     * @param specs the specs folder
     * @param file the file's path in it
     * @param text the spec
     * @return the operations the reader finds
     */
    static List<SpecOperation> read(Path specs, String file, String text) throws IOException {
        write(specs, file, text);
        return new SpecReader(specs).operations();
    }
}
