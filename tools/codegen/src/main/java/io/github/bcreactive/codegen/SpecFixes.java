package io.github.bcreactive.codegen;

import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where the official specs are wrong (their own examples, and the API, send what their schemas refuse), the
 * generated models follow a corrected schema. Each correction names the spec file, the JSON pointer of the schema it
 * replaces, the schema it puts there, and what is wrong. A correction whose pointer the spec no longer has fails the
 * generation, so the list cannot go stale.
 */
final class SpecFixes {

    /**
     * One correction.
     *
     * @param file the spec file, relative to the specs' folder ({@code openapi/}); B2B Edition's relative to the
     *     folder above it ({@code b2b/specs/api-v3/company/company.yaml})
     * @param pointer the JSON pointer of the schema to replace
     * @param schema the schema put in its place, as JSON
     * @param reason what is wrong in the spec
     */
    record Fix(String file, String pointer, String schema, String reason) {
    }

    /** The corrections, in file order. */
    static final List<Fix> ALL = List.of(
            new Fix("catalog/products_catalog.v3.yml", "/components/schemas/product_Full/allOf/0/properties",
                    "{\"id\": {\"minimum\": 1, \"type\": \"integer\", \"readOnly\": true}, \"variants\": "
                            + "{\"type\": \"array\", \"items\": {\"$ref\": "
                            + "\"#/components/schemas/productVariant_Full\"}}}",
                    "a product's answer carries its variants with include=variants (the docs' include parameter, "
                            + "and the spec's own example of GET /catalog/products), but product_Full has no "
                            + "variants: added, as product_Post declares them"),
            new Fix("marketing.v2.yml", "/components/schemas/banner_Full/allOf/0/properties/date_created",
                    "{\"type\": \"string\", \"format\": \"unix-time\"}",
                    "a banner's date_created is a plain string in the schema, and its examples (bannerCollection_Resp, "
                            + "the banner answers) give a Unix timestamp (\"1522169169\"), not the RFC 2822 date of "
                            + "every other v2 date_created: kept as the string it is"),
            new Fix("b2b/specs/api-v3/channel/channel.yaml", "/components/schemas/Channel/properties/createdAt",
                    "{\"type\": \"string\", \"format\": \"unix-time\"}",
                    "a channel's createdAt is declared format date-time, while its description says a Unix timestamp "
                            + "and its example is one (\"1750437336\"), as every other B2B date is: kept as the "
                            + "string it is"),
            new Fix("b2b/specs/api-v3/channel/channel.yaml", "/components/schemas/Channel/properties/updatedAt",
                    "{\"type\": \"string\", \"format\": \"unix-time\"}",
                    "a channel's updatedAt, as its createdAt: a Unix timestamp declared format date-time"));

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SpecFixes() {
    }

    /**
     * Applies the corrections of one spec file to its parsed document.
     *
     * @param file the spec file
     * @param doc its document, changed in place
     */
    static void apply(String file, JsonNode doc) {
        for (Fix fix : ALL) {
            if (!fix.file().equals(file)) {
                continue;
            }
            int cut = fix.pointer().lastIndexOf('/');
            JsonNode parent = doc.at(fix.pointer().substring(0, cut));
            String name = fix.pointer().substring(cut + 1).replace("~1", "/").replace("~0", "~");
            if (!(parent instanceof ObjectNode object) || !object.has(name)) {
                throw new IllegalStateException("Stale spec fix: " + file + " has no " + fix.pointer() + ".");
            }
            object.set(name, JSON.readTree(fix.schema()));
        }
    }
}
