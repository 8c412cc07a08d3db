package io.github.bcreactive.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The models the generator writes from a small spec made for the purpose, and the body rules it emits. */
class ModelWriterTest {

    private static final String SPEC = SpecFiles.V3_HEAD + """
            paths:
              /catalog/gadgets:
                get:
                  operationId: getGadgets
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              data: {type: array, items: {$ref: '#/components/schemas/gadget_Full'}}
                post:
                  operationId: createGadget
                  requestBody:
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/gadget_Post'}
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              data: {$ref: '#/components/schemas/gadget_Full'}
            components:
              schemas:
                gadget_Post:
                  type: object
                  required: [name]
                  properties:
                    name: {type: string}
                    id: {type: integer, readOnly: true}
                    line_1: {type: string}
                gadget_Full:
                  allOf:
                    - $ref: '#/components/schemas/gadget_Post'
                    - type: object
                      properties:
                        date_created: {type: string, format: date-time}
                        kind: {type: string, enum: [big, small]}
                        price: {type: number}
                        custom_url:
                          type: object
                          properties:
                            url: {type: string}
                        tags: {type: array, items: {type: string}}
                        anything: {type: object}
            """;

    @Test
    void writesImmutableRecordsWithNamingStrategyOpenEnumsDatesAndUnknownFields(@TempDir Path specs)
            throws IOException {
        List<SpecOperation> operations = SpecFiles.read(specs, "catalog/gadgets_catalog.v3.yml", SPEC);
        SchemaModels models = new SchemaModels(specs, operations);

        Map<String, String> files = ModelWriter.write(models);

        String folder = ModelWriter.FOLDER + "catalog/";
        assertThat(files).containsKeys(folder + "GadgetFull.java", folder + "GadgetPost.java", folder + "Kind.java",
                folder + "package-info.java");
        String full = files.get(folder + "GadgetFull.java");
        assertThat(full).startsWith(JavaWriter.MARK).contains("// catalog/gadgets_catalog.v3.yml")
                .contains("@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)")
                .contains("public record GadgetFull(")
                .contains("        @JsonProperty(\"line_1\") String line1,")
                .contains("        @V3Date OffsetDateTime dateCreated,")
                .contains("        Kind kind,")
                .contains("        BigDecimal price,")
                .contains("        GadgetFull.CustomUrl customUrl,")
                .contains("        List<String> tags,")
                .contains("        JsonNode anything,")
                .contains("        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {")
                .contains("tags = Copies.list(tags);")
                .contains("    public record CustomUrl(")
                .doesNotContain("@JsonProperty(\"date_created\")");
        assertThat(files.get(folder + "Kind.java")).contains("public record Kind(@JsonValue String value) {")
                .contains("public static final Kind BIG = new Kind(\"big\");")
                .contains("@JsonCreator(mode = JsonCreator.Mode.DELEGATING)");
        assertThat(files.values()).allSatisfy(text -> assertThat(text.lines().filter(line -> line.length() > 120))
                .isEmpty());

        String rules = BodyRulesWriter.write(operations, models);
        assertThat(rules.replaceAll("\\s+", " ")).contains("Map.entry(\"V3 POST /catalog/gadgets\", new BodyCheck.Rule("
                + "List.of(\"name\"), List.of(\"id\", \"date_created\", \"kind\", \"price\", \"custom_url\", \"tags\", "
                + "\"anything\")))");
        assertThat(BodyRulesWriter.models(operations, models))
                .contains("Map.entry(\"V3 GET /catalog/gadgets\", io.github.bcreactive.model.generated.catalog"
                        + ".GadgetFull.class)");
    }
}
