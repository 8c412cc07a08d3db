package io.github.bcreactive.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.error.DecodeException;
import io.github.bcreactive.paging.Page;
import io.github.bcreactive.paging.PagedFlux;
import io.github.bcreactive.query.Query;
import io.github.bcreactive.resource.StoreResources;
import io.swagger.v3.oas.models.Operation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every response decodes into the generated models: each generated named method ({@code client.catalog()
 * .getProductsCategoryAssignments(query)}, ...) is called against a {@link ContractServer} serving the official
 * specs' examples, with the spec's sample ids, required query and request body, and its answer must decode into the
 * method's model. The few that cannot are named in {@link #EXCEPTIONS} with their reason, and the list fails when it
 * goes stale either way. Skips, saying why, when the specs are absent.
 */
@Timeout(300)
class GeneratedModelsContractTest {

    /** The operations whose example answer does not decode, each with its reason (a pattern over the keys). */
    static final List<ResourceContractTest.Excepted> EXCEPTIONS = List.of(
            new ResourceContractTest.Excepted("V3 GET /shipping/products/customs-information", "shipping.v3.yml: "
                    + "the example's meta.pagination has no current_page or total_pages, which a page-number "
                    + "listing needs (the items themselves decode; the pager refuses the page as malformed)"));

    private static final JsonMapper MAPPER = BigCommerceClient.Builder.defaultMapper();

    private static ExampleApi api;

    @BeforeAll
    static void startServer() {
        api = ExampleApi.start().orElse(null);
    }

    @AfterAll
    static void stopServer() {
        if (api != null) {
            api.close();
        }
    }

    @Test
    void everyGeneratedMethodsAnswerDecodesIntoItsModel() throws Exception {
        Assumptions.assumeTrue(api != null, OfficialSpecs.MISSING);
        Map<String, String> undecoded = new TreeMap<>();
        Map<String, String> unanswered = new TreeMap<>();
        int decoded = 0;
        for (Method family : families()) {
            Object owner = family.invoke(api.client());
            Method[] methods = family.getReturnType().getMethods();
            Arrays.sort(methods, Comparator.comparing(Method::getName));
            for (Method method : methods) {
                Optional<String> reaches = reaches(method);
                if (reaches.isEmpty() || Modifier.isStatic(method.getModifiers())) {
                    continue;
                }
                String[] declared = reaches.get().split(" ", 3);
                Optional<SpecOperation> op = api.index().declared(declared[0].toLowerCase(java.util.Locale.ROOT),
                        declared[1], declared[2]);
                if (op.isEmpty()) {
                    unanswered.put(reaches.get(), "no spec operation");
                    continue;
                }
                api.server().reset();
                try {
                    call(owner, method, op.get());
                    decoded++;
                } catch (DecodeException e) {
                    undecoded.put(reaches.get(), e.getMessage());
                } catch (RuntimeException e) {
                    unanswered.put(reaches.get(), e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
        }
        System.out.printf("[models] generated methods: %d answers decoded into their models, %d did not decode, "
                + "%d got no answer to decode%n", decoded, undecoded.size(), unanswered.size());
        undecoded.forEach((key, why) -> System.out.printf("[models]   does not decode: %s: %s%n", key, cut(why)));
        unanswered.forEach((key, why) -> System.out.printf("[models]   no answer: %s: %s%n", key, cut(why)));
        assertThat(undecoded.keySet()).as("answers that do not decode into their generated model")
                .allMatch(key -> EXCEPTIONS.stream().anyMatch(e -> e.covers(key)));
        assertThat(EXCEPTIONS).as("named exceptions that cover nothing")
                .allMatch(e -> undecoded.keySet().stream().anyMatch(e::covers));
        assertThat(decoded).isGreaterThan(150);
    }

    private static void call(Object owner, Method method, SpecOperation op) throws Exception {
        SpecSamples samples = new SpecSamples(api.index().api(op.spec()));
        Operation declaration = api.index().declaration(op);
        List<String> ids = new ArrayList<>(samples.pathValues(declaration, op.path()).values());
        Object body = ContractSweep.requestBody(api.index(), op).map(node -> MAPPER.readTree(node.toString()))
                .map(node -> (Object) node).orElse(Map.of());
        Class<?>[] types = method.getParameterTypes();
        Object[] args = new Object[types.length];
        int next = 0;
        for (int i = 0; i < types.length; i++) {
            if (types[i] == long.class) {
                String id = next < ids.size() ? ids.get(next++) : "1";
                args[i] = id.matches("\\d{1,18}") ? Long.parseLong(id) : 1L;
            } else if (types[i] == String.class) {
                args[i] = next < ids.size() ? ids.get(next++) : "1";
            } else if (types[i] == Query.class) {
                args[i] = Query.of(samples.requiredQuery(declaration));
            } else {
                args[i] = body;
            }
        }
        Object result;
        try {
            result = method.invoke(owner, args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
        if (result instanceof PagedFlux<?> listing) {
            listing.byPage().take(1).flatMapIterable(Page::items).collectList().block();
        } else {
            ((Mono<?>) result).block();
        }
    }

    private static Optional<String> reaches(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            if (annotation.annotationType().getSimpleName().equals("Reaches")) {
                String text = annotation.toString();
                return Optional.of(text.substring(text.indexOf('"') + 1, text.lastIndexOf('"')));
            }
        }
        return Optional.empty();
    }

    private static List<Method> families() {
        return Arrays.stream(StoreResources.class.getMethods())
                .filter(m -> m.getParameterCount() == 0 && !m.getName().equals("v2") && !m.getName().equals("v3"))
                .sorted(Comparator.comparing(Method::getName)).toList();
    }

    private static String cut(String text) {
        return text == null || text.length() <= 400 ? text : text.substring(0, 400) + "...";
    }
}
