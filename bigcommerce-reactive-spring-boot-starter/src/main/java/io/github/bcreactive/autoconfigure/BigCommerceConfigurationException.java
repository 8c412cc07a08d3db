package io.github.bcreactive.autoconfigure;

import java.util.Objects;

/**
 * A {@code bigcommerce.*} property is missing or wrong, so the clients cannot be made. The message names the
 * property and never shows a token or secret; {@link BigCommerceConfigurationFailureAnalyzer} turns it into Spring
 * Boot's startup failure report.
 */
public final class BigCommerceConfigurationException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String property;

    /**
     * Creates the exception.
     *
     * @param property the full name of the property at fault, e.g. {@code bigcommerce.stores.eu.access-token}
     * @param message what is wrong, without any secret
     * @param cause the underlying failure, or {@code null}
     */
    public BigCommerceConfigurationException(String property, String message, Throwable cause) {
        super(message, cause);
        this.property = Objects.requireNonNull(property, "'property' cannot be null.");
    }

    /**
     * The property at fault.
     *
     * @return its full name, e.g. {@code bigcommerce.access-token}
     */
    public String property() {
        return property;
    }
}
