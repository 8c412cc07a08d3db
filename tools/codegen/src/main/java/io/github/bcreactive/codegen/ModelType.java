package io.github.bcreactive.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One generated model type while the generator builds it: a record of fields, or an open enum of values, with the
 * types declared inside it. Its name may still change (a nested type that would shadow a top-level one is renamed)
 * until the family is written.
 */
final class ModelType {

    /** A Java type as a field or a method uses it. */
    sealed interface Ref permits Simple, ListOf, MapOf, Declared {
    }

    /**
     * A type named once: {@code String}, {@code JsonNode}.
     *
     * @param name the simple name
     * @param importName the import it needs, or {@code null}
     */
    record Simple(String name, String importName) implements Ref {
    }

    /**
     * {@code List<element>}.
     *
     * @param element the element type
     */
    record ListOf(Ref element) implements Ref {
    }

    /**
     * {@code Map<String, value>}.
     *
     * @param value the value type
     */
    record MapOf(Ref value) implements Ref {
    }

    /**
     * A generated type.
     *
     * @param type the type
     */
    record Declared(ModelType type) implements Ref {
    }

    /**
     * One record component.
     *
     * @param wire the JSON name
     * @param javaName the component name
     * @param type its type
     * @param date {@code V2} or {@code V3} for a date in that version's format, else {@code null}
     */
    record Field(String wire, String javaName, Ref type, String date) {
    }

    static final Ref STRING = new Simple("String", null);
    static final Ref LONG = new Simple("Long", null);
    static final Ref BOOLEAN = new Simple("Boolean", null);
    static final Ref DECIMAL = new Simple("BigDecimal", "java.math.BigDecimal");
    static final Ref DATE = new Simple("OffsetDateTime", "java.time.OffsetDateTime");
    static final Ref JSON = new Simple("JsonNode", "tools.jackson.databind.JsonNode");

    String name;
    final ModelType outer;
    final String origin;
    final Set<String> specFiles = new TreeSet<>();
    final String version;
    final boolean isEnum;
    final List<String> values = new ArrayList<>();
    final List<Field> fields = new ArrayList<>();
    final List<ModelType> nested = new ArrayList<>();

    /**
     * A type being built.
     *
     * @param name its simple name
     * @param outer the type it is declared in, or {@code null} for a top-level type
     * @param origin what it is made from, for its Javadoc: {@code product_Full}, {@code getBrands response}
     * @param specFile the spec file it is read from
     * @param version the API version of the spec it is read from: {@code V2}, {@code V3} or {@code B2B}
     * @param isEnum whether it is an open enum
     */
    ModelType(String name, ModelType outer, String origin, String specFile, String version, boolean isEnum) {
        this.name = name;
        this.outer = outer;
        this.origin = origin;
        this.specFiles.add(specFile);
        this.version = version;
        this.isEnum = isEnum;
        if (outer != null) {
            outer.nested.add(this);
        }
    }

    /** The name as code outside the type writes it: {@code GetGlobalOrderSettingsResponse.Notifications}. */
    String qualified() {
        return outer == null ? name : outer.qualified() + "." + name;
    }

    /** The top-level type this one is declared in (itself when top-level). */
    ModelType top() {
        return outer == null ? this : outer.top();
    }

    /** Whether a nested type may take this name: not the name of an enclosing type or of a sibling. */
    boolean freeForNested(String candidate) {
        for (ModelType t = this; t != null; t = t.outer) {
            if (t.name.equals(candidate)) {
                return false;
            }
        }
        return nested.stream().noneMatch(n -> n.name.equals(candidate));
    }

    /** The number of types this one declares, itself included. */
    int count() {
        return 1 + nested.stream().mapToInt(ModelType::count).sum();
    }
}
