package io.github.bcreactive.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed generated sources are what the generator makes from the specs today: it regenerates into a
 * temporary folder and compares file by file. Skips, with the reason, only when the specs are not there.
 */
class GeneratedSourcesTest {

    private final Path root = Generator.projectRoot(Path.of("").toAbsolutePath());

    @Test
    void theCommittedSourcesAreNotStale(@TempDir Path temp) throws IOException {
        Optional<Path> specs = Generator.specsFolder(root);
        assumeTrue(specs.isPresent(), "The official specs are not at ../shared/bigcommerce-api/openapi and -D"
                + Generator.SPECS_PROPERTY + " / " + Generator.SPECS_ENV + " are unset: nothing to compare with.");
        Map<String, String> files = Generator.generate(specs.get());
        Generator.write(temp, files);

        List<String> committed = Generator.generatedFiles(root).stream()
                .map(file -> root.relativize(file).toString().replace('\\', '/')).toList();
        assertThat(committed).as("generated files in the core; regenerate: ./mvnw -q -pl tools/codegen compile "
                + "exec:java").containsExactlyInAnyOrderElementsOf(files.keySet().stream()
                        .filter(name -> name.endsWith(".java")).toList());
        for (String file : files.keySet()) {
            Path mine = root.resolve(file);
            assertThat(mine).as(file + " is missing; regenerate: ./mvnw -q -pl tools/codegen compile exec:java")
                    .exists();
            assertThat(Files.readString(mine, StandardCharsets.UTF_8))
                    .as(file + " is stale; regenerate: ./mvnw -q -pl tools/codegen compile exec:java")
                    .isEqualTo(Files.readString(temp.resolve(file), StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyGeneratedFileSaysItIsGeneratedAndFromWhichSpecs() throws IOException {
        List<Path> generated = Generator.generatedFiles(root);
        assertThat(generated).isNotEmpty();
        for (Path file : generated) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertThat(lines.get(0)).startsWith(JavaWriter.MARK);
            assertThat(lines.get(1)).as(file.toString()).matches("// .*\\.ya?ml.*");
        }
    }
}
