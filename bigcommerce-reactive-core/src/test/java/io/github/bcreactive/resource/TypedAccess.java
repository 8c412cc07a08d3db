package io.github.bcreactive.resource;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.paging.Page;
import io.github.bcreactive.paging.PagedFlux;
import io.github.bcreactive.http.FileUpload;
import io.github.bcreactive.query.Query;
import io.github.bcreactive.storefront.StorefrontToken;
import io.github.bcreactive.storefront.TokenOptions;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls an operation through its typed Java access path, as the resource table maps it ({@link ResourceTableTest},
 * RESOURCES.md): a call chain such as {@code catalog().products().variants(id).get(id)} is parsed and invoked by
 * reflection on any client, each parameter filled by its type (path ids in order, the query, the request body
 * converted to the parameter's type). Nothing is listed by hand, so the sweep follows the families as they change.
 *
 * <pre>{@code
 * for (Map.Entry<Operation, List<String>> entry : TypedAccess.paths().entrySet()) {
 *     for (String java : entry.getValue()) {
 *         TypedAccess.Invocation call = TypedAccess.invoke(client, java, new TypedAccess.Arguments(ids, query, body));
 *         Object answer = call.await(Duration.ofSeconds(30));
 *         TypedAccess.decodeProblem(answer, call.model());   // empty when the answer decoded into the model
 *     }
 * }
 * }</pre>
 */
public final class TypedAccess {

    /** One call of a chain: its name, and its placeholders in parentheses. */
    static final Pattern CALL = Pattern.compile("(\\w+)\\(([^)]*)\\)");
    private static final JsonMapper MAPPER = BigCommerceClient.Builder.defaultMapper();
    private static final java.time.Instant TOKEN_EXPIRY = java.time.Instant.ofEpochSecond(1_900_000_000L);

    private TypedAccess() {
    }

    /**
     * Every operation of {@link Operations#all()} with the typed calls that reach it, in table order.
     *
     * @return operation to its calls (empty when none reaches it)
     */
    public static Map<Operation, List<String>> paths() {
        Map<String, List<String>> ways;
        try {
            ways = new ResourceTableTest().ways();
        } catch (Exception e) {
            throw new IllegalStateException("The resource table could not be walked", e);
        }
        Map<Operation, List<String>> paths = new LinkedHashMap<>();
        Operations.all().forEach(op -> paths.put(op, ways.getOrDefault(ResourceTableTest.wayKey(op), List.of())));
        return paths;
    }

    /**
     * Every operation of {@link B2BOperations#all()} with the typed calls on {@code client.b2b()} that reach it
     * ({@link B2BResourceTableTest}, RESOURCES-B2B.md), each a chain {@link #invoke} takes from a
     * {@link BigCommerceClient}: {@code b2b().companies().companies().get(id)}.
     *
     * @return operation to its calls (empty when none reaches it)
     */
    public static Map<Operation, List<String>> b2bPaths() {
        Map<String, List<String>> ways;
        try {
            ways = new B2BResourceTableTest().reached();
        } catch (Exception e) {
            throw new IllegalStateException("The B2B resource table could not be walked", e);
        }
        Map<Operation, List<String>> paths = new LinkedHashMap<>();
        B2BOperations.all().forEach(op -> paths.put(op, ways.getOrDefault(B2BResourceTableTest.key(op.method()
                .name(), op.path()), List.of()).stream().map(way -> way.replace("`", "")).toList()));
        return paths;
    }

    /**
     * What a call is made with.
     *
     * @param ids the path ids, in path order (typed: {@code Long} or {@code String})
     * @param query the query parameters the operation requires (given to a parameter of type {@link Query})
     * @param body the request body, or {@code null}; a batch call sends its array's items
     */
    public record Arguments(List<Object> ids, Query query, JsonNode body) {
    }

    /**
     * A call made (nothing is sent until {@link #await(Duration)}).
     *
     * @param result what the typed method returned: a {@link Mono} or a {@link Flux}
     * @param model the type the answer should decode to (the resource's model, or the method's declared type)
     */
    public record Invocation(Object result, Class<?> model) {

        /**
         * Subscribes and waits for the answer: a listing's first page, a single's value.
         *
         * @param timeout the most to wait
         * @return the answer, or {@code null} when the call completes empty
         */
        public Object await(Duration timeout) {
            if (result instanceof PagedFlux<?> listing) {
                return listing.byPage().next().block(timeout);
            }
            if (result instanceof Flux<?> flux) {
                return flux.collectList().block(timeout);
            }
            if (result instanceof Mono<?> mono) {
                return mono.block(timeout);
            }
            throw new IllegalStateException("Not a publisher: " + result);
        }
    }

    /**
     * Whether an answer decoded into the expected type.
     *
     * @param answer what {@link Invocation#await(Duration)} returned
     * @param model the expected type
     * @return what is wrong, or empty
     */
    public static Optional<String> decodeProblem(Object answer, Class<?> model) {
        List<?> items = answer instanceof Page<?> page ? page.items()
                : answer instanceof BatchResult<?> batch ? batch.items()
                : answer instanceof List<?> list ? list
                : answer == null || answer instanceof Long ? List.of() : List.of(answer);
        return items.stream().filter(item -> item != null && !model.isInstance(item)).findFirst()
                .map(item -> "decoded into " + item.getClass().getSimpleName() + ", not " + model.getSimpleName());
    }

    /**
     * Invokes a typed call chain on a client.
     *
     * @param client the client
     * @param java the call chain, e.g. {@code catalog().brandsMetafields(id).get(id)}; placeholders name what an
     *     {@code Object} parameter takes ({@code id}, {@code body}, {@code changes}, {@code items}, {@code ids})
     * @param args what to call with
     * @return the call made
     * @throws IllegalStateException when the chain does not resolve, or does not take exactly the ids given
     */
    public static Invocation invoke(BigCommerceClient client, String java, Arguments args) {
        List<String[]> calls = new ArrayList<>();
        Matcher matcher = CALL.matcher(java);
        while (matcher.find()) {
            calls.add(new String[] {matcher.group(1), matcher.group(2)});
        }
        Deque<Object> ids = new ArrayDeque<>(args.ids());
        Object receiver = client;
        Class<?> model = Object.class;
        for (int i = 0; i < calls.size(); i++) {
            boolean last = i == calls.size() - 1;
            String[] current = calls.get(i);
            List<String> placeholders = current[1].isBlank() ? List.of() : List.of(current[1].split(",\\s*"));
            int idsLeft = ids.size();
            Layout layout = resolve(receiver, current[0], placeholders, idsLeft, last, !args.query().isEmpty())
                    .orElseThrow(() -> new IllegalStateException("No " + current[0] + " method of " + java
                            + " takes (" + current[1] + ") with " + idsLeft + " path ids left"));
            Object[] values = new Object[layout.kinds.size()];
            Class<?>[] types = layout.method.getParameterTypes();
            for (int p = 0; p < values.length; p++) {
                values[p] = value(layout.kinds.get(p), types[p], ids, args, layout.method.getName());
            }
            if (last) {
                // a family that is itself a resource also has named methods: those decode into their own type
                model = receiver instanceof Resource<?> resource && !layout.method.isAnnotationPresent(Reaches.class)
                        ? resource.endpoint().spec().model() : declared(layout.method);
            }
            receiver = call(layout.method, receiver, values);
        }
        return new Invocation(receiver, model);
    }

    /** What a parameter takes. */
    private enum Kind { ID, QUERY, BODY, ITEMS, IDS, UPLOAD, TOKEN_OPTIONS, TOKEN }

    /** A method and what each of its parameters takes. */
    private record Layout(Method method, List<Kind> kinds, int ids, int rank) {
    }

    private static Optional<Layout> resolve(Object receiver, String name, List<String> placeholders, int idsLeft,
            boolean last, boolean queryWanted) {
        List<Layout> layouts = new ArrayList<>();
        for (Method method : receiver.getClass().getMethods()) {
            if (!method.getName().equals(name) || Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            int n = method.getParameterCount();
            int k = placeholders.size();
            if (n == k) {
                layout(method, placeholders, 1).ifPresent(layouts::add);
            }
            if (n == k + 1 && method.getParameterTypes()[k] == Query.class) {
                List<String> withQuery = new ArrayList<>(placeholders);
                withQuery.add("query");
                layout(method, withQuery, queryWanted ? 0 : 2).ifPresent(layouts::add);
            }
            if (n > k) {
                List<String> withParents = new ArrayList<>(java.util.Collections.nCopies(n - k, "id"));
                withParents.addAll(placeholders);
                layout(method, withParents, 3).ifPresent(layouts::add);
            }
        }
        // a call before the last may bind a parent id the operation's path does not take (a batch path such as
        // /catalog/variants reached from one product): it gets a filler id
        return layouts.stream().filter(l -> !last || l.ids == idsLeft)
                .min(Comparator.comparingInt(Layout::rank));
    }

    private static Optional<Layout> layout(Method method, List<String> placeholders, int rank) {
        Class<?>[] types = method.getParameterTypes();
        List<Kind> kinds = new ArrayList<>();
        for (int p = 0; p < types.length; p++) {
            Optional<Kind> kind = kind(types[p], placeholders.get(p));
            if (kind.isEmpty()) {
                return Optional.empty();
            }
            kinds.add(kind.get());
        }
        return Optional.of(new Layout(method, kinds, (int) kinds.stream().filter(k -> k == Kind.ID).count(), rank));
    }

    private static Optional<Kind> kind(Class<?> type, String placeholder) {
        boolean idType = type == long.class || type == Long.class || type == int.class || type == Integer.class
                || type == String.class || type == CharSequence.class || type == UUID.class;
        if (placeholder.equals("query")) {
            return type == Query.class ? Optional.of(Kind.QUERY) : Optional.empty();
        }
        if (type == Query.class) {
            return Optional.empty();
        }
        if (type == FileUpload.class) {
            return placeholder.equals("file") ? Optional.of(Kind.UPLOAD) : Optional.empty();
        }
        if (type == TokenOptions.class || type == StorefrontToken.class) {
            return placeholder.equals("options") || placeholder.equals("token")
                    ? Optional.of(type == TokenOptions.class ? Kind.TOKEN_OPTIONS : Kind.TOKEN) : Optional.empty();
        }
        if (Collection.class.isAssignableFrom(type)) {
            return Optional.of(placeholder.equals("ids") ? Kind.IDS : Kind.ITEMS);
        }
        if (idType || type == Object.class && placeholder.equals("id")) {
            return placeholder.equals("id") || idType ? Optional.of(Kind.ID) : Optional.empty();
        }
        return placeholder.equals("id") ? Optional.empty() : Optional.of(Kind.BODY);
    }

    private static Object value(Kind kind, Class<?> type, Deque<Object> ids, Arguments args, String method) {
        return switch (kind) {
            case ID -> {
                Object id = ids.isEmpty() ? (Object) 1L : ids.removeFirst();
                yield type == String.class || type == CharSequence.class ? String.valueOf(id)
                        : type == int.class || type == Integer.class ? ((Number) id).intValue() : id;
            }
            case QUERY -> args.query();
            case IDS -> List.of(1L);
            case UPLOAD -> FileUpload.of(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "upload.png", "image/png");
            // a private token needs a scope, which the other kinds refuse
            case TOKEN_OPTIONS -> method.contains("Private")
                    ? TokenOptions.forChannels(TOKEN_EXPIRY, 1).withScopes(TokenOptions.Scope.UNAUTHENTICATED)
                    : TokenOptions.forChannels(TOKEN_EXPIRY, 1);
            case TOKEN -> new StorefrontToken(StorefrontToken.Kind.STOREFRONT, "sweep-token", List.of(1L),
                    TOKEN_EXPIRY);
            case ITEMS -> {
                List<Object> items = new ArrayList<>();
                JsonNode body = body(args);
                if (body.isArray()) {
                    body.forEach(items::add);
                } else {
                    items.add(body);
                }
                yield items;
            }
            case BODY -> type == Object.class || type.isInstance(body(args)) ? body(args)
                    : MAPPER.treeToValue(body(args), type);
        };
    }

    private static JsonNode body(Arguments args) {
        return args.body() != null ? args.body() : MAPPER.createObjectNode();
    }

    static Class<?> declared(Method method) {
        Type type = method.getGenericReturnType();
        if (type instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> item) {
            return item;
        }
        if (type instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof ParameterizedType nested) {
            // a list answer (Mono<List<X>>) is checked item by item, as decodeProblem flattens it
            return nested.getRawType() == List.class && nested.getActualTypeArguments()[0] instanceof Class<?> item
                    ? item : (Class<?>) nested.getRawType();
        }
        return Object.class;
    }

    private static Object call(Method method, Object receiver, Object[] values) {
        try {
            if (!Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
                method.setAccessible(true);
            }
            return method.invoke(receiver, values);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
