package io.github.bcreactive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user's code may not do, shown by compiling it: a class in the user's own package, compiled against the
 * library as the tests see it. The wire's {@code Transport} can be neither built nor handed to an API's
 * constructor, and no class or lambda outside the resource kit can claim to be a resource. A snippet that uses the
 * client as intended compiles, so a failure here is the rule and not the harness.
 */
class PublicSurfaceTest {

    @TempDir
    Path out;

    @Test
    void theClientsWayCompiles() {
        assertThat(errors("""
                Object apis(io.github.bcreactive.BigCommerceClient client) {
                    return java.util.List.of(client.v3(), client.v2(), client.graphql(), client.storefrontTokens(),
                            client.catalog().products(), client.b2b().api());
                }
                """)).isEmpty();
    }

    @Test
    void noUserCanBuildATransport() {
        assertThat(errors("""
                Object wire(io.github.bcreactive.http.StoreEndpoint store) {
                    return io.github.bcreactive.http.Transport.builder(null, null, store);
                }
                """)).singleElement(STRING)
                .contains("builder").contains("not public");
    }

    @Test
    void noUserCanConstructAnApiOverATransport() {
        // javac words it by what it finds ("is not public", "no suitable constructor", "cannot be applied"); each
        // error names the type whose constructor the user cannot call
        for (String type : List.of("api.V3Api", "api.V2Api", "api.B2BApi", "graphql.GraphQL",
                "storefront.StorefrontTokens")) {
            String simpleName = type.substring(type.indexOf('.') + 1);
            assertThat(errors("Object api() { return new io.github.bcreactive." + type
                    + "((io.github.bcreactive.http.Transport) null); }"))
                    .as(type).singleElement(STRING).contains(simpleName);
        }
        assertThat(errors("Object api(io.github.bcreactive.api.V3Api v3) {"
                + " return new io.github.bcreactive.resource.V2Table(v3); }"))
                .singleElement(STRING).contains("V2Table(").contains("is not public");
    }

    @Test
    void noUserCanMakeAResourceOfTheirOwn() {
        assertThat(errors("""
                io.github.bcreactive.resource.ListOnly<String> names() { return () -> null; }
                """)).singleElement(STRING)
                .contains("Endpoint is not public");
        assertThat(errors("""
                static final class Names implements io.github.bcreactive.resource.ListOnly<String> {
                    @Override
                    public io.github.bcreactive.resource.Endpoint<String> endpoint() { return null; }
                }
                """)).isNotEmpty().allMatch(error -> error.contains("Endpoint is not public"));
    }

    /** Compiles the members in a class of the user's package; returns the errors, in English. */
    private List<String> errors(String members) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        String source = "package com.example.user;\n\nclass UserCode {\n" + members + "\n}\n";
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///com/example/user/UserCode.java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", out.toString(),
                "-proc:none");
        javac.getTask(null, null, diagnostics, options, null, List.of(file)).call();
        return diagnostics.getDiagnostics().stream()
                .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
                .map(diagnostic -> diagnostic.getMessage(Locale.ROOT))
                .collect(Collectors.toList());
    }
}
