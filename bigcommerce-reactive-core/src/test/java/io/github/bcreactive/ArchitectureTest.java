package io.github.bcreactive;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import io.github.bcreactive.archfixture.api.FixtureApi;
import org.junit.jupiter.api.Test;

/**
 * The core's layers depend only downward and its packages form no cycle (see ARCHITECTURE.md). From the top:
 * <ol>
 *   <li>{@code auth}: the app flow, which builds a login client;</li>
 *   <li>the root package: {@code BigCommerceClient}, {@code BigCommerceClients};</li>
 *   <li>{@code resource}, {@code graphql}, {@code storefront} and {@code webhooks}, side by side and unaware of each
 *       other;</li>
 *   <li>{@code api}: {@code RestApi}, {@code V2Api}, {@code V3Api}, the {@code ApiVersion} strategy;</li>
 *   <li>{@code paging}: {@code PagedFlux}, {@code Page}, one pager per paging style;</li>
 *   <li>{@code http}: the wire;</li>
 *   <li>{@code error}: the exception tree;</li>
 *   <li>{@code ratelimit}, {@code query}, {@code model}: the leaves.</li>
 * </ol>
 * A new package fails the test until it is placed in a layer. The same rules are checked against a fixture with a
 * cycle and an upward dependency, to show that they can fail.
 */
class ArchitectureTest {

    private static final String ROOT = "io.github.bcreactive";

    /** The layers from the top; the packages of one layer may not use each other. */
    private static final List<List<String>> LAYERS = List.of(
            List.of("auth"),
            List.of("client"),
            List.of("resource", "graphql", "storefront", "webhooks"),
            List.of("api"),
            List.of("paging"),
            List.of("http"),
            List.of("error"),
            List.of("ratelimit", "query", "model"));

    /** The core's main classes, read from where {@link BigCommerceClient} was loaded (not the whole classpath). */
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPath(locationOf(BigCommerceClient.class));

    @Test
    void everyLayerDependsOnlyOnTheLayersUnderIt() {
        layers(ROOT).check(MAIN);
    }

    @Test
    void thePackagesFormNoCycle() {
        noCycles(ROOT).check(MAIN);
    }

    @Test
    void theWireImportsNothingAboveIt() {
        Set<String> above = new TreeSet<>();
        for (JavaClass type : MAIN) {
            if (type.getPackageName().startsWith(ROOT + ".http")) {
                type.getDirectDependenciesFromSelf().forEach(dependency -> {
                    String target = dependency.getTargetClass().getPackageName();
                    if (target.startsWith(ROOT) && !target.startsWith(ROOT + ".http")
                            && !List.of(ROOT + ".error", ROOT + ".query", ROOT + ".ratelimit").contains(target)) {
                        above.add(type.getSimpleName() + " -> " + dependency.getTargetClass().getName());
                    }
                });
            }
        }
        assertThat(above).isEmpty();
    }

    @Test
    void theRulesFailOnACycleAndOnAnUpwardDependency() {
        JavaClasses wrong = new ClassFileImporter().importPath(locationOf(FixtureApi.class).resolve(
                (ROOT + ".archfixture").replace('.', '/')));
        assertThat(wrong).isNotEmpty();

        assertThatThrownBy(() -> layers(ROOT + ".archfixture").check(wrong)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("FixtureWire").hasMessageContaining("FixtureApi");
        assertThatThrownBy(() -> noCycles(ROOT + ".archfixture").check(wrong)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle");
    }

    private static Path locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every layer may be used only by the layers above it; the root package is the client layer. */
    private static ArchRule layers(String root) {
        LayeredArchitecture architecture = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (List<String> rank : LAYERS) {
            for (String name : rank) {
                String packages = name.equals("client") ? root : root + "." + name + "..";
                architecture = architecture.layer(name).definedBy(packages);
            }
        }
        List<String> above = new ArrayList<>();
        for (List<String> rank : LAYERS) {
            for (String name : rank) {
                architecture = above.isEmpty() ? architecture.whereLayer(name).mayNotBeAccessedByAnyLayer()
                        : architecture.whereLayer(name).mayOnlyBeAccessedByLayers(above.toArray(String[]::new));
            }
            above.addAll(rank);
        }
        return architecture.ensureAllClassesAreContainedInArchitecture();
    }

    /** The packages directly under the root, and the root itself, as slices that must form no cycle. */
    private static ArchRule noCycles(String root) {
        SliceAssignment topPackages = new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                if (name.equals(root)) {
                    return SliceIdentifier.of("(root)");
                }
                if (!name.startsWith(root + ".")) {
                    return SliceIdentifier.ignore();
                }
                String rest = name.substring(root.length() + 1);
                return SliceIdentifier.of(rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest);
            }

            @Override
            public String getDescription() {
                return "the packages of " + root;
            }
        };
        return slices().assignedFrom(topPackages).should().beFreeOfCycles();
    }
}
