package io.github.bcreactive.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.model.generated.catalog.MetafieldFull;
import io.github.bcreactive.model.generated.catalog.ProductCategoryAssignment;
import io.github.bcreactive.model.generated.orders.GetGlobalOrderSettingsResponse;
import io.github.bcreactive.model.generated.orders.ShippingQuotesBase;
import io.github.bcreactive.model.generated.payments.CreatePaymentAccessTokenResponse;
import io.github.bcreactive.model.generated.tax.GetTaxProviderConnectionResponse;
import io.github.bcreactive.query.Query;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/**
 * Calls a sample of the generated typed access (bundle accessors and named methods of every kind) against a fake
 * store: each sends the method and path its operation declares, with its typed ids filled in, and decodes the answer.
 */
class GeneratedFamiliesTest {

    private final FakeStore store;
    private final BigCommerceClient client;

    GeneratedFamiliesTest() throws Exception {
        store = new FakeStore();
        client = store.client();
    }

    @AfterEach
    void stop() {
        store.close();
    }

    private String sent(int index) {
        RecordedRequest request = store.requests().get(index);
        return request.getMethod() + " " + FakeStore.target(request);
    }

    @Test
    void aCrudBundleTakesItsParentIdFirstAndItsItemIdTyped() {
        store.on("PUT /v3/catalog/brands/7/metafields/12", request -> FakeStore.json(200,
                "{\"data\":" + request.getBody().utf8() + ",\"meta\":{}}"));
        store.on("DELETE /v3/catalog/brands/7/metafields/12", 204, "");

        Crud<MetafieldFull, Long> metafields = client.catalog().brandsMetafields(7);
        StepVerifier.create(metafields.update(12L, Map.of("value", "blue")).map(MetafieldFull::value))
                .expectNext("blue").verifyComplete();
        StepVerifier.create(metafields.delete(12L)).verifyComplete();

        assertThat(List.of(sent(0), sent(1))).containsExactly("PUT /v3/catalog/brands/7/metafields/12",
                "DELETE /v3/catalog/brands/7/metafields/12");
        assertThat(metafields.endpoint().path()).isEqualTo("/catalog/brands/7/metafields");
    }

    @Test
    void aBundleListingPagesInTheStyleTheOperationDeclares() {
        store.on("GET /v3/catalog/brands/7/metafields", request -> FakeStore.json(200, request.getUrl()
                .queryParameter("after") == null
                ? "{\"data\":[{\"id\":1}],\"meta\":{\"cursor_pagination\":{\"count\":1,\"per_page\":250,"
                        + "\"end_cursor\":\"c1\",\"links\":{\"next\":\"?after=c1\"}}}}"
                : "{\"data\":[{\"id\":2}],\"meta\":{\"cursor_pagination\":{\"count\":1,\"per_page\":250,"
                        + "\"end_cursor\":\"c2\",\"links\":{}}}}"));

        StepVerifier.create(client.catalog().brandsMetafields(7).iterAll().map(MetafieldFull::id))
                .expectNext(1L, 2L).verifyComplete();
        assertThat(sent(1)).isEqualTo("GET /v3/catalog/brands/7/metafields?limit=250&after=c1");
    }

    @Test
    void anUpdatableSingletonReadsAndReplacesItselfInPlace() {
        store.on("GET /v3/orders/settings", 200, "{\"data\":{\"notifications\":{}},\"meta\":{}}");
        store.on("PUT /v3/orders/settings", 200, "{\"data\":{\"notifications\":{\"order_placed\":{}}},\"meta\":{}}");

        UpdatableSingleton<GetGlobalOrderSettingsResponse> settings = client.orders().settings();
        StepVerifier.create(settings.get().map(s -> s.notifications() != null)).expectNext(true).verifyComplete();
        StepVerifier.create(settings.update(Map.of("notifications", Map.of()))).expectNextCount(1).verifyComplete();

        assertThat(List.of(sent(0), sent(1))).containsExactly("GET /v3/orders/settings", "PUT /v3/orders/settings");
        assertThat(store.requests().get(1).getBody().utf8()).isEqualTo("{\"notifications\":{}}");
    }

    @Test
    void aV2SingletonUnderTwoParentsFillsBothIds() {
        store.on("GET /v2/orders/101/shipping_addresses/5/shipping_quotes", 200, "{\"id\":\"q1\"}");

        StepVerifier.create(client.orders().shippingAddressesShippingQuotes(101, 5).get()
                .map(ShippingQuotesBase::id)).expectNext("q1").verifyComplete();
        assertThat(sent(0)).isEqualTo("GET /v2/orders/101/shipping_addresses/5/shipping_quotes");
    }

    @Test
    void aNamedActionPostsItsBodyAndUnwrapsTheAnswer() {
        store.on("POST /v3/payments/access_tokens", 201, "{\"data\":{\"id\":\"tok\"},\"meta\":{}}");

        StepVerifier.create(client.payments().createPaymentAccessToken(Map.of("order", Map.of("id", 101)))
                .map(CreatePaymentAccessTokenResponse::id)).expectNext("tok").verifyComplete();
        assertThat(sent(0)).isEqualTo("POST /v3/payments/access_tokens");
        assertThat(store.requests().get(0).getBody().utf8()).isEqualTo("{\"order\":{\"id\":101}}");
    }

    @Test
    void namedMethodsTakeStringIdsAndQueries() {
        store.on("GET /v3/tax/providers/avalara/connection", 200, "{\"data\":{\"configured\":true},\"meta\":{}}");
        store.on("DELETE /v3/tax/providers/avalara/connection", 204, "");

        StepVerifier.create(client.tax().getTaxProviderConnection("avalara", Query.empty())
                .map(GetTaxProviderConnectionResponse::configured)).expectNext(true).verifyComplete();
        StepVerifier.create(client.tax().deleteTaxProviderConnection("avalara", Query.empty())).verifyComplete();

        assertThat(List.of(sent(0), sent(1))).containsExactly("GET /v3/tax/providers/avalara/connection",
                "DELETE /v3/tax/providers/avalara/connection");
    }

    @Test
    void aNamedListingPagesByPageNumber() {
        store.on("GET /v3/catalog/products/category-assignments", request -> FakeStore.json(200,
                "2".equals(request.getUrl().queryParameter("page"))
                        ? "{\"data\":[{\"product_id\":2,\"category_id\":9}],\"meta\":{\"pagination\":{\"total\":2,"
                                + "\"count\":1,\"per_page\":1,\"current_page\":2,\"total_pages\":2}}}"
                        : "{\"data\":[{\"product_id\":1,\"category_id\":9}],\"meta\":{\"pagination\":{\"total\":2,"
                                + "\"count\":1,\"per_page\":1,\"current_page\":1,\"total_pages\":2}}}"));

        StepVerifier.create(client.catalog().getProductsCategoryAssignments(Query.of("category_id:in", 9))
                .map(ProductCategoryAssignment::productId)).expectNext(1L, 2L).verifyComplete();
        assertThat(store.requests()).hasSize(2);
        assertThat(FakeStore.target(store.requests().get(1))).contains("page=2").contains("category_id:in=9");
    }

    @Test
    void aBadIdIsRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> client.tax().getTaxProviderConnection("../admin", Query.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'/'");
        assertThatThrownBy(() -> client.tax().getTaxProviderConnection(" ", Query.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.catalog().brandsMetafields(7).get(null))
                .isInstanceOf(NullPointerException.class);
        assertThat(store.requests()).isEmpty();
    }

    @Test
    void everyGeneratedNamedMethodNamesAnOperationOfTheTable() {
        Map<String, String> named = ResourceTableTest.named();
        assertThat(named).hasSizeGreaterThan(150);
        for (String key : named.keySet()) {
            assertThat(Operations.all().stream().anyMatch(op -> (op.version() + " " + op.method().name() + " "
                    + op.path().replaceAll("\\{[^/}]*}", "{}")).equals(key))).as(key).isTrue();
        }
    }

    /** An empty answer every listing and every single call decodes: no items, the last page. */
    private static final String EMPTY_V3 = "{\"data\":[],\"meta\":{\"pagination\":{\"total\":0,\"count\":0,"
            + "\"per_page\":250,\"current_page\":1,\"total_pages\":1},\"cursor_pagination\":{\"count\":0,"
            + "\"per_page\":250,\"links\":{}}}}";

    @Test
    void everyGeneratedNamedMethodSendsItsOperationWithItsIdsInOrder() throws Exception {
        List<String> wrong = new java.util.ArrayList<>();
        int called = 0;
        for (java.lang.reflect.Method family : families()) {
            Object owner = family.invoke(client);
            for (java.lang.reflect.Method method : family.getReturnType().getMethods()) {
                Reaches reaches = method.getAnnotation(Reaches.class);
                if (reaches == null) {
                    continue;
                }
                String[] declared = reaches.value().split(" ", 3);
                Class<?>[] types = method.getParameterTypes();
                Object[] args = new Object[types.length];
                List<Object> ids = new java.util.ArrayList<>();
                for (int i = 0; i < types.length; i++) {
                    args[i] = types[i] == long.class ? (Object) (101L + i) : types[i] == String.class ? "s" + i
                            : types[i] == Query.class ? Query.empty() : bodyMeeting(declared);
                    if (types[i] == long.class || types[i] == String.class) {
                        ids.add(args[i]);
                    }
                }
                String expected = declared[1] + " /" + declared[0].toLowerCase(java.util.Locale.ROOT)
                        + fill(declared[2], ids);
                boolean many = result(method);
                String plain = method.getGenericReturnType().getTypeName().matches(".*<java\\.(lang|math)\\.\\w+>")
                        ? "1" : null;
                store.on(expected, 200, declared[0].equals("V2") ? (plain != null ? plain : many ? "[]" : "{}")
                        : plain != null ? "{\"data\":1,\"meta\":{}}" : many ? EMPTY_V3 : "{\"data\":{},\"meta\":{}}");
                int before = store.requests().size();
                Object result = method.invoke(owner, args);
                try {
                    if (result instanceof io.github.bcreactive.paging.PagedFlux<?> items) {
                        items.collectList().block(java.time.Duration.ofSeconds(5));
                    } else {
                        ((reactor.core.publisher.Mono<?>) result).block(java.time.Duration.ofSeconds(5));
                    }
                } catch (RuntimeException e) {
                    wrong.add(family.getName() + "()." + method.getName() + " failed: " + e.getMessage());
                }
                String sent = store.requests().size() == before + 1 ? sent(before).replaceFirst("\\?.*", "")
                        : store.requests().size() - before + " requests";
                if (!sent.equals(expected)) {
                    wrong.add(family.getName() + "()." + method.getName() + " sent " + sent + ", declared " + expected);
                }
                called++;
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(called).isEqualTo(ResourceTableTest.named().size());
    }

    @Test
    void everyGeneratedBundleAccessorBindsItsParentIdsInOrder() throws Exception {
        List<String> wrong = new java.util.ArrayList<>();
        for (java.lang.reflect.Method family : families()) {
            Object owner = family.invoke(client);
            for (java.lang.reflect.Method method : family.getReturnType().getMethods()) {
                if (method.getDeclaringClass().getSimpleName().startsWith("Generated")
                        && Resource.class.isAssignableFrom(method.getReturnType())) {
                    Class<?>[] types = method.getParameterTypes();
                    Object[] args = new Object[types.length];
                    for (int i = 0; i < types.length; i++) {
                        args[i] = types[i] == long.class ? (Object) (101L + i) : "s" + i;
                    }
                    Resource<?> resource = (Resource<?>) method.invoke(owner, args);
                    ResourceSpec<?> spec = resource.endpoint().spec();
                    String expected = fill(spec.path(), List.of(args));
                    if (!resource.endpoint().path().equals(expected)
                            || Operations.all().stream().noneMatch(op -> op.path().equals(spec.path()))) {
                        wrong.add(family.getName() + "()." + method.getName() + " " + resource.endpoint().path());
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** Whether a generated method answers a list (a listing or a list body) rather than one object. */
    private static boolean result(java.lang.reflect.Method method) {
        String type = method.getGenericReturnType().getTypeName();
        return type.contains("PagedFlux<") || type.contains("Mono<java.util.List<") || type.endsWith("JsonNode>");
    }

    /** A body with every field the operation's schema requires of a create, so that it is sent. */
    private static Map<String, Object> bodyMeeting(String[] declared) {
        BodyCheck.Rule rule = BodyRules.ALL.get(declared[0] + " " + declared[1] + " "
                + declared[2].replaceAll("\\{[^/}]*}", "{}"));
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("k", 1);
        if (rule != null) {
            rule.required().forEach(name -> body.put(name, 1));
        }
        return body;
    }

    private static List<java.lang.reflect.Method> families() {
        return java.util.Arrays.stream(StoreResources.class.getMethods())
                .filter(m -> m.getParameterCount() == 0 && !m.getName().equals("v2") && !m.getName().equals("v3"))
                .sorted(java.util.Comparator.comparing(java.lang.reflect.Method::getName)).toList();
    }

    private static String fill(String template, List<Object> ids) {
        String path = template;
        for (Object id : ids) {
            path = path.replaceFirst("\\{[^/}]+}", String.valueOf(id));
        }
        return path;
    }
}
