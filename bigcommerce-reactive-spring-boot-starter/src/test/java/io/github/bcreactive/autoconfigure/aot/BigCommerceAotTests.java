package io.github.bcreactive.autoconfigure.aot;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.BigCommerceClients;
import io.github.bcreactive.auth.OAuthToken;
import io.github.bcreactive.autoconfigure.BigCommerceAutoConfiguration;
import io.github.bcreactive.autoconfigure.BigCommerceStores;
import io.github.bcreactive.model.generated.catalog.Product;
import org.junit.jupiter.api.Test;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.TypeReference;
import org.springframework.util.ClassUtils;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.aot.test.generate.TestGenerationContext;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.test.tools.CompileWithForkedClassLoader;
import org.springframework.core.test.tools.TestCompiler;
import org.springframework.javapoet.ClassName;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter through Spring's AOT processing, as a native image or an AOT-run JVM application is built: the context
 * is processed without any store configured (as a build without a profile is), the generated initializer is compiled,
 * then run with several stores. The stores' registry must be there, and the runtime hints must cover the models,
 * jjwt and the version resource.
 */
@CompileWithForkedClassLoader
class BigCommerceAotTests {

    @Test
    void processedWithoutStoresItServesTheStoresConfiguredWhenItRuns() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("bigcommerce.stores.eu.store-hash", "eu1");
        properties.put("bigcommerce.stores.eu.access-token", "tok-eu-aot");
        properties.put("bigcommerce.stores.us.store-hash", "us1");
        properties.put("bigcommerce.stores.us.access-token", "tok-us-aot");
        properties.put("bigcommerce.timeouts.response", "5s");
        runAotProcessed(properties, context -> {
                    BigCommerceStores stores = context.getBean(BigCommerceStores.class);
                    assertThat(stores.names()).containsExactly("eu", "us");
                    assertThat(stores.get("us").storeHash()).isEqualTo("us1");
                    assertThat(context.getBean(BigCommerceClients.class).isClosed()).isFalse();
                    // fixed at build time: no single-store client was configured then (the README says so)
                    assertThat(context.getBeanNamesForType(BigCommerceClient.class)).isEmpty();
                });
    }

    @Test
    void hintsCoverTheModelsTheAuthRecordsJjwtAndTheVersionResource() {
        RuntimeHints hints = new RuntimeHints();
        new BigCommerceRuntimeHints().registerHints(hints, getClass().getClassLoader());

        assertThat(RuntimeHintsPredicates.reflection().onType(Product.class)).accepts(hints);
        assertThat(RuntimeHintsPredicates.reflection().onType(OAuthToken.class)).accepts(hints);
        assertThat(BigCommerceRuntimeHints.boundRecords(getClass().getClassLoader())).hasSizeGreaterThan(20);
        for (String wired : BigCommerceRuntimeHints.WIRED) {
            assertThat(ClassUtils.isPresent(wired, getClass().getClassLoader())).as(wired).isTrue();
            assertThat(RuntimeHintsPredicates.reflection().onType(TypeReference.of(wired))).accepts(hints);
        }
        for (String jjwt : BigCommerceRuntimeHints.JJWT_IMPLEMENTATIONS) {
            assertThat(RuntimeHintsPredicates.reflection().onType(TypeReference.of(jjwt))).accepts(hints);
        }
        assertThat(RuntimeHintsPredicates.resource().forResource("io/github/bcreactive/version.properties"))
                .accepts(hints);
        assertThat(RuntimeHintsPredicates.resource().forResource("META-INF/services/io.jsonwebtoken.CompressionCodec"))
                .accepts(hints);
    }

    @Test
    void theAutoConfigurationContributesTheHintsDuringAotProcessing() {
        TestGenerationContext generation = new TestGenerationContext(BigCommerceAotTests.class);
        new ApplicationContextAotGenerator().processAheadOfTime(buildTimeContext(), generation);
        assertThat(RuntimeHintsPredicates.reflection().onType(Product.class))
                .accepts(generation.getRuntimeHints());
    }

    private static GenericApplicationContext buildTimeContext() {
        GenericApplicationContext context = new GenericApplicationContext();
        AnnotationConfigUtils.registerAnnotationConfigProcessors(context);
        context.registerBean(Application.class);
        return context;
    }

    @SuppressWarnings("unchecked")
    private static void runAotProcessed(Map<String, Object> runtimeProperties,
            Consumer<GenericApplicationContext> assertions) {
        TestGenerationContext generation = new TestGenerationContext(BigCommerceAotTests.class);
        ClassName initializer = new ApplicationContextAotGenerator().processAheadOfTime(buildTimeContext(),
                generation);
        generation.writeGeneratedContent();
        TestCompiler.forSystem().with(generation).compile(compiled -> {
            GenericApplicationContext runtime = new GenericApplicationContext();
            runtime.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("runtime", runtimeProperties));
            compiled.getInstance(ApplicationContextInitializer.class, initializer.reflectionName())
                    .initialize(runtime);
            runtime.refresh();
            try {
                assertions.accept(runtime);
            } finally {
                runtime.close();
            }
        });
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({WebClientAutoConfiguration.class, BigCommerceAutoConfiguration.class})
    static class Application {
    }
}
