package io.github.bcreactive.test;

import java.time.Duration;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

import io.github.bcreactive.BigCommerceClient;

/**
 * JUnit 5 extension that starts one {@link BigCommerceSimulator} per test class (configured by
 * {@link SimulatorSettings}, or defaults) and resolves {@link BigCommerceSimulator} and
 * {@link BigCommerceClient} parameters. The client addresses the first store, with the simulator's
 * base URL as both API and login URL. The simulator stops after the class; state (rows written,
 * quota windows, counters) is shared by the class's tests.
 */
public final class BigCommerceSimulatorExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BigCommerceSimulatorExtension.class);

    /**
     * Creates the extension; JUnit does this through {@code @ExtendWith} or {@link SimulatorSettings}.
     */
    public BigCommerceSimulatorExtension() {
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == BigCommerceSimulator.class || type == BigCommerceClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        BigCommerceSimulator simulator = simulator(context);
        if (parameter.getParameter().getType() == BigCommerceSimulator.class) {
            return simulator;
        }
        return simulator.clientBuilder().build();
    }

    private static BigCommerceSimulator simulator(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        Class<?> testClass = classContext.getRequiredTestClass();
        return classContext.getStore(NAMESPACE).computeIfAbsent(testClass, key -> start(settings(testClass)),
                BigCommerceSimulator.class);
    }

    private static SimulatorSettings settings(Class<?> testClass) {
        for (Class<?> type = testClass; type != null; type = type.getEnclosingClass()) {
            var found = AnnotationSupport.findAnnotation(type, SimulatorSettings.class);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return Defaults.class.getAnnotation(SimulatorSettings.class);
    }

    private static BigCommerceSimulator start(SimulatorSettings settings) {
        return BigCommerceSimulator.builder()
                .stores(settings.stores())
                .products(settings.products())
                .customers(settings.customers())
                .orders(settings.orders())
                .quota(settings.quota(), Duration.ofMillis(settings.windowMillis()))
                .latency(Duration.ofMillis(settings.latencyMillis()), Duration.ZERO)
                .seed(settings.seed())
                .build()
                .start();
    }

    @SimulatorSettings
    private static final class Defaults {
    }
}
