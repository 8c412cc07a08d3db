package io.github.bcreactive.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A declared call, an upload and a lone {@code GET} answering an unpaged list answer their operation's model, as the
 * generated named methods do, and {@code JsonNode} only where the spec gives no schema: read from a small spec made
 * for the purpose.
 */
class TypedAnswersTest {

    private static final String SPEC = SpecFiles.V3_HEAD + """
            paths:
              /catalog/adjustments:
                put:
                  operationId: putAdjustment
                  requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/adjustment'}}}}
                  responses: {'200': {$ref: '#/components/responses/Transaction'}}
                post:
                  operationId: postAdjustment
                  requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/adjustment'}}}}
                  responses: {'200': {description: ok}}
              /catalog/gadgets/{gadget_id}/image:
                post:
                  operationId: createGadgetImage
                  parameters: [{name: gadget_id, in: path, required: true, schema: {type: integer}}]
                  requestBody:
                    content:
                      multipart/form-data:
                        schema: {type: object, properties: {image_file: {type: string, format: binary}}}
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {type: object, properties: {data: {$ref: '#/components/schemas/image'}}}
              /catalog/gadgets/{gadget_id}/manual:
                post:
                  operationId: createGadgetManual
                  parameters: [{name: gadget_id, in: path, required: true, schema: {type: integer}}]
                  requestBody:
                    content:
                      multipart/form-data:
                        schema: {type: object, properties: {manual_file: {type: string, format: binary}}}
                  responses: {'204': {description: none}}
              /catalog/trees/{tree_id}/nodes:
                get:
                  operationId: getTreeNodes
                  parameters: [{name: tree_id, in: path, required: true, schema: {type: integer}}]
                  responses:
                    '200':
                      description: ok
                      content: {application/json: {schema: {$ref: '#/components/schemas/NodesResponse'}}}
              /catalog/summary:
                get:
                  operationId: getSummary
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {type: object, properties: {data: {$ref: '#/components/schemas/summary'}}}
            components:
              responses:
                Transaction:
                  description: ok
                  content: {application/json: {schema: {$ref: '#/components/schemas/transaction'}}}
              schemas:
                adjustment: {type: object, properties: {reason: {type: string}}}
                transaction: {type: object, properties: {transaction_id: {type: string}}}
                image: {type: object, properties: {image_url: {type: string}}}
                node: {type: object, properties: {id: {type: integer}, name: {type: string}}}
                summary: {type: object, properties: {count: {type: integer}}}
                NodesResponse:
                  type: object
                  properties:
                    data: {type: array, items: {$ref: '#/components/schemas/node'}}
            """;

    private static final String TABLE = """
            family Catalog catalog
            | Gadgets.
            call adjustAbsolute(adjustment) v3 PUT /catalog/adjustments
            | Sets levels.
            call adjustRelative(adjustment) v3 POST /catalog/adjustments
            | Changes levels.
            """;

    @Test
    void callsUploadsAndLoneListReadsAnswerTheirOperationsModel(@TempDir Path specs) throws IOException {
        List<SpecOperation> operations = SpecFiles.read(specs, "catalog/gadgets_catalog.v3.yml", SPEC);
        SchemaModels models = new SchemaModels(specs, operations);

        String source = JavaWriter.write(operations, Declarations.parse(TABLE), models)
                .get(JavaWriter.FOLDER + "Catalog.java");

        String pkg = "import io.github.bcreactive.model.generated.catalog.";
        assertThat(source).contains(pkg + "Transaction;", pkg + "Image;", pkg + "Node;")
                // the calls run through OperationCalls, as the named methods do, and answer the model
                .contains("    public Mono<Transaction> adjustAbsolute(Object adjustment) {\n"
                        + "        return OperationCalls.send(api, CatalogOperations.PUT_ADJUSTMENT, Query.empty(),\n"
                        + "                Objects.requireNonNull(adjustment, \"'adjustment' cannot be null.\"), "
                        + "Transaction.class);")
                // no answer schema: JsonNode
                .contains("    public Mono<JsonNode> adjustRelative(Object adjustment) {\n"
                        + "        return OperationCalls.send(api, CatalogOperations.POST_ADJUSTMENT, Query.empty(),\n")
                .contains("public Mono<Image> createGadgetImage(long gadgetId, FileUpload imageFile) {",
                        "OperationCalls.upload(api, CatalogOperations.CREATE_GADGET_IMAGE, \"image_file\", imageFile,"
                                + " Image.class,")
                .contains("public Mono<JsonNode> createGadgetManual(long gadgetId, FileUpload manualFile) {",
                        "JsonNode.class,")
                // a lone GET whose data envelope holds a list (its response names a schema, not an array) lists
                .contains("public Listable<Node> treesNodes(long treeId) {")
                .contains("public Singleton<Summary> summary() {")
                .doesNotContain("ApiVersion", ".put(\"", ".post(\"");
        assertThat(source.lines().filter(line -> line.length() > 120)).isEmpty();
    }

    @Test
    void withoutModelsEverythingAnswersJsonNode(@TempDir Path specs) throws IOException {
        List<SpecOperation> operations = SpecFiles.read(specs, "catalog/gadgets_catalog.v3.yml", SPEC);

        String source = JavaWriter.write(operations, Declarations.parse(TABLE), null)
                .get(JavaWriter.FOLDER + "Catalog.java");

        assertThat(source).contains("public Mono<JsonNode> adjustAbsolute(Object adjustment) {",
                "public Mono<JsonNode> createGadgetImage(long gadgetId, FileUpload imageFile) {",
                "public Singleton<JsonNode> treesNodes(long treeId) {");
    }
}
