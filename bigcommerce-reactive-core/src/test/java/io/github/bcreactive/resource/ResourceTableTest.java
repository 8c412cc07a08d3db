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

import io.github.bcreactive.BigCommerceClient;
import org.junit.jupiter.api.Test;

/**
 * Generates the resource table (RESOURCES.md) from the declarations, by walking every family and the v2 table, and
 * checks the file is up to date; a missing file fails too, so the check never compares the table with itself. Run
 * with {@code -Dresources.write=true} to write it.
 */
class ResourceTableTest {

    private static final Path FILE = Path.of("RESOURCES.md");
    private static final List<String> CAPABILITIES = List.of("Listable", "Gettable", "Singleton", "Creatable",
            "Updatable", "Deletable", "CollectionDeletable", "Countable", "BatchCreatable", "BatchUpdatable",
            "BatchDeletable");

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
    void theV2TableHasEveryResourceOfThePythonClient() throws Exception {
        List<String> v2 = rows().stream().filter(row -> row.family.equals("v2()")).map(row -> row.spec.path())
                .toList();
        assertThat(v2).contains("/banners", "/blog/posts", "/brands", "/categories", "/countries",
                "/countries/{country_id}/states", "/coupons", "/currencies", "/customer_groups", "/customers",
                "/customers/{customer_id}/addresses", "/gift_certificates", "/option_sets",
                "/option_sets/{option_set_id}/options", "/options", "/options/{option_id}/values",
                "/order_statuses", "/orders", "/orders/{order_id}/coupons", "/orders/{order_id}/products",
                "/orders/{order_id}/shipments", "/orders/{order_id}/shipping_addresses",
                "/orders/{order_id}/messages", "/orders/{order_id}/taxes", "/pages", "/payments/methods",
                "/products", "/products/{product_id}/configurable_fields", "/products/{product_id}/custom_fields",
                "/products/{product_id}/discount_rules", "/products/{product_id}/images",
                "/products/{product_id}/options", "/products/{product_id}/reviews", "/products/{product_id}/rules",
                "/products/{product_id}/skus", "/products/{product_id}/videos",
                "/products/{product_id}/googleproductsearch", "/redirects", "/shipping/methods", "/store",
                "/tax_classes", "/time", "/hooks");
    }

    String markdown() throws Exception {
        StringBuilder out = new StringBuilder();
        out.append("# Resources\n\n")
                .append("Generated from the declarations by `ResourceTableTest` (run it with ")
                .append("`-Dresources.write=true` to refresh). Sub-resources are reachable standalone, parent id ")
                .append("first, and from their parent; the capabilities are those of the resource's type, so an ")
                .append("operation not listed does not compile. Batch limits are chunk size x concurrent calls.\n");
        String family = null;
        for (Row row : rows()) {
            if (!row.family.equals(family)) {
                family = row.family;
                out.append("\n## `client.").append(family).append("`\n\n")
                        .append("| Access | Path | Version | Capabilities | Model | Paging | Batch |\n")
                        .append("|---|---|---|---|---|---|---|\n");
            }
            out.append("| ").append(String.join("<br>", row.access.stream().map(a -> "`" + a + "`").toList()))
                    .append(" | `").append(row.spec.path()).append("` | ").append(row.spec.version().segment())
                    .append(" | ").append(String.join(", ", row.capabilities)).append(" | ")
                    .append(row.spec.model().getSimpleName()).append(" | ")
                    .append(row.capabilities.contains("Listable")
                            ? row.spec.paging().name().toLowerCase().replace('_', ' ') : "").append(" | ")
                    .append(row.spec.batch().map(b -> b.chunkSize() + " x " + b.concurrency()
                            + (b.path().equals(row.spec.path()) ? "" : " on `" + b.path() + "`")).orElse(""))
                    .append(" |\n");
        }
        return out.toString();
    }

    List<Row> rows() throws Exception {
        Map<String, Row> rows = new LinkedHashMap<>();
        List<Method> families = new ArrayList<>(Arrays.asList(StoreResources.class.getMethods()));
        families.removeIf(m -> m.getParameterCount() > 0 || m.getName().equals("v2") || m.getName().equals("v3"));
        families.sort(Comparator.comparing(Method::getName));
        for (Method familyMethod : families) {
            Object familyObject = familyMethod.invoke(client);
            walkFamily(familyMethod.getName() + "()", familyObject, familyObject.getClass().getMethods(), rows);
        }
        walkFamily("v2()", client.v2(), V2Resources.class.getMethods(), rows);
        return new ArrayList<>(rows.values());
    }

    private void walkFamily(String family, Object owner, Method[] methods, Map<String, Row> rows) throws Exception {
        Method[] sorted = methods.clone();
        Arrays.sort(sorted, Comparator.comparing(Method::getName));
        for (Method method : sorted) {
            if (method.getParameterCount() == 0 && Resource.class.isAssignableFrom(method.getReturnType())
                    && !Modifier.isStatic(method.getModifiers())) {
                Resource<?> resource = (Resource<?>) method.invoke(owner);
                add(rows, family, family + "." + method.getName() + "()", resource, method.getReturnType(), 0);
            }
        }
    }

    private void add(Map<String, Row> rows, String family, String access, Resource<?> resource, Class<?> type,
            int depth) throws Exception {
        ResourceSpec<?> spec = resource.endpoint().spec();
        Row row = rows.computeIfAbsent(family + " " + spec.version() + spec.path(),
                key -> new Row(family, spec, spec.parentCount()));
        row.access.add(access);
        for (Class<?> capability : allInterfaces(type)) {
            String name = capability.getSimpleName().replaceFirst("^Sub", "");
            if (CAPABILITIES.contains(name)) {
                row.capabilities.add(name);
            }
        }
        Method[] children = type.getMethods();
        Arrays.sort(children, Comparator.comparing(Method::getName));
        for (Method child : children) {
            if (child.getParameterCount() == 1 && child.getParameterTypes()[0] == Object.class
                    && Resource.class.isAssignableFrom(child.getReturnType())) {
                Resource<?> bound = (Resource<?>) child.invoke(resource, 1);
                add(rows, family, access.replaceAll("\\(\\)$", "()") + "." + child.getName() + "(id)", bound,
                        child.getReturnType(), depth + 1);
            }
        }
    }

    private static Set<Class<?>> allInterfaces(Class<?> type) {
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
        final Set<String> capabilities = new TreeSet<>(Comparator.comparingInt(CAPABILITIES::indexOf));

        Row(String family, ResourceSpec<?> spec, int depth) {
            this.family = family;
            this.spec = spec;
            this.depth = depth;
        }
    }
}
