package io.github.bcreactive.autoconfigure;

import java.util.Map;

import io.github.bcreactive.BigCommerceClient;
import io.github.bcreactive.auth.BigCommerceApp;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;

/**
 * Reports a missing {@link BigCommerceApp} or {@link BigCommerceClient} bean by the property that makes it, instead
 * of Spring's generic "required a bean ... that could not be found": an application that injects
 * {@code BigCommerceApp} and starts without {@code bigcommerce.client-secret} is told to set that property. It runs
 * before Spring Boot's own analyzer of missing beans.
 */
public final class BigCommerceMissingBeanFailureAnalyzer extends AbstractFailureAnalyzer<NoSuchBeanDefinitionException>
        implements Ordered {

    private static final Map<Class<?>, String[]> PROPERTIES = Map.of(
            BigCommerceApp.class, new String[] {"bigcommerce.client-secret", "bigcommerce.client-id"},
            BigCommerceClient.class, new String[] {"bigcommerce.store-hash", "bigcommerce.access-token"});

    /** Creates the analyzer; Spring Boot does, from {@code META-INF/spring.factories}. */
    public BigCommerceMissingBeanFailureAnalyzer() {
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoSuchBeanDefinitionException cause) {
        Class<?> type = cause.getBeanType();
        String[] properties = type == null ? null : PROPERTIES.get(type);
        if (properties == null) {
            return null;
        }
        String main = properties[0];
        String companion = properties[1];
        return new FailureAnalysis("A component requires a " + type.getSimpleName() + " bean, which the BigCommerce "
                + "starter defines only when the property '" + main + "' is set (with '" + companion + "'), and it "
                + "is not set.",
                "Set the properties '" + main + "' and '" + companion + "' (in application.properties, "
                        + "application.yaml or the environment, e.g. "
                        + BigCommerceConfigurationFailureAnalyzer.environmentName(main) + " and "
                        + BigCommerceConfigurationFailureAnalyzer.environmentName(companion)
                        + "), or define a " + type.getSimpleName() + " bean of your own.",
                cause);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
