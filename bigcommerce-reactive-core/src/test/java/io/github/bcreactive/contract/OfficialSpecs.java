package io.github.bcreactive.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where the official OpenAPI specs are, which of them are the management API, and the parsed index of their
 * operations, loaded once per JVM.
 *
 * <p>The specs are found beside the repository ({@code ../shared/bigcommerce-api/openapi}, looked up from the working
 * directory upwards) or in {@code BIGCOMMERCE_OPENAPI_DIR}. "Management" is every file except the storefront
 * ({@code *.sf.yml}), {@code current_customer.yml}, {@code customer_login.yml}, {@code shipping_provider.yml},
 * {@code tax_provider.yml} and {@code payments/process_payments.yml}, as {@code ../shared/bigcommerce-api/README.md}
 * defines it. Tests that need the specs skip, saying why, when {@link #directory()} is empty.
 */
public final class OfficialSpecs {

    /** The reason a contract test gives when it skips. */
    public static final String MISSING = "Skipped: the official OpenAPI specs are not beside the repository "
            + "(../shared/bigcommerce-api/openapi) and BIGCOMMERCE_OPENAPI_DIR is not set.";

    private static final Set<String> NOT_MANAGEMENT = Set.of("current_customer.yml", "customer_login.yml",
            "shipping_provider.yml", "tax_provider.yml", "payments/process_payments.yml");

    private static volatile SpecIndex index;

    private OfficialSpecs() {
    }

    /**
     * The directory of the official OpenAPI specs, when it is beside the repository.
     *
     * @return the {@code openapi} directory, or empty
     */
    public static Optional<Path> directory() {
        String configured = System.getenv("BIGCOMMERCE_OPENAPI_DIR");
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return Optional.of(Path.of(configured));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/bigcommerce-api/openapi");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * The management specs, as paths relative to the specs directory, sorted.
     *
     * @param directory the specs directory
     * @return e.g. {@code catalog/products_catalog.v3.yml}, {@code orders.v2.oas2.yml}
     */
    public static List<String> managementFiles(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> directory.relativize(file).toString().replace('\\', '/'))
                    .filter(name -> name.endsWith(".yml") || name.endsWith(".yaml"))
                    .filter(name -> !name.startsWith(".") && !name.endsWith(".sf.yml")
                            && !NOT_MANAGEMENT.contains(name))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The index of every management operation, parsed on first use and kept for the JVM (parsing the ~60 specs
     * costs seconds; every contract test shares one index).
     *
     * @return the index
     * @throws IllegalStateException when the specs are absent (check {@link #directory()} first)
     */
    public static SpecIndex index() {
        SpecIndex loaded = index;
        if (loaded == null) {
            synchronized (OfficialSpecs.class) {
                loaded = index;
                if (loaded == null) {
                    Path directory = directory().orElseThrow(() -> new IllegalStateException(MISSING));
                    loaded = SpecIndex.load(directory, managementFiles(directory));
                    index = loaded;
                }
            }
        }
        return loaded;
    }
}
