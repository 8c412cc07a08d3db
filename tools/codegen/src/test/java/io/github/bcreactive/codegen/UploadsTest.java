package io.github.bcreactive.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Which part of a multipart form carries the file, on small specs made for the purpose. */
class UploadsTest {

    private static final String SPEC = """
            paths: {}
            components:
              schemas:
                image:
                  type: object
                  properties:
                    description: {type: string}
                    picture: {type: string, format: binary}
              requestBodies:
                byRef:
                  content:
                    multipart/form-data: {schema: {$ref: '#/components/schemas/image'}}
                named:
                  content:
                    multipart/form-data:
                      schema:
                        allOf:
                          - type: object
                            properties:
                              sort_order: {type: integer}
                              image_file: {type: string}
                formOnly:
                  content:
                    multipart/form-data:
                      schema: {type: object, properties: {items: {type: array}, profile: {type: string}}}
                json:
                  content:
                    application/json: {schema: {type: object}}
            """;

    private final JsonNode doc = YAMLMapper.builder().build().readTree(SPEC);

    private String part(String body, String key) {
        return Uploads.filePart(doc, key, doc.at("/components/requestBodies/" + body));
    }

    @Test
    void theBinaryPropertyIsTheFilePartThroughRefs() {
        assertThat(part("byRef", "POST /a")).isEqualTo("picture");
    }

    @Test
    void aPropertyNamedLikeAFileIsTheFilePartThroughAllOf() {
        assertThat(part("named", "POST /a")).isEqualTo("image_file");
    }

    @Test
    void aFormWithoutAFileOrJsonUploadsNothingUnlessTheDescriptionTableNamesIt() {
        assertThat(part("formOnly", "POST /a")).isEmpty();
        assertThat(part("json", "POST /a")).isEmpty();
        assertThat(part("formOnly", "POST /catalog/products/{product_id}/variants/{variant_id}/image"))
                .isEqualTo("image_file");
    }
}
