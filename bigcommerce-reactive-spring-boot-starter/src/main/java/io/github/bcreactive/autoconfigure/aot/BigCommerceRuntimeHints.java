package io.github.bcreactive.autoconfigure.aot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.ClassUtils;

/**
 * What a native image of an application on the starter needs to keep: Jackson binding of the model records
 * ({@code io.github.bcreactive.model}, the generated ones in its sub-packages too) and of the OAuth and signed-payload records ({@code io.github.bcreactive.auth}),
 * found by scanning those packages when the hints are made, so a new model needs no entry here; jjwt's
 * implementation classes, which its API loads by name; the package-private constructors and factory the client
 * reaches through method handles (so that no user can build a transport); jjwt's service files; and the library's
 * {@code version.properties}.
 */
public final class BigCommerceRuntimeHints implements RuntimeHintsRegistrar {

    /**
     * The types whose package-private constructors (and, for the transport, its {@code builder}) the client looks up
     * with method handles ({@code io.github.bcreactive.Wiring}).
     */
    static final List<String> WIRED = List.of("io.github.bcreactive.api.V3Api", "io.github.bcreactive.api.B2BApi",
            "io.github.bcreactive.resource.V2Table", "io.github.bcreactive.graphql.GraphQL",
            "io.github.bcreactive.storefront.StorefrontTokens", "io.github.bcreactive.http.Transport");

    /** The classes {@code jjwt-api} instantiates by name from {@code jjwt-impl}. */
    static final List<String> JJWT_IMPLEMENTATIONS = List.of(
            "io.jsonwebtoken.impl.DefaultClaimsBuilder",
            "io.jsonwebtoken.impl.DefaultJwtBuilder",
            "io.jsonwebtoken.impl.DefaultJwtHeaderBuilder",
            "io.jsonwebtoken.impl.DefaultJwtParserBuilder",
            "io.jsonwebtoken.impl.io.StandardCompressionAlgorithms",
            "io.jsonwebtoken.impl.security.DefaultDynamicJwkBuilder",
            "io.jsonwebtoken.impl.security.DefaultJwkParserBuilder",
            "io.jsonwebtoken.impl.security.DefaultJwkSetBuilder",
            "io.jsonwebtoken.impl.security.DefaultJwkSetParserBuilder",
            "io.jsonwebtoken.impl.security.DefaultKeyOperationBuilder",
            "io.jsonwebtoken.impl.security.DefaultKeyOperationPolicyBuilder",
            "io.jsonwebtoken.impl.security.JwksBridge",
            "io.jsonwebtoken.impl.security.KeysBridge",
            "io.jsonwebtoken.impl.security.StandardCurves",
            "io.jsonwebtoken.impl.security.StandardEncryptionAlgorithms",
            "io.jsonwebtoken.impl.security.StandardHashAlgorithms",
            "io.jsonwebtoken.impl.security.StandardKeyAlgorithms",
            "io.jsonwebtoken.impl.security.StandardKeyOperations",
            "io.jsonwebtoken.impl.security.StandardSecureDigestAlgorithms");

    private static final List<String> BOUND_PACKAGES = List.of("io/github/bcreactive/model",
            "io/github/bcreactive/auth");

    /** Created by Spring's AOT processing. */
    public BigCommerceRuntimeHints() {
    }

    @Override
    public void registerHints(RuntimeHints hints, ClassLoader classLoader) {
        BindingReflectionHintsRegistrar binding = new BindingReflectionHintsRegistrar();
        for (Class<?> type : boundRecords(classLoader)) {
            binding.registerReflectionHints(hints.reflection(), type);
        }
        for (String wired : WIRED) {
            hints.reflection().registerType(TypeReference.of(wired), MemberCategory.INVOKE_DECLARED_CONSTRUCTORS,
                    MemberCategory.INVOKE_DECLARED_METHODS);
        }
        for (String implementation : JJWT_IMPLEMENTATIONS) {
            hints.reflection().registerType(TypeReference.of(implementation),
                    MemberCategory.INVOKE_DECLARED_CONSTRUCTORS, MemberCategory.INVOKE_PUBLIC_METHODS,
                    MemberCategory.ACCESS_DECLARED_FIELDS);
        }
        hints.resources().registerPattern("META-INF/services/io.jsonwebtoken.*");
        hints.resources().registerPattern("io/github/bcreactive/version.properties");
    }

    /** The records of the bound packages, as the class loader has them. */
    static List<Class<?>> boundRecords(ClassLoader classLoader) {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(classLoader);
        List<Class<?>> records = new ArrayList<>();
        try {
            for (String folder : BOUND_PACKAGES) {
                for (Resource resource : resolver.getResources("classpath*:" + folder + "/**/*.class")) {
                    String file = resource.getURL().toString();
                    int start = file.lastIndexOf(folder + "/");
                    if (start < 0 || file.endsWith("/package-info.class")) {
                        continue;
                    }
                    String name = file.substring(start, file.length() - ".class".length()).replace('/', '.');
                    Class<?> type = ClassUtils.resolveClassName(name, classLoader);
                    if (type.isRecord() || type.isEnum()) {
                        records.add(type);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }
}
