package io.github.bcreactive.test.spring;

import java.util.List;

import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Finds {@link AutoConfigureBigCommerceSimulator} on a test class (its superclasses and enclosing classes included)
 * and contributes the customizer that starts the simulator. Registered in {@code META-INF/spring.factories}; Spring's
 * TestContext framework calls it.
 */
public final class SimulatorContextCustomizerFactory implements ContextCustomizerFactory {

    /** Created by Spring's TestContext framework. */
    public SimulatorContextCustomizerFactory() {
    }

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        AutoConfigureBigCommerceSimulator annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass,
                AutoConfigureBigCommerceSimulator.class);
        return annotation == null ? null : new SimulatorContextCustomizer(SimulatorSpec.of(annotation));
    }
}
