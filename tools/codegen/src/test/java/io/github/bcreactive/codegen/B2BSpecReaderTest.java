package io.github.bcreactive.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How B2B Edition's specs are read: external {@code $ref}s inlined, offset paging, the invoice prefix, families. */
class B2BSpecReaderTest {

    private static final String COMPANIES = """
            openapi: 3.0.1
            info: {title: t, version: v3}
            servers:
              - url: "https://api-b2b.bigcommerce.com/api/v3/io"
            paths:
              /companies:
                get:
                  operationId: get-companies
                  parameters:
                    - $ref: "#/components/parameters/limit"
                    - {name: offset, in: query, schema: {type: integer}}
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              data: {type: array, items: {$ref: "../../../models/company.yaml"}}
                              meta: {$ref: "../../../models/pagination.yaml#/properties/meta"}
              /companies/{companyId}:
                delete:
                  operationId: delete-company
                  parameters:
                    - {name: companyId, in: path, required: true, schema: {type: integer}}
                  responses: {'200': {description: OK}}
            components:
              parameters:
                limit: {name: limit, in: query, schema: {type: integer}}
            """;

    private static final String INVOICES = """
            openapi: 3.0.1
            info: {title: t, version: v3}
            servers:
              - url: 'https://api-b2b.bigcommerce.com/api/v3/io/ip'
            paths:
              /invoices/{invoiceId}:
                get:
                  operationId: get-invoice
                  parameters:
                    - {name: invoiceId, in: path, required: true, schema: {type: string}}
                  responses: {'200': {description: OK}}
            """;

    @Test
    void readsOffsetListingsThroughModelFilesAndPrefixesTheInvoicePaths(@TempDir Path root) throws IOException {
        Path specs = specs(root, Map.of("company/company.yaml", COMPANIES,
                "invoice_management/invoice/invoice.yaml", INVOICES));

        List<SpecOperation> operations = new B2BSpecReader(specs).operations();

        assertThat(operations).extracting(op -> op.method() + " " + op.path() + " " + op.paging() + " " + op.ids()
                + " " + op.family() + " " + op.version()).containsExactly(
                        "GET /companies OFFSET [] B2BCompanies B2B",
                        "DELETE /companies/{companyId} NONE [LONG] B2BCompanies B2B",
                        "GET /ip/invoices/{invoiceId} NONE [STRING] B2BInvoices B2B");
        assertThat(operations.get(0).response()).isEqualTo("object[]");
    }

    @Test
    void theSkippedFilesAreLeftOutAndAnUnplacedFileFails(@TempDir Path root) throws IOException {
        Path specs = specs(root, Map.of("company/company.yaml", COMPANIES, "authentication.yaml", INVOICES,
                "invoice-management.yaml", INVOICES));
        assertThat(new B2BSpecReader(specs).files()).containsExactly("company/company.yaml");

        Path unplaced = specs(root.resolve("other"), Map.of("widgets/widgets.yaml", INVOICES));
        assertThatThrownBy(() -> new B2BSpecReader(unplaced).operations())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("belongs to no B2B family");
    }

    @Test
    void aDanglingModelReferenceFails(@TempDir Path root) throws IOException {
        Path specs = specs(root, Map.of("company/company.yaml", COMPANIES));
        Files.delete(root.resolve("models/company.yaml"));

        assertThatThrownBy(() -> new B2BSpecReader(specs).operations())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Dangling $ref ../../../models/company.yaml");
    }

    @Test
    void theWriterGivesConcreteFamiliesTheirIndexAndTheClientInterface(@TempDir Path root) throws IOException {
        Path specs = specs(root, Map.of("company/company.yaml", COMPANIES,
                "invoice_management/invoice/invoice.yaml", INVOICES));

        Map<String, String> files = B2BWriter.write(new B2BSpecReader(specs).operations());

        String folder = JavaWriter.FOLDER;
        assertThat(files).containsOnlyKeys(folder + "B2BCompaniesOperations.java", folder + "B2BCompanies.java",
                folder + "B2BInvoicesOperations.java", folder + "B2BInvoices.java", folder + "B2BOperations.java",
                folder + "B2BResources.java");
        assertThat(files.get(folder + "B2BCompanies.java")).startsWith(JavaWriter.MARK)
                .contains("(b2b/specs/api-v3/)", "public final class B2BCompanies {", "    B2BCompanies(RestApi api) {",
                        "OperationCalls.list(api, B2BCompaniesOperations.GET_COMPANIES, query, JsonNode.class)")
                .doesNotContain("GeneratedB2BCompanies");
        assertThat(files.get(folder + "B2BResources.java")).contains("default B2BCompanies companies() {",
                "default B2BInvoices invoices() {");
        assertThat(files.get(folder + "B2BOperations.java")).contains("B2B Edition's REST management specs (3 in 2 "
                + "files)");
    }

    private static final String TYPED = """
            openapi: 3.0.1
            info: {title: t, version: v3}
            servers:
              - url: "https://api-b2b.bigcommerce.com/api/v3/io"
            paths:
              /companies:
                get:
                  operationId: get-companies
                  parameters:
                    - {name: offset, in: query, schema: {type: integer}}
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema:
                            allOf:
                              - $ref: ../../../models/array-envelope.yaml
                              - properties:
                                  data:
                                    items: {$ref: "#/components/schemas/company"}
              /companies/{companyId}/attachments:
                post:
                  operationId: post-attachment
                  parameters:
                    - {name: companyId, in: path, required: true, schema: {type: integer}}
                  requestBody:
                    content:
                      multipart/form-data:
                        schema:
                          type: object
                          properties:
                            attachmentFile: {type: string, format: binary}
                  responses: {'200': {description: OK}}
            components:
              schemas:
                company:
                  type: object
                  required: [companyName]
                  properties:
                    companyId: {type: integer, readOnly: true}
                    companyName: {type: string}
                    legacy:
                      type: object
                      properties:
                        order_id: {type: integer}
                        cart_id: {type: string}
                        id: {type: integer}
            """;

    @Test
    void b2bModelsAreCamelCaseRecordsOfTheirOwnPackageAndTheUploadKeepsItsPart(@TempDir Path root)
            throws IOException {
        Path specs = specs(root, Map.of("company/company.yaml", TYPED));
        Files.writeString(root.resolve("models/array-envelope.yaml"), "type: object\nproperties:\n  code: {type: "
                + "integer}\n  data: {type: array}\n", StandardCharsets.UTF_8);
        B2BSpecReader reader = new B2BSpecReader(specs);
        List<SpecOperation> operations = reader.operations();

        SchemaModels models = new SchemaModels(root.resolve("openapi"), reader, operations);
        Map<String, String> files = ModelWriter.write(models);
        Map<String, String> access = B2BWriter.write(operations, models);

        assertThat(operations.get(1).filePart()).isEqualTo("attachmentFile");
        String company = files.get(ModelWriter.FOLDER + "b2b/companies/Company.java");
        assertThat(company).contains("(b2b/specs/api-v3/)", "package io.github.bcreactive.model.generated.b2b"
                + ".companies;", "@JsonNaming(PropertyNamingStrategies.LowerCamelCaseStrategy.class)\npublic record "
                + "Company(", "    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)\n"
                + "    public record Legacy(").doesNotContain("@JsonProperty");
        assertThat(access.get(JavaWriter.FOLDER + "B2BCompanies.java")).contains(
                "public Listable<Company> companies()",
                "public Mono<JsonNode> postAttachment(long companyId, FileUpload attachmentFile)",
                // its answer has no schema: JsonNode
                "OperationCalls.upload(api, B2BCompaniesOperations.POST_ATTACHMENT, \"attachmentFile\", attachmentFile,\n"
                        + "                JsonNode.class, companyId);");
        assertThat(BodyRulesWriter.models(operations, models)).contains("Map.entry(\"B2B GET /companies\", "
                + "io.github.bcreactive.model.generated.b2b.companies.Company.class)");
    }

    private static Path specs(Path root, Map<String, String> files) throws IOException {
        Path specs = root.resolve("specs/api-v3");
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = specs.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
        Path models = root.resolve("models");
        Files.createDirectories(models);
        Files.writeString(models.resolve("company.yaml"), "type: object\nproperties:\n  companyId: {type: integer}\n",
                StandardCharsets.UTF_8);
        Files.writeString(models.resolve("pagination.yaml"), "type: object\nproperties:\n  meta:\n    type: object\n",
                StandardCharsets.UTF_8);
        return specs;
    }
}
