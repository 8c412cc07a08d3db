package io.github.bcreactive.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answers of one resource are one type where the listing's covers them (SchemaModels.unify): read from a small
 * spec made for the purpose, whose writes answer the listing's fields reordered, fewer of them, one of them with
 * another type, or only an id.
 */
class ResourceAnswersTest {

    private static final String SPEC = SpecFiles.V3_HEAD + """
            paths:
              /catalog/widgets:
                get:
                  operationId: getWidgets
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              data: {type: array, items: {$ref: '#/components/schemas/widget_Full'}}
                post:
                  operationId: createWidget
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              data:
                                type: object
                                required: [name]
                                properties:
                                  size: {type: integer, minimum: 0}
                                  name: {type: string, maxLength: 10}
                                  id: {type: integer, readOnly: true}
                                  settings: {type: object, properties: {rate: {type: number}}}
              /catalog/widgets/{id}:
                get:
                  operationId: getWidget
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              data:
                                type: object
                                properties:
                                  id: {type: integer}
                                  name: {type: string}
                                  size: {type: integer}
                                  settings: {type: object, additionalProperties: true}
                put:
                  operationId: updateWidget
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              data:
                                type: object
                                properties:
                                  name: {type: string}
                                  size: {type: integer}
                                  settings: {type: object, properties: {rate: {type: number}}}
                patch:
                  operationId: patchWidget
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              data:
                                type: object
                                properties:
                                  id: {type: integer}
                                  name: {type: string}
                                  size: {type: string}
              /catalog/gizmos:
                get:
                  operationId: getGizmos
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              data: {type: array, items: {$ref: '#/components/schemas/gizmo_Full'}}
                post:
                  operationId: createGizmo
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              data: {type: object, properties: {id: {type: integer}}}
            components:
              schemas:
                widget_Full:
                  type: object
                  properties:
                    id: {type: integer}
                    name: {type: string}
                    size: {type: integer}
                    settings: {type: object, properties: {rate: {type: number}}}
                gizmo_Full:
                  type: object
                  properties:
                    id: {type: integer}
                    label: {type: string}
                    weight: {type: number}
            """;

    @Test
    void answersTheListingsTypeCoversAreThatTypeAndTheOthersKeepTheirOwn(@TempDir Path specs) throws IOException {
        List<SpecOperation> operations = SpecFiles.read(specs, "catalog/widgets_catalog.v3.yml", SPEC);
        SchemaModels models = new SchemaModels(specs, operations);

        String answers = BodyRulesWriter.models(operations, models).replaceAll("\\s+", " ");
        String pkg = "io.github.bcreactive.model.generated.catalog.";
        // reordered, with required/readOnly/bounds: the same shape
        assertThat(answers).contains("Map.entry(\"V3 POST /catalog/widgets\", " + pkg + "WidgetFull.class)")
                // settings a free object: the listing's record keeps its fields (rate, and the others in extra)
                .contains("Map.entry(\"V3 GET /catalog/widgets/{}\", " + pkg + "WidgetFull.class)")
                // fewer of the listing's fields
                .contains("Map.entry(\"V3 PUT /catalog/widgets/{}\", " + pkg + "WidgetFull.class)")
                // size a string where the listing says an integer: not covered
                .contains("Map.entry(\"V3 PATCH /catalog/widgets/{}\", " + pkg + "PatchWidgetResponse.class)")
                // one field of three: a reference to the gizmo, not the gizmo
                .contains("Map.entry(\"V3 POST /catalog/gizmos\", " + pkg + "CreateGizmoResponse.class)");
        Map<String, String> files = ModelWriter.write(models);
        assertThat(files.keySet()).noneMatch(file -> file.endsWith("/CreateWidgetResponse.java")
                || file.endsWith("/GetWidgetResponse.java") || file.endsWith("/UpdateWidgetResponse.java"));
    }

    @Test
    void coversWhatDecodesWithoutLosingAField() {
        JsonMapper json = JsonMapper.builder().build();
        JsonNode full = json.readTree("""
                {"record": {"id": "Long", "kind": {"enum": ["a", "b"]}, "settings": {"record": {"rate": "BigDecimal"}},
                 "tags": {"list": "String"}, "any": "JsonNode"}}""");
        assertThat(SchemaModels.covers(full, full)).isTrue();
        assertThat(SchemaModels.covers(full, json.readTree("""
                {"record": {"id": "Long", "kind": {"enum": ["b"]}, "settings": "object", "any": {"list": "Long"}}}
                """))).as("fewer fields, fewer enum values, a free object, anything for JsonNode").isTrue();
        assertThat(SchemaModels.covers(full, json.readTree("{\"record\": {\"id\": \"String\"}}")))
                .as("another type").isFalse();
        assertThat(SchemaModels.covers(full, json.readTree("{\"record\": {\"name\": \"String\"}}")))
                .as("a field the listing does not declare").isFalse();
        assertThat(SchemaModels.covers(full, json.readTree("{\"record\": {\"kind\": {\"enum\": [\"c\"]}}}")))
                .as("an enum value the listing does not list").isFalse();
        assertThat(SchemaModels.covers(full, json.readTree("{\"record\": {\"tags\": {\"list\": \"Long\"}}}")))
                .as("another element type").isFalse();
        assertThat(SchemaModels.covers(json.readTree("{\"record\": {\"settings\": {\"map\": \"String\"}}}"),
                json.readTree("{\"record\": {\"settings\": \"object\"}}")))
                .as("a map of strings does not take any object").isFalse();
    }
}
