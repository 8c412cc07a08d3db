package io.github.bcreactive.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the generator reads from a spec and writes, on small specs made for the purpose. */
class GeneratorTest {

    private static final String SPEC = SpecFiles.V3_HEAD + """
            paths:
              /catalog/widgets:
                get:
                  operationId: getWidgets
                  description: Lists widgets. Up to 7 concurrent requests.
                  parameters:
                    - $ref: '#/components/parameters/Page'
                    - {name: after, in: query, schema: {type: string}}
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              data: {type: array, items: {$ref: '#/components/schemas/widget'}}
              /catalog/widgets/{widget_id}/parts/{part_code}:
                parameters:
                  - $ref: '#/components/parameters/WidgetId'
                  - {name: part_code, in: path, required: true, schema: {type: string}}
                put:
                  operationId: updateWidgetPart
                  deprecated: true
                  requestBody: {$ref: '#/components/requestBodies/Part'}
                  responses: {'200': {description: ok}}
            components:
              parameters:
                Page: {name: page, in: query, schema: {type: integer}}
                WidgetId: {name: widget_id, in: path, required: true, schema: {type: integer}}
              requestBodies:
                Part:
                  content:
                    multipart/form-data: {schema: {$ref: '#/components/schemas/part'}}
              schemas:
                widget: {type: object}
                part: {type: object}
            """;

    @Test
    void readsPagingIdTypesBodiesLimitsAndDeprecationThroughRefs(@TempDir Path specs) throws IOException {
        List<SpecOperation> operations = SpecFiles.read(specs, "catalog/widgets_catalog.v3.yml", SPEC);

        assertThat(operations).containsExactly(
                new SpecOperation("catalog", "catalog/widgets_catalog.v3.yml", "V3", "GET", "/catalog/widgets",
                        "getWidgets", "CURSOR", List.of(), "NONE", "", "widget[]", 0, 7, null),
                new SpecOperation("catalog", "catalog/widgets_catalog.v3.yml", "V3", "PUT",
                        "/catalog/widgets/{widget_id}/parts/{part_code}", "updateWidgetPart", "NONE",
                        List.of("LONG", "STRING"), "MULTIPART", "part", "", 0, 0, "nothing named by the spec"));
    }

    @Test
    void anAddedSpecPathAddsOneDeclarationAndNoProse(@TempDir Path specs) throws IOException {
        SpecFiles.write(specs, "catalog/widgets_catalog.v3.yml", SPEC);
        Map<String, String> before = Generator.generate(specs, Declarations.NONE);
        SpecFiles.write(specs, "catalog/widgets_catalog.v3.yml", SPEC.replace("components:", """
                  /catalog/widgets/{widget_id}:
                    delete:
                      operationId: deleteWidget
                      parameters: [{$ref: '#/components/parameters/WidgetId'}]
                      responses: {'204': {description: gone}}
                components:"""));

        Map<String, String> after = Generator.generate(specs, Declarations.NONE);

        String family = JavaWriter.FOLDER + "CatalogOperations.java";
        assertThat(after.get(family)).contains("static final Operation DELETE_WIDGET = new Operation(V3, DELETE, "
                + "\"/catalog/widgets/{widget_id}\"").doesNotContain("Lists widgets");
        assertThat(before.get(family)).doesNotContain("DELETE_WIDGET");
        assertThat(after.get(JavaWriter.FOLDER + "Operations.java")).contains("(3 in 1 files)");
    }

    @Test
    void aSpecFileNoFamilyClaimsFailsTheGeneration(@TempDir Path specs) throws IOException {
        SpecFiles.write(specs, "novelty.v3.yml", SPEC);

        assertThatThrownBy(() -> Generator.generate(specs, Declarations.NONE)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("novelty.v3.yml belongs to no family");
    }

    @Test
    void storefrontAndProviderSpecsAreNotManagement() {
        assertThat(Families.isManagement("carts.sf.yml")).isFalse();
        assertThat(Families.isManagement("payments/process_payments.yml")).isFalse();
        assertThat(Families.isManagement("tax_provider.yml")).isFalse();
        assertThat(Families.isManagement(".spectral.yaml")).isFalse();
        assertThat(Families.isManagement("tax_classes.v3.yaml")).isTrue();
    }

    @Test
    void twoVersionsSharingAnOperationIdGetDistinctNames() {
        SpecOperation v2 = new SpecOperation("customers", "customers.v2.yml", "V2", "GET", "/customers",
                "getCustomers", "V2_PAGES", List.of(), "NONE", "", "", 0, 0, null);
        SpecOperation v3 = new SpecOperation("customers", "customers.v3.yml", "V3", "GET", "/customers",
                "getCustomers", "CURSOR", List.of(), "NONE", "", "", 0, 0, null);

        assertThat(JavaWriter.constants(List.of(v2, v3)).values()).containsExactly("GET_CUSTOMERS",
                "GET_CUSTOMERS_V3");
    }

    private static SpecOperation op(String method, String path, String paging, String body, String response,
            String id, String... ids) {
        return new SpecOperation("catalog", "catalog/gadgets.v3.yml", "V3", method, path, id, paging, List.of(ids),
                body, "", response, 0, 0, null);
    }

    @Test
    void familiesTypeExactBundlesByAccessorAndTheRestByNamedMethods() {
        List<SpecOperation> ops = List.of(
                op("GET", "/catalog/gadgets", "PAGE_NUMBER", "NONE", "gadget[]", "getGadgets"),
                op("GET", "/catalog/gadgets/{gadget_id}/widgets", "CURSOR", "NONE", "widget[]", "getWidgets", "LONG"),
                op("POST", "/catalog/gadgets/{gadget_id}/widgets", "NONE", "JSON", "widget", "createWidget", "LONG"),
                op("GET", "/catalog/gadgets/{gadget_id}/widgets/{code}", "NONE", "NONE", "widget", "getWidget",
                        "LONG", "STRING"),
                op("PUT", "/catalog/gadgets/{gadget_id}/widgets/{code}", "NONE", "JSON", "widget", "updateWidget",
                        "LONG", "STRING"),
                op("DELETE", "/catalog/gadgets/{gadget_id}/widgets/{code}", "NONE", "NONE", "", "deleteWidget",
                        "LONG", "STRING"),
                op("GET", "/catalog/settings", "NONE", "NONE", "settings", "getSettings"),
                op("PUT", "/catalog/settings", "NONE", "JSON", "settings", "updateSettings"),
                op("POST", "/catalog/gadgets/{gadget_id}/archive", "NONE", "JSON", "", "archiveGadget", "LONG"),
                op("GET", "/catalog/bulk", "PAGE_NUMBER", "NONE", "gadget[]", "getBulk"),
                op("PUT", "/catalog/bulk", "NONE", "JSON", "gadget[]", "updateBulk"));
        Declarations declarations = Declarations.parse("""
                family Catalog catalog
                | Gadgets and their widgets.
                gadgets v3 /catalog/gadgets JsonNode
                    ListOnly<T> -- Gadgets
                """);

        String source = JavaWriter.write(ops, declarations, null).get(JavaWriter.FOLDER + "Catalog.java");

        assertThat(source).startsWith(JavaWriter.MARK).contains("public final class Catalog {")
                .contains(" * Gadgets and their widgets.\n")
                .contains("public ListOnly<JsonNode> gadgets() {")
                .contains("public Crud<JsonNode, String> gadgetsWidgets(long gadgetId) {")
                .contains("Endpoint.of(api, GADGETS_WIDGETS_V3).bind(gadgetId)::itself;")
                .contains("public UpdatableSingleton<JsonNode> settings() {")
                .contains("@Reaches(\"V3 POST /catalog/gadgets/{gadget_id}/archive\")")
                .contains("public Mono<JsonNode> archiveGadget(long gadgetId, Object body) {")
                .contains("public PagedFlux<JsonNode> getBulk(Query query) {")
                .contains("public Mono<JsonNode> updateBulk(Object body) {")
                .doesNotContain("getGadgets").doesNotContain("GeneratedCatalog");
        assertThat(source.lines().filter(line -> line.length() > 120)).isEmpty();
    }
}
