package io.github.bcreactive.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.paging.Page;
import io.github.bcreactive.query.Query;
import io.github.bcreactive.resource.Resource;
import io.github.bcreactive.resource.ResourceSpec;
import io.github.bcreactive.resource.StoreResources;
import io.github.bcreactive.resource.V2Resources;
import io.swagger.v3.oas.models.Operation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Contract tests without Node: every operation the typed resources model (RESOURCES.md) is called through the typed
 * resource against a {@link ContractServer} serving the official specs' examples. Each request must match a spec
 * operation and have no request violation, the example served must be valid against its own spec, and the answer
 * must decode into the resource's model. The operations that cannot pass are named in {@link #EXCEPTIONS}, each with
 * its reason, and the test fails when that list is stale either way. Skips, saying why, when the specs are absent.
 */
@Timeout(300)
class ResourceContractTest {

    /**
     * The operations of the resource table that are not checked, each with its reason: a pattern over the keys the
     * test prints ({@code version METHOD resource-path[/{id}]}). Every failing operation must match one, and every
     * operation one matches must fail (so the list cannot go stale either way).
     */
    static final List<Excepted> EXCEPTIONS = List.of(
            new Excepted("v2 [A-Z]+ /(products|brands|categories|options|option_sets)(/.*)?",
                    "the Python table's v2 catalog: the official management specs have no v2 catalog (v3 replaced "
                            + "it)"),
            new Excepted("v2 [A-Z]+ /hooks(/.*)?", "the Python table's v2 webhooks: the official specs have "
                    + "webhooks on v3 only (webhooks.v3.yml)"),
            new Excepted("v2 GET /(coupons|payments/methods|orders/\\{order_id}/(coupons|messages|taxes))/\\{id}",
                    "the Python table offers getting one item; the official spec (marketing.v2.yml, "
                            + "methods_payments.v2.yml, orders.v2.oas2.yml) has only the listing"),
            new Excepted("v2 GET /shipping/methods(/\\{id})?", "the Python table's /shipping/methods: "
                    + "shipping.v2.yml has methods only under /shipping/zones/{zone_id}/methods"),
            new Excepted("v2 DELETE /(customer_groups|pages)", "deleteAll on a v2 collection the official spec "
                    + "(customers.v2.yml, store_content.v2.yml) cannot delete as a whole"),
            new Excepted("v2 GET /(pages|orders/\\{order_id}/(products|shipping_addresses))/count", "count() calls "
                    + "/count, which store_content.v2.yml and orders.v2.oas2.yml do not declare for this path (it "
                    + "is read as an id)"),
            new Excepted("v3 POST /pricing/products", "its spec, pricing.sf.yml, is outside the management specs "
                    + "by name (*.sf.yml), though it is served under /stores/{store_hash}/v3"),
            new Excepted("v2 (GET|POST|PUT) /currencies(/\\{id})?", "currencies.v2.yml: its examples of one "
                    + "currency are arrays where its schema says an object, and its list schema nests an array in "
                    + "the array, so no valid body can be served"),
            new Excepted("v2 (GET /orders/\\{id}|POST /orders|PUT /orders/\\{id})", "orders.v2.oas2.yml: the "
                    + "order examples give billing_address.form_fields[].value as a string where the schema says "
                    + "an array, and fees as an array where it says an object (with cost_exc_tax, which the fee "
                    + "schema lacks); no body generated from the schema validates either"),
            new Excepted("v2 GET /orders/\\{order_id}/shipping_addresses/\\{id}", "orders.v2.oas2.yml: the "
                    + "shipping address example gives form_fields[].value as a string where the schema says an "
                    + "array"),
            new Excepted("v2 (POST|PUT) /customer_groups(/\\{id})?", "customers.v2.yml: the discount_rules of "
                    + "its example match none of the schema's oneOf alternatives"),
            new Excepted("v3 (POST|PUT) /carts/\\{cart_id}/items(/\\{id})?", "carts.v3.yml: the line item "
                    + "examples match none of the schema's oneOf alternatives (option_selections, gift_wrapping)"),
            new Excepted("v3 PUT /catalog/products \\(batch\\)", "products_catalog.v3.yml: the batch update "
                    + "example sends images[].image_file, which the closed image schema of that request lacks"),
            new Excepted("v3 GET /catalog/products/\\{product_id}/bulk-pricing-rules \\(count\\)", "a client "
                    + "finding: count() sends limit=1, and products_catalog.v3.yml declares no paging parameters "
                    + "for bulk pricing rules"),
            new Excepted("v3 GET /customers/attributes \\(count\\)", "a client finding: count() reads "
                    + "meta.pagination.total, which the spec's answer for this listing does not give (an example "
                    + "without pagination)"),
            new Excepted("v3 (GET|POST|PUT) /customers( \\(batch\\))?", "a model finding: customers.v3.yml's "
                    + "example is invalid against its own schema (segment_ids, shopper_profile_id), and a body "
                    + "generated from the schema, valid against it, does not decode into Customer (an array where "
                    + "the model reads a number)"),
            new Excepted("v3 GET /(catalog/products/\\{product_id}/custom-fields|channels)", "the spec's example "
                    + "is page 2 of its listing (meta.pagination.current_page 2) while the client asks for page 1; the "
                    + "client's paging guarantee (issue 13) ends a listing whose page is not the one it asked for"),
            new Excepted("v3 GET /(channels/\\{channel_id}/listings|sites|sites/\\{site_id}/routes)", "the spec's "
                    + "example has meta.pagination without total_pages (sites' routes spell it total_page), which a "
                    + "page-number listing needs; the client refuses such a page as malformed (issue 13)"),
            new Excepted("v3 (GET /content/(placements|widget-templates|widgets)|POST /content/(placements|widgets))",
                    "widgets.v3.yml: its response examples carry fields its closed schemas lack (storefront_api_query_params, "
                    + "channel_id, client_rerender, ...)"),
            new Excepted("v3 GET /orders/settings", "orders.v3.yml: the example of the global order settings is "
                    + "an array where its schema says an object"),
            new Excepted("v3 GET /(content/regions|marketing/abandoned-cart-emails/settings)", "the walker calls "
                    + "get() with no query, and these settings need a query parameter the spec requires "
                    + "(template_file, channel_id); a caller passes it in the query"),
            new Excepted("v3 POST /checkouts/\\{checkout_id}/orders", "a client finding: checkouts.v3.yml's "
                    + "checkout-to-order takes no body, and create(body) always sends one (the generated table "
                    + "gives this operation a named method)"));

    /** A named exception: the operations it covers and why they are not checked. */
    record Excepted(String pattern, String reason) {

        boolean covers(String key) {
            return key.matches(pattern);
        }
    }

    private static final List<String> CAPABILITIES = List.of("Listable", "Gettable", "Singleton", "Creatable",
            "Updatable", "Deletable", "CollectionDeletable", "Countable", "BatchCreatable", "BatchUpdatable",
            "BatchDeletable");

    private static ExampleApi api;
    private static SpecIndex index;
    private static ContractServer server;
    private static BigCommerceClient client;
    private static final JsonMapper MAPPER = BigCommerceClient.Builder.defaultMapper();

    @BeforeAll
    static void startServer() {
        api = ExampleApi.start().orElse(null);
        if (api != null) {
            index = api.index();
            server = api.server();
            client = api.client();
        }
    }

    @AfterAll
    static void stopServer() {
        if (api != null) {
            api.close();
        }
    }

    @BeforeEach
    void needsSpecs() {
        Assumptions.assumeTrue(index != null, OfficialSpecs.MISSING);
    }

    @Test
    void everyModelledOperationIsValidAgainstTheOfficialSpecs() throws Exception {
        long start = System.nanoTime();
        Map<String, Result> results = new LinkedHashMap<>();
        for (Target target : targets()) {
            for (String capability : target.capabilities) {
                String key = key(target.spec, capability);
                if (!results.containsKey(key)) {
                    results.put(key, call(target, capability));
                }
            }
        }
        System.out.printf("[contract] calls took %d ms%n", (System.nanoTime() - start) / 1_000_000);
        Map<String, String> failed = new TreeMap<>();
        results.forEach((key, result) -> result.problem().ifPresent(problem -> failed.put(key, problem)));
        int checked = results.size() - failed.size();
        Set<SpecOperation> reached = results.values().stream().flatMap(r -> r.exchanges.stream())
                .flatMap(e -> e.operation().stream()).collect(Collectors.toSet());
        System.out.printf("[contract] %d management specs (%d operations) indexed in %d ms; %s on demand%n",
                index.specs().size(), index.operations().size(), index.loadTime().toMillis(), index.parsed());
        System.out.printf("[contract] resources: %d operations modelled, %d checked against the official specs "
                + "(%d spec operations reached of %d), %d exceptions%n", results.size(), checked, reached.size(),
                index.operations().size(), failed.size());
        failed.forEach((key, problem) -> System.out.printf("[contract]   %s: %s%n", key, problem.length() > 600
                ? problem.substring(0, 600) + "..." : problem));
        server.invalidExamples().forEach((key, violations) -> System.out.printf(
                "[contract]   invalid spec example, a generated body served instead: %s: %s%n", key, violations));
        System.out.printf("[contract] overrides: %s%n", SpecOverrides.ALL.stream()
                .map(o -> o.spec() + " " + o.where()).toList());

        List<String> excepted = results.keySet().stream()
                .filter(key -> EXCEPTIONS.stream().anyMatch(e -> e.covers(key))).toList();
        System.out.printf("[contract] exceptions: %d operations, by %d named reasons%n", excepted.size(),
                EXCEPTIONS.size());
        EXCEPTIONS.forEach(e -> System.out.printf("[contract]   %s: %s%n", e.pattern(), e.reason()));
        assertThat(failed.keySet()).as("operations that fail the contract but are not named exceptions")
                .allMatch(key -> EXCEPTIONS.stream().anyMatch(e -> e.covers(key)));
        assertThat(excepted).as("named exceptions that now pass: remove them").allMatch(failed::containsKey);
        assertThat(EXCEPTIONS).as("named exceptions that cover nothing").allMatch(e -> excepted.stream()
                .anyMatch(e::covers));
        assertThat(checked).isEqualTo(results.size() - excepted.size());
    }

    /** What one capability call showed. */
    private record Result(List<Exchange> exchanges, Optional<String> decodeProblem) {

        Optional<String> problem() {
            if (exchanges.isEmpty()) {
                return decodeProblem.or(() -> Optional.of("no request was sent"));
            }
            for (Exchange exchange : exchanges) {
                if (exchange.operation().isEmpty() && !exchange.requestViolations().isEmpty()) {
                    return Optional.of(exchange.requestViolations().toString());
                }
                if (exchange.operation().isEmpty()) {
                    return Optional.of("no management spec declares " + exchange.method() + " " + exchange.uri());
                }
                if (!exchange.requestViolations().isEmpty()) {
                    return Optional.of("request violates " + exchange.operation().get() + ": "
                            + exchange.requestViolations());
                }
                if (!exchange.responseViolations().isEmpty()) {
                    return Optional.of("the spec's " + exchange.responseSource() + " response violates "
                            + exchange.operation().get() + ": " + exchange.responseViolations());
                }
            }
            return decodeProblem;
        }
    }

    private static String key(ResourceSpec<?> spec, String capability) {
        String version = spec.version().segment();
        String path = spec.path();
        return switch (capability) {
            case "Listable" -> version + " GET " + path;
            case "Countable" -> version + " GET " + path + (version.equals("v2") ? "/count" : " (count)");
            case "Gettable" -> version + " GET " + path + "/{id}";
            case "Singleton" -> version + " GET " + path;
            case "Creatable" -> version + " POST " + path;
            case "Updatable" -> version + " PUT " + path + "/{id}";
            case "Deletable" -> version + " DELETE " + path + "/{id}";
            case "CollectionDeletable" -> version + " DELETE " + path;
            case "BatchCreatable" -> version + " POST " + batchPath(spec) + " (batch)";
            case "BatchUpdatable" -> version + " PUT " + batchPath(spec) + " (batch)";
            case "BatchDeletable" -> version + " DELETE " + batchPath(spec) + " (by ids)";
            default -> throw new IllegalArgumentException(capability);
        };
    }

    private static String batchPath(ResourceSpec<?> spec) {
        return spec.batch().map(ResourceSpec.Batch::path).orElse(spec.path());
    }

    /** The spec operation a capability sends, found by its template. */
    private static Optional<SpecOperation> declared(ResourceSpec<?> spec, String capability) {
        String version = spec.version().segment();
        String path = spec.path();
        String item = path + "/{id}";
        return switch (capability) {
            case "Listable", "Singleton" -> index.declared(version, "GET", path);
            case "Countable" -> version.equals("v2") ? index.declared(version, "GET", path + "/count")
                    : index.declared(version, "GET", path);
            case "Gettable" -> index.declared(version, "GET", item);
            case "Creatable" -> index.declared(version, "POST", path);
            case "Updatable" -> index.declared(version, "PUT", item);
            case "Deletable" -> index.declared(version, "DELETE", item);
            case "CollectionDeletable", "BatchDeletable" -> index.declared(version, "DELETE", batchPath(spec));
            case "BatchCreatable" -> index.declared(version, "POST", batchPath(spec));
            case "BatchUpdatable" -> index.declared(version, "PUT", batchPath(spec));
            default -> Optional.empty();
        };
    }

    private Result call(Target target, String capability) {
        Optional<SpecOperation> op = declared(target.spec, capability);
        SpecSamples samples = op.map(o -> new SpecSamples(index.api(o.spec()))).orElse(null);
        Operation declaration = op.map(index::declaration).orElse(null);
        List<String> ids = op.map(o -> List.copyOf(samples.pathValues(declaration, o.path()).values()))
                .orElse(List.of());
        Object id = ids.size() > target.spec.parentCount() ? typed(ids.get(target.spec.parentCount())) : 1;
        Optional<JsonNode> body = op.flatMap(o -> ContractSweep.requestBody(index, o))
                .map(node -> MAPPER.readTree(node.toString()));
        Query required = op.map(o -> Query.of(samples.requiredQuery(declaration))).orElse(Query.empty());
        Resource<?> resource = target.bind(ids);
        server.reset();
        Optional<String> decodeProblem;
        try {
            Object result = invoke(resource, target.standalone(), capability, id, body, required, ids);
            decodeProblem = decoded(target.spec, result);
        } catch (RuntimeException e) {
            decodeProblem = Optional.of("the client failed: " + rootMessage(e));
        }
        return new Result(server.exchanges(), decodeProblem);
    }

    private static Object typed(String id) {
        return id.matches("\\d{1,18}") ? (Object) Long.valueOf(id) : id;
    }

    /** Calls the capability the way a user does, blocking for the result. */
    private static Object invoke(Resource<?> resource, boolean standalone, String capability, Object id,
            Optional<JsonNode> body, Query required, List<String> ids) {
        Object parent = standalone ? typed(ids.isEmpty() ? "1" : ids.get(0)) : null;
        Object payload = body.isPresent() ? body.get() : MAPPER.createObjectNode();
        List<Object> items = new ArrayList<>();
        if (body.isPresent() && body.get().isArray()) {
            body.get().forEach(items::add);
        } else {
            items.add(payload);
        }
        String method = switch (capability) {
            case "Listable" -> "all";
            case "Countable" -> "count";
            case "Gettable", "Singleton" -> "get";
            case "Creatable" -> "create";
            case "Updatable" -> "update";
            case "Deletable" -> "delete";
            case "CollectionDeletable" -> "deleteAll";
            case "BatchCreatable" -> "createAll";
            case "BatchUpdatable" -> "updateAll";
            case "BatchDeletable" -> "deleteByIds";
            default -> throw new IllegalArgumentException(capability);
        };
        List<Object> args = new ArrayList<>();
        if (parent != null && !capability.startsWith("Batch")) {
            args.add(parent);
        }
        switch (capability) {
            case "Gettable", "Deletable" -> args.add(id);
            case "Creatable" -> args.add(payload);
            case "Updatable" -> {
                args.add(id);
                args.add(payload);
            }
            case "CollectionDeletable" -> args.add(required);
            case "BatchCreatable", "BatchUpdatable" -> args.add(items);
            case "BatchDeletable" -> args.add(List.of(id));
            default -> {
            }
        }
        Method target = Arrays.stream(resource.getClass().getMethods())
                .filter(m -> m.getName().equals(method) && m.getParameterCount() == args.size())
                .filter(m -> args.size() == 0 || !(capability.equals("CollectionDeletable"))
                        || m.getParameterTypes()[args.size() - 1] == Query.class)
                .findFirst().orElseThrow(() -> new IllegalStateException("no " + method + " on " + resource));
        try {
            target.setAccessible(true);
            return ((Mono<?>) target.invoke(resource, args.toArray())).block();
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<String> decoded(ResourceSpec<?> spec, Object result) {
        if (result instanceof Page<?> page) {
            return page.items().stream().filter(item -> !spec.model().isInstance(item)).findFirst()
                    .map(item -> "a listed item is not a " + spec.model().getSimpleName());
        }
        if (result != null && !(result instanceof Long) && !spec.model().isInstance(result)
                && !(result instanceof io.github.bcreactive.resource.BatchResult)) {
            return Optional.of("decoded into " + result.getClass().getSimpleName() + ", not "
                    + spec.model().getSimpleName());
        }
        return Optional.empty();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(e.getMessage());
        return e.getClass().getSimpleName() + ": " + (message.length() > 300 ? message.substring(0, 300) : message)
                + (root != e ? " (" + root.getClass().getSimpleName() + ")" : "");
    }

    /** A resource reachable from the client, and how to bind it to parent ids. */
    private static final class Target {
        final ResourceSpec<?> spec;
        final List<String> capabilities = new ArrayList<>();
        final Resource<?> unbound;
        final List<Method> bindings;
        final Object root;

        Target(ResourceSpec<?> spec, Resource<?> unbound, Object root, List<Method> bindings, Class<?> type) {
            this.spec = spec;
            this.unbound = unbound;
            this.root = root;
            this.bindings = bindings;
            for (Class<?> capability : interfaces(type)) {
                String name = capability.getSimpleName().replaceFirst("^Sub", "");
                if (CAPABILITIES.contains(name) && !capabilities.contains(name)) {
                    capabilities.add(name);
                }
            }
            capabilities.sort(Comparator.comparingInt(CAPABILITIES::indexOf));
        }

        /** Whether the resource takes its parent id per call (a standalone sub-resource). */
        boolean standalone() {
            return bindings.isEmpty() && spec.parentCount() > 0;
        }

        Resource<?> bind(List<String> ids) {
            if (bindings.isEmpty()) {
                return unbound;
            }
            try {
                Object current = root;
                for (int i = 0; i < bindings.size(); i++) {
                    current = bindings.get(i).invoke(current, typed(i < ids.size() ? ids.get(i) : "1"));
                }
                return (Resource<?>) current;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static List<Target> targets() throws Exception {
        List<Target> targets = new ArrayList<>();
        List<Method> families = new ArrayList<>(Arrays.asList(StoreResources.class.getMethods()));
        families.removeIf(m -> m.getParameterCount() > 0 || m.getName().equals("v2") || m.getName().equals("v3"));
        families.sort(Comparator.comparing(Method::getName));
        for (Method family : families) {
            Object owner = family.invoke(client);
            walk(owner, owner.getClass().getMethods(), targets);
        }
        walk(client.v2(), V2Resources.class.getMethods(), targets);
        return targets;
    }

    private static void walk(Object owner, Method[] methods, List<Target> targets) throws Exception {
        Method[] sorted = methods.clone();
        Arrays.sort(sorted, Comparator.comparing(Method::getName));
        for (Method method : sorted) {
            if (method.getParameterCount() == 0 && Resource.class.isAssignableFrom(method.getReturnType())
                    && !Modifier.isStatic(method.getModifiers())) {
                method.setAccessible(true);
                Resource<?> resource = (Resource<?>) method.invoke(owner);
                targets.add(new Target(resource.endpoint().spec(), resource, resource, List.of(),
                        method.getReturnType()));
                children(resource, resource, method.getReturnType(), List.of(), targets);
            }
        }
    }

    private static void children(Object root, Resource<?> resource, Class<?> type, List<Method> path,
            List<Target> targets) throws Exception {
        Method[] methods = type.getMethods();
        Arrays.sort(methods, Comparator.comparing(Method::getName));
        for (Method child : methods) {
            if (child.getParameterCount() == 1 && child.getParameterTypes()[0] == Object.class
                    && Resource.class.isAssignableFrom(child.getReturnType())) {
                child.setAccessible(true);
                Resource<?> bound = (Resource<?>) child.invoke(resource, 1);
                List<Method> bindings = new ArrayList<>(path);
                bindings.add(child);
                targets.add(new Target(bound.endpoint().spec(), bound, root, bindings, child.getReturnType()));
                children(root, bound, child.getReturnType(), bindings, targets);
            }
        }
    }

    private static Set<Class<?>> interfaces(Class<?> type) {
        Set<Class<?>> all = new HashSet<>();
        List<Class<?>> todo = new ArrayList<>(List.of(type));
        while (!todo.isEmpty()) {
            Class<?> next = todo.remove(0);
            if (all.add(next)) {
                todo.addAll(Arrays.asList(next.getInterfaces()));
            }
        }
        return all;
    }
}
