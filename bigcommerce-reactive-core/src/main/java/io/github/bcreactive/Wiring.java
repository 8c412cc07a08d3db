package io.github.bcreactive;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import io.github.bcreactive.api.B2BApi;
import io.github.bcreactive.api.V3Api;
import io.github.bcreactive.graphql.GraphQL;
import io.github.bcreactive.http.StoreEndpoint;
import io.github.bcreactive.http.Transport;
import io.github.bcreactive.resource.V2Table;
import io.github.bcreactive.storefront.StorefrontTokens;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the client reaches what only it may call: the transport's builder and the constructors over a store's
 * transport ({@code V3Api}, {@code B2BApi}, {@code V2Table}, {@code GraphQL}, {@code StorefrontTokens}). Each is
 * package-private in its own package, so no user can build a transport or an API over one; Java has no access level
 * for "this library's other packages", so the client looks them up here, once, with a private lookup inside this
 * library's own module. Nothing here is public. A renamed or retyped constructor fails this class's initialization,
 * and so the first client built (every test builds one).
 */
final class Wiring {

    private static final MethodHandle TRANSPORT_BUILDER = factory(Transport.class, "builder",
            MethodType.methodType(Transport.Builder.class, WebClient.class, JsonMapper.class, StoreEndpoint.class));
    private static final MethodHandle V3 = constructor(V3Api.class, Transport.class);
    private static final MethodHandle B2B = constructor(B2BApi.class, Transport.class);
    private static final MethodHandle V2 = constructor(V2Table.class, V3Api.class);
    private static final MethodHandle GRAPHQL = constructor(GraphQL.class, Transport.class);
    private static final MethodHandle STOREFRONT_TOKENS = constructor(StorefrontTokens.class, Transport.class);

    private Wiring() {
    }

    /** Starts building a store's transport: {@code Transport.builder(webClient, mapper, endpoint)}. */
    static Transport.Builder transport(WebClient webClient, JsonMapper mapper, StoreEndpoint endpoint) {
        try {
            return (Transport.Builder) TRANSPORT_BUILDER.invokeExact(webClient, mapper, endpoint);
        } catch (Throwable e) {
            throw rethrown(e);
        }
    }

    /** The v3 API over a store's transport. */
    static V3Api v3(Transport transport) {
        return create(V3, V3Api.class, transport);
    }

    /** The v2 API and table over the transport of a store's v3 API. */
    static V2Table v2(V3Api v3) {
        return create(V2, V2Table.class, v3);
    }

    /** The B2B Edition API over a store's B2B Edition transport. */
    static B2BApi b2b(Transport transport) {
        return create(B2B, B2BApi.class, transport);
    }

    /** GraphQL Admin over a store's transport, with the default options. */
    static GraphQL graphql(Transport transport) {
        return create(GRAPHQL, GraphQL.class, transport);
    }

    /** The storefront token family over a store's transport. */
    static StorefrontTokens storefrontTokens(Transport transport) {
        return create(STOREFRONT_TOKENS, StorefrontTokens.class, transport);
    }

    private static <T> T create(MethodHandle constructor, Class<T> type, Object argument) {
        try {
            return type.cast(constructor.invoke(argument));
        } catch (Throwable e) {
            throw rethrown(e);
        }
    }

    private static MethodHandle constructor(Class<?> type, Class<?> parameter) {
        try {
            return lookup(type).findConstructor(type, MethodType.methodType(void.class, parameter));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static MethodHandle factory(Class<?> type, String name, MethodType methodType) {
        try {
            return lookup(type).findStatic(type, name, methodType);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static MethodHandles.Lookup lookup(Class<?> type) throws IllegalAccessException {
        // the same module as this class, so the package need not be opened
        return MethodHandles.privateLookupIn(type, MethodHandles.lookup());
    }

    private static RuntimeException rethrown(Throwable e) {
        if (e instanceof RuntimeException runtime) {
            return runtime;
        }
        if (e instanceof Error error) {
            throw error;
        }
        // the constructors declare no checked exception
        return new IllegalStateException(e);
    }
}
