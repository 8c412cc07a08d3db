package io.github.bcreactive.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The declaration table ({@code families.txt}) is read line by line, and a line it cannot read, an unknown bundle, a
 * path the specs lack or one declared twice fails the generation with a message naming the line.
 */
class DeclarationsTest {

    private static final String GADGETS = """
            family Catalog catalog
            | Gadgets.
            gadgets v3 /catalog/gadgets Gadget batches=/catalog/gadget-batches:10x3
                ListOnly<T> -- Gadgets
            widgets v3 /catalog/gadgets/{gadget_id}/widgets JsonNode
                - | ListOnly<T> -- Widgets
                named: PUT /catalog/gadgets/{gadget_id}/widgets
            interface Pair: ListOnly<Gadget>, Countable<Gadget> -- A pair.
            call archive(request) v3 POST /catalog/archive
            | Archives.
            """;

    private static SpecOperation op(String method, String path, String... ids) {
        return new SpecOperation("catalog", "catalog/gadgets.v3.yml", "V3", method, path, method + path, "NONE",
                List.of(ids), "JSON", "", "gadget", 0, 0, null);
    }

    @Test
    void readsFamiliesResourcesInterfacesAndCalls() {
        Declarations table = Declarations.parse(GADGETS);

        Declarations.Family catalog = table.families().get(0);
        assertThat(catalog.className()).isEqualTo("Catalog");
        assertThat(catalog.javadoc()).containsExactly("Gadgets.");
        Declarations.Resource gadgets = catalog.resources().get(0);
        assertThat(gadgets.batches()).isEqualTo("\"/catalog/gadget-batches\", 10, 3");
        assertThat(gadgets.standalone()).isEqualTo("ListOnly<T>");
        Declarations.Resource widgets = catalog.resources().get(1);
        assertThat(widgets.standalone()).isNull();
        assertThat(widgets.bound()).isEqualTo("ListOnly<T>");
        assertThat(widgets.named()).containsExactly("PUT /catalog/gadgets/{gadget_id}/widgets");
        assertThat(catalog.interfaces().get(0).supers()).containsExactly("ListOnly<Gadget>", "Countable<Gadget>");
        assertThat(catalog.calls().get(0).javadoc()).containsExactly("Archives.");
        assertThat(table.reach().writes()).containsExactly("V3 /catalog/archive", "V3 /catalog/gadget-batches");
    }

    @Test
    void theProjectsTableReadsAndHoldsEverySpecFamily() {
        Declarations table = Declarations.load();

        assertThat(table.families()).extracting(Declarations.Family::className).contains("Catalog", "Orders",
                "StoreInfo", "Pricing");
        assertThat(table.families().stream().map(Declarations.Family::specFamily).filter(f -> f != null))
                .containsExactlyInAnyOrderElementsOf(Families.ordered());
    }

    @Test
    void aLineTheTableCannotReadFailsNamingIt() {
        assertThatThrownBy(() -> Declarations.parse(GADGETS.replace("gadgets v3 /catalog/gadgets Gadget",
                "gadgets v4 /catalog/gadgets Gadget")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("families.txt line 3")
                .hasMessageContaining("'gadgets v4 /catalog/gadgets Gadget batches=/catalog/gadget-batches:10x3'");
        assertThatThrownBy(() -> Declarations.parse("gadgets v3 /catalog/gadgets Gadget\n"))
                .hasMessageContaining("families.txt line 1: declarations start with a 'family");
        assertThatThrownBy(() -> Declarations.parse(GADGETS.replace("    ListOnly<T> -- Gadgets\n", "")))
                .hasMessageContaining("families.txt line 3").hasMessageContaining("no '    <types> -- <noun phrase>'");
    }

    @Test
    void anUnknownBundleOrAWrongArityFailsNamingTheLine() {
        assertThatThrownBy(() -> Declarations.parse(GADGETS.replace("ListOnly<T> -- Gadgets", "MostlyCrud<T> -- G")))
                .hasMessageContaining("families.txt line 3").hasMessageContaining("'MostlyCrud' is no bundle");
        assertThatThrownBy(() -> Declarations.parse(GADGETS.replace("ListOnly<T> -- Gadgets", "FullCrud<T> -- G")))
                .hasMessageContaining("FullCrud takes 2 type arguments, not 1");
        assertThatThrownBy(() -> Declarations.parse(GADGETS.replace("- | ListOnly<T>", "ListOnly<T>")))
                .hasMessageContaining("families.txt line 5").hasMessageContaining("has a bound form");
    }

    @Test
    void thePathsMustBeTheSpecsAndDeclaredOnce() {
        List<SpecOperation> specs = List.of(op("GET", "/catalog/gadgets"), op("POST", "/catalog/archive"),
                op("GET", "/catalog/gadgets/{gadget_id}/widgets", "LONG"),
                op("PUT", "/catalog/gadgets/{gadget_id}/widgets", "LONG"));
        Declarations.parse(GADGETS).check(specs);

        assertThatThrownBy(() -> Declarations.parse(GADGETS.replace("v3 /catalog/gadgets Gadget",
                "v3 /catalog/gizmos Gadget")).check(specs))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("families.txt line 3 (Catalog.gadgets): the specs have no V3 /catalog/gizmos");
        assertThatThrownBy(() -> Declarations.parse(GADGETS + "again v3 /catalog/gadgets Gadget\n"
                + "    ListOnly<T> -- Again\n").check(specs))
                .hasMessageContaining("V3 /catalog/gadgets is declared twice");
        assertThatThrownBy(() -> Declarations.parse(GADGETS.replace("named: PUT", "named: DELETE")).check(specs))
                .hasMessageContaining("named DELETE /catalog/gadgets/{gadget_id}/widgets is no spec operation");
        assertThatThrownBy(() -> Declarations.parse(GADGETS.replace("family Catalog catalog", "family Catalog -"))
                .check(specs)).hasMessageContaining("no family holds the spec family catalog");
    }

    @Test
    void everyOperationOfADeclaredPathIsReachedByItsTypesOrNamedNeverBoth() {
        List<SpecOperation> specs = List.of(op("GET", "/catalog/gadgets"), op("POST", "/catalog/archive"),
                op("GET", "/catalog/gadgets/{gadget_id}/widgets", "LONG"),
                op("PUT", "/catalog/gadgets/{gadget_id}/widgets", "LONG"));

        assertThatThrownBy(() -> Declarations.parse(GADGETS.replace("named: PUT", "named: GET")).check(specs))
                .hasMessageContaining("families.txt line 5 (Catalog.widgets): V3 GET /catalog/gadgets/{}/widgets is "
                        + "both reached by the declared types and named");
        assertThatThrownBy(() -> Declarations.parse(GADGETS.replace("    named: PUT /catalog/gadgets/{gadget_id}"
                + "/widgets\n", "")).check(specs))
                .hasMessageContaining("no declared type reaches V3 PUT /catalog/gadgets/{}/widgets: add it to named:");
        assertThatThrownBy(() -> Declarations.parse(GADGETS.replace("ListOnly<T> -- Gadgets", "CreateOnly<T> -- G"))
                .check(specs))
                .hasMessageContaining("the types reach V3 POST /catalog/gadgets, which the specs do not have");
    }

    @Test
    void aDeclaredNameTheGeneratorAlsoMakesFailsTheGeneration() {
        List<SpecOperation> specs = List.of(op("GET", "/catalog/gadgets"), op("POST", "/catalog/archive"),
                op("GET", "/catalog/gadgets/{gadget_id}/widgets", "LONG"),
                op("PUT", "/catalog/gadgets/{gadget_id}/widgets", "LONG"),
                op("GET", "/catalog/settings"));
        Declarations clash = Declarations.parse(GADGETS.replace("call archive(request)", "call settings(request)"));

        assertThatThrownBy(() -> JavaWriter.write(specs, clash, null))
                .hasMessageContaining("Catalog declares [settings], which the generator also makes");
    }
}
