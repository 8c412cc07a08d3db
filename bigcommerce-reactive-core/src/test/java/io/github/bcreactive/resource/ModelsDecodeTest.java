package io.github.bcreactive.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.contract.OfficialSpecs;
import io.github.bcreactive.contract.SpecIndex;
import io.github.bcreactive.contract.SpecOperation;
import io.github.bcreactive.contract.SpecSamples;
import io.github.bcreactive.query.Query;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every success answer the official specs give (their examples, and a body made from the schema) decodes into its
 * operation's generated model, and into the model of every typed path that reaches the operation (RESOURCES.md: a
 * declared resource's model, a generated bundle's item, a named method's answer), and writes back without
 * losing a field; and no typed path answers {@code JsonNode} where the spec gives the answer a schema. The few the
 * spec's own examples break are named in {@link #EXCEPTIONS}. Skips, saying why, when the specs are absent.
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
                    + "example's children are strings (\"string\"), where the schema says category nodes",
            "V3 POST /catalog/products/\\{}/modifiers \\(example\\)", "catalog/product-modifiers_catalog.v3.yml: the "
                    + "create's example gives the modifier's config as an empty array ([]), where productModifier_Full "
                    + "(the model of modifiers(), the listing's) says an object; the create's own schema wraps the "
                    + "modifier in data.items, so its generated model keeps the example in extra");

    /**
     * The typed paths that answer {@code JsonNode} although the spec gives their answer a schema: a pattern over
     * {@code key: call}, with the reason. The test fails when one covers nothing. None is left: the declared calls and
     * the uploads answer their operation's model, and a lone {@code GET} answering a list is a {@code Listable} of
     * its items.
     */
    private static final Map<String, String> UNTYPED = Map.of();

    /** The calls of a typed path whose answer is not an item of its resource: they decode nothing into its model. */
    private static final Set<String> NO_ITEM = Set.of("delete", "deleteAll", "deleteByIds", "count");

    /** The last call of a typed path: {@code get} of {@code catalog().videos(id).get(id)}. */
    private static final Pattern LAST_CALL = Pattern.compile("(\\w+)\\([^()]*\\)$");

    private final JsonMapper mapper = BigCommerceClient.Builder.defaultMapper();

    @Test
    void everySpecAnswerDecodesIntoItsGeneratedModelAndEveryTypedPathsModelAndWritesBackWhole() {
        Assumptions.assumeTrue(OfficialSpecs.directory().isPresent(), OfficialSpecs.MISSING);
        SpecIndex index = OfficialSpecs.index();
        Map<Operation, List<String>> paths = TypedAccess.paths();
        BigCommerceClient client = BigCommerceClient.builder().storeHash("models").accessToken("t").build();
        Map<String, String> failed = new TreeMap<>();
        Set<String> untyped = new TreeSet<>();
        int decoded = 0;
        int byPaths = 0;
        for (Operation operation : Operations.all()) {
            String key = operation.version() + " " + operation.method().name() + " "
                    + operation.path().replaceAll("\\{[^/}]*}", "{}");
            Class<?> generated = OperationModels.RESPONSES.get(key);
            // each model an answer of the operation decodes into: its generated model, and each typed path's
            Map<Class<?>, String> models = new LinkedHashMap<>();
            if (generated != null) {
                models.put(generated, "its generated model");
            }
            for (String java : paths.getOrDefault(operation, List.of())) {
                Matcher last = LAST_CALL.matcher(java);
                if (!last.find() || NO_ITEM.contains(last.group(1))) {
                    continue;
                }
                Class<?> declared = TypedAccess.invoke(client, java, new TypedAccess.Arguments(ids(operation),
                        Query.empty(), null)).model();
                if (declared.isRecord()) {
                    models.putIfAbsent(declared, java);
                } else if (generated != null && (declared == JsonNode.class || declared == Object.class)) {
                    untyped.add(key + ": " + java);
                }
            }
            Optional<SpecOperation> op = index.declared(operation.version().segment(), operation.method().name(),
                    operation.path());
            if (models.isEmpty() || op.isEmpty()) {
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
                    for (Map.Entry<Class<?>, String> model : models.entrySet()) {
                        String as = model.getKey().getSimpleName() + " (" + model.getValue() + ")";
                        try {
                            Object value = mapper.treeToValue(item, model.getKey());
                            JsonNode written = mapper.valueToTree(value);
                            if (item.isObject() && !sameFields(item, written)) {
                                failed.put(key, as + " writes back other fields: " + item + " became " + written);
                            } else {
                                decoded++;
                                byPaths += model.getKey() == generated ? 0 : 1;
                            }
                        } catch (JacksonException e) {
                            failed.put(key + " (" + sample.source() + ")", as + ": " + e.getOriginalMessage()
                                    + " at " + e.getPathReference());
                        }
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "[models] %d spec answers decoded into their models (%d into a typed path's "
                + "model other than the generated one), %d did not%n", decoded, byPaths, failed.size());
        failed.forEach((key, why) -> System.out.printf("[models]   %s: %s%n", key, why.length() > 300
                ? why.substring(0, 300) + "..." : why));
        EXCEPTIONS.forEach((pattern, why) -> System.out.printf("[models]   named exception %s: %s%n", pattern, why));
        UNTYPED.forEach((pattern, why) -> System.out.printf("[models]   named JsonNode path %s: %s%n", pattern, why));
        assertThat(untyped).as("typed paths that answer JsonNode where the spec gives the answer a schema, and no "
                + "named reason covers").allMatch(path -> UNTYPED.keySet().stream().anyMatch(path::matches));
        assertThat(UNTYPED.keySet()).as("named JsonNode paths that cover nothing")
                .allMatch(pattern -> untyped.stream().anyMatch(path -> path.matches(pattern)));
        assertThat(failed.keySet()).as("answers that do not decode and no named exception covers")
                .allMatch(key -> EXCEPTIONS.keySet().stream().anyMatch(key::matches));
        assertThat(EXCEPTIONS.keySet()).as("named exceptions that cover nothing")
                .allMatch(pattern -> failed.keySet().stream().anyMatch(key -> key.matches(pattern)));
        assertThat(decoded).isGreaterThan(400);
        assertThat(byPaths).isGreaterThan(0);
    }

    /** Path ids of the operation's types, in order. */
    private static List<Object> ids(Operation operation) {
        List<Object> ids = new ArrayList<>();
        for (int i = 0; i < operation.ids().size(); i++) {
            ids.add(operation.ids().get(i) == Operation.IdType.LONG ? (Object) (101L + i) : "s" + i);
        }
        return ids;
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
