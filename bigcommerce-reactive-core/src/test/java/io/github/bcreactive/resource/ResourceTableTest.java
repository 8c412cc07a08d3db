package io.github.bcreactive.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.github.bcreactive.paging.PagingStyle;
import io.github.bcreactive.BigCommerceClient;
import org.junit.jupiter.api.Test;

/**
 * Generates RESOURCES.md, one row per operation of the generated operation table ({@link Operations}), with the typed
 * call that reaches it found by walking every family and the v2 table, and checks the file is up to date (run with
 * {@code -Dresources.write=true} to rewrite it; a missing file fails, so the check never compares the table
 * with itself). Also holds the typed resources to the table: their paging style,
 * their batch limits and their deprecations.
 */
class ResourceTableTest {

    private static final Path FILE = Path.of("RESOURCES.md");
    static final List<String> CAPABILITIES = List.of("Listable", "Gettable", "Singleton", "Creatable",
            "Updatable", "Deletable", "CollectionDeletable", "Countable", "BatchCreatable", "BatchUpdatable",
            "BatchDeletable", "UpdatableSingleton");

    private final BigCommerceClient client = BigCommerceClient.builder().storeHash("abc123").accessToken("t").build();

    @Test
    void theTableIsGeneratedFromTheDeclarationsAndUpToDate() throws Exception {
        String table = markdown();
        if (Boolean.getBoolean("resources.write")) {
            Files.writeString(FILE, table, StandardCharsets.UTF_8);
        }
        assertThat(FILE).as(FILE.toAbsolutePath() + " is missing: rerun with -Dresources.write=true").exists();
        assertThat(Files.readString(FILE, StandardCharsets.UTF_8))
                .as("RESOURCES.md is stale: rerun with -Dresources.write=true").isEqualTo(table);
    }

    /** The typed operations the specs lack, as the last {@link #markdown()} found them. */
    private List<String> notInSpec;

    /** The ways to reach each operation, as the last {@link #markdown()} found them. */
    private Map<String, List<String>> reached;

    @Test
    void everyOperationIsTypedAndNoGeneratedMethodRepeatsAHandWrittenOne() throws Exception {
        markdown();
        List<String> untyped = Operations.all().stream().filter(op -> !reached.containsKey(key(op)))
                .map(op -> op.version() + " " + op.method() + " " + op.path()).toList();
        assertThat(untyped).as("operations no typed method reaches").isEmpty();
        Map<String, String> named = named();
        List<String> twice = reached.entrySet().stream()
                .filter(entry -> named.containsKey(entry.getKey()) && entry.getValue().size() > 1)
                .map(entry -> entry.getKey() + " " + entry.getValue()).toList();
        assertThat(twice).as("generated named methods beside a declared way").isEmpty();
    }

    @Test
    void everyBatchResourceDeclaresItsLimitsAndEveryPathTakesItsParents() throws Exception {
        for (Row row : rows()) {
            if (row.capabilities.stream().anyMatch(c -> c.startsWith("Batch"))) {
                assertThat(row.spec.batch()).as(row.spec.path()).isPresent();
            }
            assertThat(row.spec.parentCount()).as(row.spec.path()).isEqualTo(row.depth);
        }
    }

    @Test
    void everyTypedListingPagesAsTheSpecDeclares() throws Exception {
        List<String> disagreements = new ArrayList<>();
        for (Row row : rows()) {
            Operation list = known().get(row.spec.version() + " GET " + normal(row.spec.path()));
            if (row.capabilities.contains("Listable") && list != null && list.paging() != row.spec.paging()) {
                disagreements.add(row.access.get(0) + " declares " + row.spec.paging() + ", the spec "
                        + list.paging());
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void everyTypedBatchKeepsToTheLimitsTheSpecsState() throws Exception {
        List<String> disagreements = new ArrayList<>();
        for (Row row : rows()) {
            if (row.spec.batch().isEmpty()) {
                continue;
            }
            ResourceSpec.Batch batch = row.spec.batch().get();
            for (String method : List.of("POST", "PUT")) {
                Operation op = known().get(row.spec.version() + " " + method + " " + normal(batch.path()));
                if (op == null) {
                    continue;
                }
                Operation.Limits stated = op.limits();
                if (stated.batchSize() > 0 && batch.chunkSize() > stated.batchSize()
                        || stated.concurrency() > 0 && batch.concurrency() > stated.concurrency()) {
                    disagreements.add(row.access.get(0) + " sends " + batch.chunkSize() + " x " + batch.concurrency()
                            + ", " + method + " " + batch.path() + " allows " + stated);
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void aResourceWhoseOperationsAreAllDeprecatedIsDeprecatedAndNamesItsReplacement() throws Exception {
        for (Row row : rows()) {
            List<Operation> reached = new ArrayList<>();
            for (String capability : row.capabilities) {
                String[] call = CALLS.get(capability);
                Operation op = known().get(row.spec.version() + " " + call[0] + " " + normal(row.spec.path() + call[1]));
                if (op != null) {
                    reached.add(op);
                }
            }
            boolean deprecated = !reached.isEmpty() && reached.stream().allMatch(Operation::deprecated);
            for (int i = 0; i < row.accessors.size(); i++) {
                assertThat(row.accessors.get(i).isAnnotationPresent(Deprecated.class)).as(row.access.get(i))
                        .isEqualTo(deprecated);
            }
        }
    }

    @Test
    void theV2TableAliasesTheFamiliesDeclarationsAndHasEveryPythonResourceTheSpecsHave() throws Exception {
        List<Row> rows = rows();
        Set<ResourceSpec<?>> families = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        rows.stream().filter(row -> !row.family.equals("v2()")).forEach(row -> families.add(row.spec));
        List<Row> v2 = rows.stream().filter(row -> row.family.equals("v2()")).toList();
        assertThat(v2).allSatisfy(row -> assertThat(families).as(row.access.get(0)).contains(row.spec));
        for (Method alias : V2Resources.class.getMethods()) {
            if (Resource.class.isAssignableFrom(alias.getReturnType())) {
                assertThat(alias.isDefault()).as(alias.getName()).isTrue();
                assertThat(alias.getReturnType().getEnclosingClass()).as(alias.getName() + ": a type of the v2 table's own")
                        .isNotEqualTo(V2Resources.class);
            }
        }
        assertThat(v2.stream().map(row -> row.spec.path()).toList()).containsExactlyInAnyOrder("/banners",
                "/blog/posts", "/countries", "/countries/{country_id}/states", "/coupons", "/currencies",
                "/customer_groups", "/customers", "/customers/{customer_id}/addresses", "/gift_certificates",
                "/order_statuses", "/orders", "/orders/{order_id}/coupons", "/orders/{order_id}/products",
                "/orders/{order_id}/shipments", "/orders/{order_id}/shipping_addresses",
                "/orders/{order_id}/messages", "/orders/{order_id}/taxes", "/pages", "/payments/methods",
                "/redirects", "/store", "/tax_classes", "/time");
    }

    @Test
    void noTypedResourceDeclaresAnOperationTheSpecsLack() throws Exception {
        markdown();
        // the price request is specified in pricing.sf.yml, which the management table (tools/codegen) leaves out
        assertThat(notInSpec).as("typed operations the official specs do not have")
                .containsExactly("| `POST v3/pricing/products` | `pricing().products().create(body)` |");
    }

    /**
     * The typed Java calls that reach each operation, as RESOURCES.md lists them: the mapping the contract sweep
     * ({@code OperationContractTest}) calls through.
     *
     * @return key ({@code V3 GET /catalog/brands/{}}) to the calls, e.g. {@code catalog().brands().get(id)}
     */
    Map<String, List<String>> ways() throws Exception {
        markdown();
        Map<String, List<String>> ways = new LinkedHashMap<>();
        reached.forEach((key, calls) -> ways.put(key, calls.stream().map(call -> call.replace("`", "")).toList()));
        return ways;
    }

    /** The key of an operation in {@link #ways()}. */
    static String wayKey(Operation op) {
        return key(op);
    }

    /** What each capability calls: method, and whether on the item ({@code /{id}}) or the collection. */
    static final Map<String, String[]> CALLS = Map.ofEntries(
            Map.entry("Listable", new String[] {"GET", "", "iterAll(query)"}),
            Map.entry("Gettable", new String[] {"GET", "/{}", "get(id)"}),
            Map.entry("Singleton", new String[] {"GET", "", "get()"}),
            Map.entry("Creatable", new String[] {"POST", "", "create(body)"}),
            Map.entry("Updatable", new String[] {"PUT", "/{}", "update(id, changes)"}),
            Map.entry("Deletable", new String[] {"DELETE", "/{}", "delete(id)"}),
            Map.entry("CollectionDeletable", new String[] {"DELETE", "", "deleteAll(query)"}),
            Map.entry("Countable", new String[] {"GET", "/count", "count()"}),
            Map.entry("BatchCreatable", new String[] {"POST", "", "createAll(items)"}),
            Map.entry("BatchUpdatable", new String[] {"PUT", "", "updateAll(items)"}),
            Map.entry("BatchDeletable", new String[] {"DELETE", "", "deleteByIds(ids)"}),
            Map.entry("UpdatableSingleton", new String[] {"PUT", "", "update(changes)"}));

    /** The family methods that are not capabilities, with the operation each calls. */
    private static final Map<String, String> NAMED = Map.of(
            "V3 PUT /inventory/adjustments/absolute", "inventory().adjustAbsolute(adjustment)",
            "V3 POST /inventory/adjustments/relative", "inventory().adjustRelative(adjustment)",
            "V3 POST /storefront/api-token", "storefrontTokens().createStorefrontToken(options)",
            "V3 POST /storefront/api-token-private", "storefrontTokens().createPrivateToken(options)",
            "V3 POST /storefront/api-token-customer-impersonation",
            "storefrontTokens().createCustomerImpersonationToken(options)",
            "V3 DELETE /storefront/api-token", "storefrontTokens().revoke(token)");

    String markdown() throws Exception {
        Map<String, List<String>> reached = new LinkedHashMap<>();
        Map<String, String> models = new LinkedHashMap<>();
        List<String> notInSpec = new ArrayList<>();
        this.notInSpec = notInSpec;
        for (Row row : rows()) {
            for (String capability : row.capabilities) {
                String[] call = CALLS.get(capability);
                boolean batch = capability.startsWith("Batch") && !capability.equals("BatchDeletable");
                String path = batch ? row.spec.batch().orElseThrow().path() : row.spec.path();
                if (capability.equals("Countable") && row.spec.version() == io.github.bcreactive.api.ApiVersion.V3) {
                    // a v3 count is the listing asked for one item, reading meta.pagination.total
                    call = new String[] {"GET", "", "count(query)"};
                }
                String key = row.spec.version() + " " + call[0] + " " + normal(path + (batch ? "" : call[1]));
                String java = "`" + row.accessTo(capability) + "." + call[2] + "`";
                if (known().containsKey(key)) {
                    List<String> ways = reached.computeIfAbsent(key, k -> new ArrayList<>());
                    if (!ways.contains(java)) {
                        ways.add(java);
                    }
                    models.putIfAbsent(key, row.spec.model().getSimpleName());
                } else {
                    notInSpec.add("| `" + call[0] + " " + row.spec.version().segment() + path + call[1].replace("{}", "{id}") + "` | "
                            + java + " |");
                }
            }
        }
        NAMED.forEach((key, java) -> reached.put(normalKey(key), new ArrayList<>(List.of("`" + java + "`"))));
        named().forEach((key, java) -> reached.computeIfAbsent(key, k -> new ArrayList<>()).add("`" + java + "`"));
        // a named method decodes into what it declares
        reached.forEach((key, ways) -> models.computeIfAbsent(key, k -> declaredModel(ways.get(0).replace("`", ""))));
        this.reached = reached;
        long covered = Operations.all().stream().filter(op -> reached.containsKey(key(op))).count();
        StringBuilder out = new StringBuilder();
        out.append("# Resources\n\n")
                .append("Generated by `ResourceTableTest` (run it with `-Dresources.write=true` to refresh) from the ")
                .append("operation table the generator reads from the official specs (`Operations`, see ")
                .append("[tools/codegen](../tools/codegen/README.md)) and from the typed resources. Every operation of ")
                .append("the v2 and v3 management specs has a row: the Java call that reaches it (a resource ")
                .append("the declaration table declares, an accessor typed by a shared bundle, or a method ")
                .append("named after the operation), the model it decodes to, the spec's request and response ")
                .append("schemas (a v3 `data` ")
                .append("envelope looked through, `[]` for an array), and its paging style as the spec declares it. ")
                .append("Sub-resources are reachable standalone, parent id first, and from their parent; only the ")
                .append("first way is shown.\n\n")
                .append("**Covered: ").append(covered).append(" of ").append(Operations.all().size())
                .append(" operations.**\n");
        String family = null;
        for (Operation op : Operations.all()) {
            String owner = op.specFile();
            String opFamily = familyOf(op);
            if (!opFamily.equals(family)) {
                family = opFamily;
                out.append("\n## ").append(family).append("\n\n")
                        .append("| Operation | Java | Typed model | Spec request | Spec response | Paging | Limits ")
                        .append("| Spec |\n|---|---|---|---|---|---|---|---|\n");
            }
            List<String> ways = reached.getOrDefault(key(op), List.of());
            out.append("| `").append(op.method().name()).append(' ').append(op.version().segment())
                    .append(op.path()).append("`").append(op.deprecated() ? " (deprecated)" : "").append(" | ")
                    .append(ways.isEmpty() ? "not yet typed" : String.join("<br>", ways)).append(" | ")
                    .append(models.getOrDefault(key(op), ways.isEmpty() ? "" : "JsonNode")).append(" | ")
                    .append(op.request().isEmpty() ? "" : "`" + op.request() + "`").append(" | ")
                    .append(op.response().isEmpty() ? "" : "`" + op.response() + "`").append(" | ")
                    .append(op.paging() == PagingStyle.NONE ? "" : op.paging().name().toLowerCase().replace('_', ' '))
                    .append(" | ").append(limits(op.limits())).append(" | ").append(owner).append(" |\n");
        }
        out.append("\nThe Python client's v2 table (`client.v2()`) is aliases onto these declarations; the operations ")
                .append("it offered that the official specs lack are listed in the [README](../README.md).\n");
        return out.toString();
    }

    /** The type a call chain such as {@code payments().createPaymentAccessToken(body)} declares it answers. */
    private static String declaredModel(String chain) {
        Class<?> type = io.github.bcreactive.BigCommerceClient.class;
        Method method = null;
        java.util.regex.Matcher call = TypedAccess.CALL.matcher(chain);
        while (call.find()) {
            String name = call.group(1);
            List<String> arguments = call.group(2).isBlank() ? List.of() : List.of(call.group(2).split(",\\s*"));
            // not a bridge: getMethods() lists them in no fixed order, with their erased return types
            List<Method> matching = Arrays.stream(type.getMethods())
                    .filter(m -> m.getName().equals(name) && !m.isBridge() && takes(m, arguments)).toList();
            if (matching.stream().map(Method::getGenericReturnType).distinct().count() != 1) {
                throw new IllegalStateException(matching.size() + " methods " + name + " answer " + chain);
            }
            method = matching.get(0);
            type = method.getReturnType();
        }
        Class<?> model = TypedAccess.declared(method);
        return model == Object.class ? "JsonNode" : model.getSimpleName();
    }

    /** Whether a method's parameters are what a call's placeholders name: a file, a query, anything else. */
    private static boolean takes(Method method, List<String> placeholders) {
        Class<?>[] types = method.getParameterTypes();
        if (types.length != placeholders.size()) {
            return false;
        }
        for (int i = 0; i < types.length; i++) {
            boolean file = types[i] == io.github.bcreactive.http.FileUpload.class;
            boolean query = types[i] == io.github.bcreactive.query.Query.class;
            if (file != placeholders.get(i).equals("file") || query != placeholders.get(i).equals("query")) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Operation> known;

    private static Map<String, Operation> known() {
        if (known == null) {
            Map<String, Operation> map = new LinkedHashMap<>();
            Operations.all().forEach(op -> map.put(key(op), op));
            known = map;
        }
        return known;
    }

    private static String key(Operation op) {
        return op.version() + " " + op.method().name() + " " + normal(op.path());
    }

    private static String normalKey(String key) {
        int slash = key.indexOf('/');
        return key.substring(0, slash) + normal(key.substring(slash));
    }

    private static String normal(String path) {
        return path.replaceAll("\\{[^/}]*}", "{}");
    }

    private static String limits(Operation.Limits limits) {
        return (limits.batchSize() > 0 ? limits.batchSize() + " per call" : "")
                + (limits.batchSize() > 0 && limits.concurrency() > 0 ? ", " : "")
                + (limits.concurrency() > 0 ? limits.concurrency() + " at once" : "");
    }

    private static String familyOf(Operation op) {
        String file = op.specFile();
        return file.contains("/") ? file.substring(0, file.indexOf('/')) : file.substring(0, file.indexOf('.'));
    }

    List<Row> rows() throws Exception {
        Map<String, Row> rows = new LinkedHashMap<>();
        List<Method> families = new ArrayList<>(Arrays.asList(StoreResources.class.getMethods()));
        families.removeIf(m -> m.getParameterCount() > 0 || m.getName().equals("v2") || m.getName().equals("v3"));
        families.sort(Comparator.comparing(Method::getName));
        for (Method familyMethod : families) {
            Object familyObject = familyMethod.invoke(client);
            if (familyObject instanceof Resource<?> itself) {
                add(rows, familyMethod.getName() + "()", familyMethod.getName() + "()", familyMethod, itself,
                        familyObject.getClass(), 0);
            }
            walkFamily(familyMethod.getName() + "()", familyObject, familyObject.getClass().getMethods(), rows);
        }
        walkFamily("v2()", client.v2(), V2Resources.class.getMethods(), rows);
        return new ArrayList<>(rows.values());
    }

    private void walkFamily(String family, Object owner, Method[] methods, Map<String, Row> rows) throws Exception {
        Method[] sorted = methods.clone();
        // the way from the parent (more ids) before the standalone one, so that the first way reads as a call
        Arrays.sort(sorted, Comparator.comparing(Method::getName)
                .thenComparing(Comparator.comparingInt(Method::getParameterCount).reversed()));
        for (Method method : sorted) {
            boolean typedIds = Arrays.stream(method.getParameterTypes())
                    .allMatch(type -> type == long.class || type == String.class);
            if (typedIds && Resource.class.isAssignableFrom(method.getReturnType())
                    && !Modifier.isStatic(method.getModifiers())) {
                Object[] ids = Arrays.stream(method.getParameterTypes()).map(type -> type == long.class ? 1L : "1")
                        .toArray();
                Resource<?> resource = (Resource<?>) method.invoke(owner, ids);
                String params = String.join(", ", java.util.Collections.nCopies(ids.length, "id"));
                add(rows, family, family + "." + method.getName() + "(" + params + ")", method, resource,
                        method.getReturnType(), ids.length);
            }
        }
    }

    /** The generated named methods of every family ({@link Reaches}), by the operation each sends. */
    static Map<String, String> named() {
        Map<String, String> named = new LinkedHashMap<>();
        List<Method> families = new ArrayList<>(Arrays.asList(StoreResources.class.getMethods()));
        families.removeIf(m -> m.getParameterCount() > 0 || m.getName().equals("v2") || m.getName().equals("v3"));
        families.sort(Comparator.comparing(Method::getName));
        for (Method family : families) {
            Method[] methods = family.getReturnType().getMethods();
            // getMethods() has no fixed order: by name, then by signature
            Arrays.sort(methods, Comparator.comparing(Method::getName).thenComparing(Method::toGenericString));
            for (Method method : methods) {
                Reaches reaches = method.isBridge() ? null : method.getAnnotation(Reaches.class);
                if (reaches != null) {
                    String params = String.join(", ", Arrays.stream(method.getParameterTypes())
                            .map(type -> type == Object.class ? "body" : type == io.github.bcreactive.query.Query.class
                                    ? "query" : type == io.github.bcreactive.http.FileUpload.class ? "file" : "id")
                            .toList());
                    named.put(normalKey(reaches.value()),
                            family.getName() + "()." + method.getName() + "(" + params + ")");
                }
            }
        }
        return named;
    }

    private void add(Map<String, Row> rows, String family, String access, Method accessor, Resource<?> resource,
            Class<?> type, int depth) throws Exception {
        ResourceSpec<?> spec = resource.endpoint().spec();
        Row row = rows.computeIfAbsent(family + " " + spec.version() + spec.path(),
                key -> new Row(family, spec, spec.parentCount()));
        row.access.add(access);
        row.accessors.add(accessor);
        Set<String> own = new java.util.HashSet<>();
        for (Class<?> capability : allInterfaces(type)) {
            String name = capability.getSimpleName().replaceFirst("^Sub", "");
            if (CAPABILITIES.contains(name)) {
                own.add(name);
            }
        }
        row.capabilities.addAll(own);
        row.capabilitiesByAccess.add(own);
    }

    static Set<Class<?>> allInterfaces(Class<?> type) {
        Set<Class<?>> all = new java.util.HashSet<>();
        List<Class<?>> todo = new ArrayList<>(List.of(type));
        while (!todo.isEmpty()) {
            Class<?> next = todo.remove(0);
            if (all.add(next)) {
                todo.addAll(Arrays.asList(next.getInterfaces()));
            }
        }
        return all;
    }

    /** One resource: a declaration and the ways to reach it. */
    static final class Row {
        final String family;
        final ResourceSpec<?> spec;
        final int depth;
        final List<String> access = new ArrayList<>();
        final List<Method> accessors = new ArrayList<>();
        final Set<String> capabilities = new TreeSet<>(Comparator.comparingInt(CAPABILITIES::indexOf));
        final List<Set<String>> capabilitiesByAccess = new ArrayList<>();

        Row(String family, ResourceSpec<?> spec, int depth) {
            this.family = family;
            this.spec = spec;
            this.depth = depth;
        }

        /**
         * The first way to the resource that has the capability: the standalone way and the way from the parent may
         * offer different ones (a batch update only standalone).
         */
        String accessTo(String capability) {
            for (int i = 0; i < access.size(); i++) {
                if (capabilitiesByAccess.get(i).contains(capability)) {
                    return access.get(i);
                }
            }
            return access.get(0);
        }
    }
}
