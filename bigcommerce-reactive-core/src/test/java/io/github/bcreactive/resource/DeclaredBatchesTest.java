package io.github.bcreactive.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.query.Query;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

/**
 * Every batch limit the table declares is kept, whichever way the operation is reached: the declared batch
 * resources chunk by their declaration ({@link BatchTest}), and the generated named methods split a longer list body
 * (or a {@code DELETE}'s longer {@code id:in}) into chunks of at most the stated size, sent in order at most the
 * stated concurrency at once, their items merged in order.
 */
class DeclaredBatchesTest {

    private final FakeStore store;
    private final BigCommerceClient client;

    DeclaredBatchesTest() throws Exception {
        store = new FakeStore();
        client = store.client();
    }

    @AfterEach
    void stop() {
        store.close();
    }

    private static List<Map<String, Object>> items(int count) {
        return IntStream.rangeClosed(1, count).<Map<String, Object>>mapToObj(id -> Map.of("id", id)).toList();
    }

    private int size(RecordedRequest request) {
        if (request.getMethod().equals("DELETE")) {
            return request.getUrl().queryParameter("id:in").split(",").length;
        }
        return client.v3().mapper().readTree(request.getBody().utf8()).size();
    }

    /** The generated named methods of the operations with a stated batch size, by operation. */
    private Map<Operation, Method[]> generatedBatchMethods() {
        Map<String, Operation> batched = new TreeMap<>();
        Operations.all().stream().filter(op -> op.limits().batchSize() > 0).forEach(op -> batched.put(
                op.version() + " " + op.method().name() + " " + op.path(), op));
        Map<Operation, Method[]> found = new java.util.LinkedHashMap<>();
        List<Method> families = new ArrayList<>(Arrays.asList(StoreResources.class.getMethods()));
        families.removeIf(m -> m.getParameterCount() > 0 || m.getName().equals("v2") || m.getName().equals("v3"));
        families.sort(Comparator.comparing(Method::getName));
        for (Method family : families) {
            for (Method method : family.getReturnType().getMethods()) {
                Reaches reaches = method.getAnnotation(Reaches.class);
                if (reaches != null && batched.containsKey(reaches.value())) {
                    found.put(batched.get(reaches.value()), new Method[] {family, method});
                }
            }
        }
        return found;
    }

    @Test
    void everyGeneratedBatchOperationSendsChunksOfAtMostItsStatedSizeInOrder() throws Exception {
        Map<Operation, Method[]> methods = generatedBatchMethods();
        assertThat(methods.keySet()).extracting(op -> op.method().name() + " " + op.path()).contains(
                "PUT /catalog/trees", "POST /pricelists/records", "PUT /pricelists/{price_list_id}/records",
                "DELETE /promotions");
        for (Map.Entry<Operation, Method[]> entry : methods.entrySet()) {
            Operation op = entry.getKey();
            int limit = op.limits().batchSize();
            int total = 2 * limit + 3;
            store.requests().clear();
            List<Object> ids = new ArrayList<>();
            Class<?>[] types = entry.getValue()[1].getParameterTypes();
            Object[] args = new Object[types.length];
            for (int i = 0; i < types.length; i++) {
                if (types[i] == long.class || types[i] == String.class) {
                    args[i] = types[i] == long.class ? (Object) (5L + i) : "p" + i;
                    ids.add(args[i]);
                } else if (types[i] == Query.class) {
                    args[i] = op.method().name().equals("DELETE")
                            ? Query.in("id", IntStream.rangeClosed(1, total).boxed().toArray()) : Query.empty();
                } else {
                    args[i] = items(total);
                }
            }
            String path = "/v3" + Endpoint.expand(op.path(), ids.toArray());
            store.on(op.method().name() + " " + path, request -> request.getMethod().equals("DELETE")
                    ? FakeStore.json(204, "")
                    : FakeStore.json(200, "{\"data\":" + request.getBody().utf8() + ",\"meta\":{}}"));

            Mono<?> call = (Mono<?>) entry.getValue()[1].invoke(entry.getValue()[0].invoke(client), args);
            Object answer = call.block(java.time.Duration.ofSeconds(30));
            // the answer is the operation's model (or a list of them); its JSON shows the merged items
            JsonNode merged = answer == null ? null : client.v3().mapper().valueToTree(answer);

            String name = op.method() + " " + op.path();
            // chunks sent at once may arrive in any order; one at a time, in order
            if (Math.max(1, op.limits().concurrency()) == 1) {
                assertThat(store.requests()).as(name).extracting(this::size).containsExactly(limit, limit, 3);
            } else {
                assertThat(store.requests()).as(name).extracting(this::size)
                        .containsExactlyInAnyOrder(limit, limit, 3);
            }
            if (!op.method().name().equals("DELETE")) {
                assertThat(merged).as(name).hasSize(total);
                assertThat(IntStream.range(0, total).map(i -> merged.get(i).get("id").asInt()).toArray())
                        .as("merged in order").containsExactly(IntStream.rangeClosed(1, total).toArray());
            } else {
                assertThat(merged).as(name).isNull();
                assertThat(store.requests().stream().flatMap(request -> Arrays.stream(request.getUrl()
                        .queryParameter("id:in").split(","))).map(Integer::valueOf).sorted().toList())
                        .as("every id once").containsExactlyElementsOf(IntStream.rangeClosed(1, total).boxed()
                                .toList());
            }
        }
    }

    @Test
    void aListWithinTheLimitIsOneCallWithTheAnswerAsItCame() {
        store.on("PUT /v3/catalog/trees", 200, "{\"data\":[{\"id\":1}],\"meta\":{}}");

        StepVerifier.create(client.catalog().upsertCategoryTrees(items(50)).map(List::size)).expectNext(1)
                .verifyComplete();
        assertThat(store.requests()).hasSize(1);
    }

    @Test
    void priceListRecordUpsertsAcrossListsAreSentOneAtATime() {
        store.on("PUT /v3/pricelists/5/records", request -> FakeStore.json(200,
                "{\"data\":" + request.getBody().utf8() + ",\"meta\":{}}")).hold(20);

        StepVerifier.create(client.priceLists().upsertPriceListRecords(5, items(2500)).map(JsonNode::size))
                .expectNext(2500).verifyComplete();
        assertThat(store.requests()).extracting(this::size).containsExactly(1000, 1000, 500);
        assertThat(store.maxInFlight()).as("stated: 2 at once").isLessThanOrEqualTo(2);
    }

    @Test
    void theHandWrittenBatchResourcesChunkAtTheTablesLimits() {
        Map<String, Integer> declared = new TreeMap<>();
        declared.put("/catalog/products", client.catalog().products().endpoint().spec().batch().orElseThrow()
                .chunkSize());
        declared.put("/catalog/variants", client.catalog().variants().endpoint().spec().batch().orElseThrow()
                .chunkSize());
        declared.put("/customers", client.customers().endpoint().spec().batch().orElseThrow()
                .chunkSize());
        declared.put("/pricelists/records", client.priceLists().records().endpoint().spec().batch().orElseThrow()
                .chunkSize());
        assertThat(declared).containsExactlyInAnyOrderEntriesOf(Map.of("/catalog/products", 10,
                "/catalog/variants", 50, "/customers", 10, "/pricelists/records", 100));
        assertThat(client.priceLists().records().endpoint().spec().batch().orElseThrow().concurrency())
                .as("price-list record PUTs one at a time").isEqualTo(1);
        assertThat(client.customers().endpoint().spec().batch().orElseThrow().concurrency())
                .isEqualTo(3);
    }
}
