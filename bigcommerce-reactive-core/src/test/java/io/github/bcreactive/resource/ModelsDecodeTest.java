package io.github.bcreactive.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.contract.OfficialSpecs;
import io.github.bcreactive.contract.SpecIndex;
import io.github.bcreactive.contract.SpecOperation;
import io.github.bcreactive.contract.SpecSamples;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every success answer the official specs give (their examples, and a body made from the schema) decodes into its
 * operation's generated model, and writes back without losing a field: for every operation with a model, those
 * reached by hand-written resources too. The few the spec's own examples break are named in {@link #EXCEPTIONS}.
 * Skips, saying why, when the specs are absent.
 */
class ModelsDecodeTest {

    /**
     * The answers that do not decode, each because the spec's own example (or the body the harness makes from its
     * schema) is invalid against the schema: a pattern over the keys the test prints, with the reason. The test fails
     * when one covers nothing.
     */
    private static final Map<String, String> EXCEPTIONS = Map.of(
            "V2 (GET|POST|PUT) /currencies.*", "currencies.v2.yml: the example's last_updated ends in a stray quote "
                    + "(\"Tue, 12 Jun 2018 14:41:56 +0000\\\"\"), and the body made from the listing's schema is an "
                    + "array of arrays",
            "V2 GET /coupons \\(generated\\)", "marketing.v2.yml: the body the harness makes from the coupon "
                    + "listing's schema is an array of arrays (the spec's own example decodes)",
            "V3 DELETE /carts/\\{}/items/\\{} \\(example\\)", "carts.v3.yml: the example gives a line item's "
                    + "parent_id as an object ({}), where the schema says a string",
            "V3 GET /catalog/trees/\\{}/categories \\(example\\)", "catalog/category-trees_catalog.v3.yml: the "
                    + "example's children are strings (\"string\"), where the schema says category nodes");

    private final JsonMapper mapper = BigCommerceClient.Builder.defaultMapper();

    @Test
    void everySpecAnswerDecodesIntoItsGeneratedModelAndWritesBackWhole() {
        Assumptions.assumeTrue(OfficialSpecs.directory().isPresent(), OfficialSpecs.MISSING);
        SpecIndex index = OfficialSpecs.index();
        Map<String, String> failed = new TreeMap<>();
        int decoded = 0;
        for (Operation operation : Operations.all()) {
            String key = operation.version() + " " + operation.method().name() + " "
                    + operation.path().replaceAll("\\{[^/}]*}", "{}");
            Class<?> model = OperationModels.RESPONSES.get(key);
            Optional<SpecOperation> op = index.declared(operation.version().segment(), operation.method().name(),
                    operation.path());
            if (model == null || op.isEmpty()) {
                continue;
            }
            SpecSamples samples = new SpecSamples(index.api(op.get().spec()));
            for (SpecSamples.Sample sample : samples.success(index.declaration(op.get()))) {
                if (sample.body().isEmpty()) {
                    continue;
                }
                JsonNode body = operation.version().unwrap(mapper.readTree(sample.body().get().toString()));
                List<JsonNode> items = new ArrayList<>();
                if (body.isArray()) {
                    body.forEach(items::add);
                } else {
                    items.add(body);
                }
                for (JsonNode item : items) {
                    try {
                        Object value = mapper.treeToValue(item, model);
                        JsonNode written = mapper.valueToTree(value);
                        if (item.isObject() && !sameFields(item, written)) {
                            failed.put(key, "writes back other fields: " + item + " became " + written);
                        } else {
                            decoded++;
                        }
                    } catch (JacksonException e) {
                        failed.put(key + " (" + sample.source() + ")", model.getSimpleName() + ": "
                                + e.getOriginalMessage() + " at " + e.getPathReference());
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "[models] %d spec answers decoded into their generated models, %d did not%n",
                decoded, failed.size());
        failed.forEach((key, why) -> System.out.printf("[models]   %s: %s%n", key, why.length() > 300
                ? why.substring(0, 300) + "..." : why));
        EXCEPTIONS.forEach((pattern, why) -> System.out.printf("[models]   named exception %s: %s%n", pattern, why));
        assertThat(failed.keySet()).as("answers that do not decode and no named exception covers")
                .allMatch(key -> EXCEPTIONS.keySet().stream().anyMatch(key::matches));
        assertThat(EXCEPTIONS.keySet()).as("named exceptions that cover nothing")
                .allMatch(pattern -> failed.keySet().stream().anyMatch(key -> key.matches(pattern)));
        assertThat(decoded).isGreaterThan(400);
    }

    /**
     * Whether a model wrote back every field it read, at any depth: nulls aside, and empty strings (v2's "no date",
     * as an unshipped order's {@code date_shipped}, reads as none and is not written back).
     */
    private static boolean sameFields(JsonNode read, JsonNode written) {
        if (read.isObject()) {
            for (var field : read.properties()) {
                if (field.getValue().isNull() || field.getValue().asString("-").isEmpty()) {
                    continue;
                }
                if (!written.has(field.getKey()) || !sameFields(field.getValue(), written.get(field.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (read.isArray()) {
            if (!written.isArray() || written.size() != read.size()) {
                return false;
            }
            for (int i = 0; i < read.size(); i++) {
                if (!sameFields(read.get(i), written.get(i))) {
                    return false;
                }
            }
        }
        return true;
    }
}
