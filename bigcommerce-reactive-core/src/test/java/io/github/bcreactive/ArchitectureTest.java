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
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import io.github.bcreactive.archfixture.api.FixtureApi;
import io.github.bcreactive.archfixture.http.FixtureWire;
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
 *
 * <p>It also keeps the public surface small: no user can build or obtain the wire's {@code Transport}, nor construct
 * an API from one (nothing public outside {@code Transport} takes or returns it, and it has no public constructor or
 * static factory), and the resource kit's {@code Endpoint} is not public. The surface rule fails on the fixture too.
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
    void noUserCanBuildOrObtainTheTransport() {
        assertThat(leaksOf(MAIN, ROOT + ".http.Transport")).isEmpty();
    }

    @Test
    void theResourceKitsEndpointIsNotPublic() {
        JavaClass endpoint = MAIN.get(ROOT + ".resource.Endpoint");
        assertThat(endpoint.getModifiers()).doesNotContain(JavaModifier.PUBLIC, JavaModifier.PROTECTED);
        // nothing public takes or holds it; only the resources' endpoint() returns it, a value no caller outside the
        // package can use: as every resource's one abstract method, it keeps other packages from implementing one
        assertThat(leaksOf(MAIN, endpoint.getName())).isNotEmpty()
                .allMatch(leak -> leak.endsWith(".endpoint() returns " + endpoint.getName()));
        assertThat(MAIN.get(ROOT + ".resource.Resource").getMethod("endpoint").getRawReturnType())
                .isEqualTo(endpoint);
    }

    @Test
    void theSurfaceRuleFailsWhenAWireTypeLeaks() {
        JavaClasses wrong = new ClassFileImporter().importPath(locationOf(FixtureApi.class).resolve(
                (ROOT + ".archfixture").replace('.', '/')));

        // the fixture's api returns its wire, and the wire has a public constructor
        assertThat(leaksOf(wrong, FixtureWire.class.getName())).containsExactlyInAnyOrder(
                "FixtureApi.wire() returns " + FixtureWire.class.getName(),
                "FixtureWire.<init>() is a public constructor of the hidden type");
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

    /**
     * How a user could reach a hidden type: a public (or protected) constructor of it or of a type nested in it, a
     * public static method returning it, or any public member elsewhere that takes, returns or holds it (also as a
     * type argument). Only members of public types count, since no others can be reached. Instance methods of the
     * hidden type itself may return it (e.g. {@code withOptions}): they need an instance first.
     */
    private static List<String> leaksOf(JavaClasses classes, String hidden) {
        List<String> leaks = new ArrayList<>();
        for (JavaClass type : classes) {
            if (!reachable(type)) {
                continue;
            }
            boolean inside = isOrIn(type, hidden);
            for (JavaCodeUnit unit : type.getCodeUnits()) {
                if (!reachable(unit)) {
                    continue;
                }
                String name = type.getSimpleName() + "." + unit.getName() + "("
                        + String.join(", ", unit.getRawParameterTypes().stream().map(JavaClass::getSimpleName)
                                .toList()) + ")";
                if (inside && unit instanceof JavaConstructor) {
                    leaks.add(name + " is a public constructor of the hidden type");
                    continue;
                }
                boolean returns = mentions(unit.getReturnType(), hidden);
                if (returns && (!inside || unit.getModifiers().contains(JavaModifier.STATIC))) {
                    leaks.add(name + " returns " + hidden);
                }
                if (!inside && unit.getParameterTypes().stream().anyMatch(parameter -> mentions(parameter, hidden))) {
                    leaks.add(name + " takes " + hidden);
                }
            }
            for (JavaField field : type.getFields()) {
                if (!inside && reachable(field) && mentions(field.getType(), hidden)) {
                    leaks.add(type.getSimpleName() + "." + field.getName() + " holds " + hidden);
                }
            }
        }
        return leaks;
    }

    private static boolean reachable(JavaClass type) {
        return type.getModifiers().contains(JavaModifier.PUBLIC) && !type.isAnonymousClass()
                && type.getEnclosingClass().map(ArchitectureTest::reachable).orElse(true);
    }

    private static boolean reachable(JavaMember member) {
        return !member.getModifiers().contains(JavaModifier.SYNTHETIC)
                && (member.getModifiers().contains(JavaModifier.PUBLIC)
                        || member.getModifiers().contains(JavaModifier.PROTECTED));
    }

    private static boolean mentions(JavaType type, String hidden) {
        return type.getAllInvolvedRawTypes().stream().anyMatch(raw -> isOrIn(raw, hidden));
    }

    private static boolean isOrIn(JavaClass type, String hidden) {
        return type.getName().equals(hidden) || type.getName().startsWith(hidden + "$");
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
