package io.github.bcreactive.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a {@link BigCommerceConfigurationException} at startup as Spring Boot reports its own configuration
 * mistakes: what is wrong, and which property to set.
 */
public final class BigCommerceConfigurationFailureAnalyzer
        extends AbstractFailureAnalyzer<BigCommerceConfigurationException> {

    /** Creates the analyzer; Spring Boot does, from {@code META-INF/spring.factories}. */
    public BigCommerceConfigurationFailureAnalyzer() {
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BigCommerceConfigurationException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set or correct the property '" + cause.property() + "' (in application.properties, application.yaml "
                        + "or the environment, e.g. " + environmentName(cause.property()) + ").",
                cause);
    }

    /** The environment variable Spring Boot's relaxed binding maps to the property. */
    static String environmentName(String property) {
        return property.replace('.', '_').replace("-", "").toUpperCase(java.util.Locale.ROOT);
    }
}
