package io.github.bcreactive.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates the resource table of the core from the official BigCommerce OpenAPI specs and writes it into the
 * project, where it is committed.
 *
 * <p>Run from the project root: {@code ./mvnw -q -pl tools/codegen compile exec:java}. The specs are read from the
 * system property {@code bcreactive.specs}, else the environment variable {@code BCREACTIVE_SPECS}, else
 * {@code ../shared/bigcommerce-api/openapi} beside the project; the output goes under the system property
 * {@code bcreactive.output}, else the project root.
 */
public final class Generator {

    /** The system property naming the specs' {@code openapi/} folder. */
    public static final String SPECS_PROPERTY = "bcreactive.specs";

    /** The environment variable naming the specs' {@code openapi/} folder. */
    public static final String SPECS_ENV = "BCREACTIVE_SPECS";

    private static final Logger LOG = LoggerFactory.getLogger(Generator.class);

    private Generator() {
    }

    /**
     * Regenerates the committed sources.
     *
     * @param args none
     * @throws IOException when a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path root = projectRoot(Path.of("").toAbsolutePath());
        Path specs = specsFolder(root).orElseThrow(() -> new IllegalStateException("No specs found: set -D"
                + SPECS_PROPERTY + " or " + SPECS_ENV + " to the openapi/ folder."));
        b2bSpecs(specs).orElseThrow(() -> new IllegalStateException("No B2B Edition specs beside " + specs
                + ": b2b/specs/api-v3/ sits next to openapi/ (regenerating without it would drop the B2B table)."));
        Path output = Optional.ofNullable(System.getProperty("bcreactive.output")).map(Path::of).orElse(root);
        Map<String, String> files = generate(specs);
        write(output, files);
        LOG.info("Generated {} files from {} into {}", files.size(), specs.normalize(), output.normalize());
    }

    /**
     * Generates every file of the table, B2B Edition's too when its specs sit beside {@code openapi/}.
     *
     * @param specs the {@code openapi/} folder
     * @return file path (relative to the project root, {@code /} separated) to content
     */
    static Map<String, String> generate(Path specs) {
        return generate(specs, Declarations.load());
    }

    /**
     * Generates every file of the table from the given declarations.
     *
     * @param specs the {@code openapi/} folder
     * @param declarations what the families declare ({@link Declarations#NONE} for specs the table does not fit)
     * @return file path (relative to the project root, {@code /} separated) to content
     */
    static Map<String, String> generate(Path specs, Declarations declarations) {
        List<SpecOperation> operations = new SpecReader(specs).operations();
        B2BSpecReader b2bReader = b2bSpecs(specs).map(B2BSpecReader::new).orElse(null);
        List<SpecOperation> b2b = b2bReader == null ? List.of() : b2bReader.operations();
        List<SpecOperation> all = new ArrayList<>(operations);
        all.addAll(b2b);
        SchemaModels models = new SchemaModels(specs, b2bReader, all);
        Map<String, String> files = new LinkedHashMap<>(JavaWriter.write(operations, declarations, models));
        if (!b2b.isEmpty()) {
            files.putAll(B2BWriter.write(b2b, models));
        }
        files.putAll(ModelWriter.write(models));
        files.put(JavaWriter.FOLDER + "BodyRules.java", BodyRulesWriter.write(all, models));
        files.put(JavaWriter.FOLDER + "OperationModels.java", BodyRulesWriter.models(all, models));
        return files;
    }

    /**
     * B2B Edition's specs, beside the main API's: {@code b2b/specs/api-v3/} next to {@code openapi/}.
     *
     * @param specs the {@code openapi/} folder
     * @return the B2B specs' folder, when it is there
     */
    static Optional<Path> b2bSpecs(Path specs) {
        Path folder = specs.resolveSibling("b2b").resolve("specs").resolve("api-v3");
        return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
    }

    /**
     * Writes generated files, replacing what is there, and removes the generated files of the table's folder that
     * the generation no longer makes.
     *
     * @param root the project root (or a temporary folder)
     * @param files the generated files
     * @throws IOException when a file cannot be written
     */
    static void write(Path root, Map<String, String> files) throws IOException {
        for (Path stale : generatedFiles(root)) {
            if (!files.containsKey(root.relativize(stale).toString().replace('\\', '/'))) {
                Files.delete(stale);
            }
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = root.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
    }

    /**
     * The generated files in the table's folder, by their mark.
     *
     * @param root the project root
     * @return the files
     * @throws IOException when the folder cannot be read
     */
    static List<Path> generatedFiles(Path root) throws IOException {
        List<Path> generated = new ArrayList<>();
        Path folder = root.resolve(JavaWriter.FOLDER);
        if (Files.isDirectory(folder)) {
            try (var files = Files.list(folder)) {
                files.filter(file -> file.toString().endsWith(".java")).filter(Generator::isGenerated)
                        .forEach(generated::add);
            }
        }
        Path models = root.resolve(ModelWriter.FOLDER);
        if (Files.isDirectory(models)) {
            try (var files = Files.walk(models)) {
                files.filter(file -> file.toString().endsWith(".java")).filter(Generator::isGenerated)
                        .forEach(generated::add);
            }
        }
        return generated.stream().sorted().toList();
    }

    private static boolean isGenerated(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).startsWith(JavaWriter.MARK);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The specs' folder: the system property, else the environment variable, else beside the project.
     *
     * @param root the project root
     * @return the folder, when it exists
     */
    static Optional<Path> specsFolder(Path root) {
        String configured = Optional.ofNullable(System.getProperty(SPECS_PROPERTY)).orElse(System.getenv(SPECS_ENV));
        Path folder = configured != null && !configured.isBlank() ? Path.of(configured)
                : root.resolve("../shared/bigcommerce-api/openapi");
        return Files.isDirectory(folder) ? Optional.of(folder.toAbsolutePath().normalize()) : Optional.empty();
    }

    /**
     * The project root: the nearest folder at or above {@code from} that holds the core module.
     *
     * @param from where to start
     * @return the root
     */
    static Path projectRoot(Path from) {
        for (Path dir = from; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("bigcommerce-reactive-core")) && Files.exists(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Not inside the project: no bigcommerce-reactive-core above " + from + ".");
    }
}
