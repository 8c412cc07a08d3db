package io.github.bcreactive.resource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a generated named method with the operation it sends ({@code "V3 POST /checkouts/{checkoutId}/orders"}), so
 * that the resource table ({@code RESOURCES.md}) is built from the methods themselves.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Reaches {

    /**
     * The operation: version, method and path template.
     *
     * @return e.g. {@code "V3 GET /catalog/brands/{brand_id}/metafields"}
     */
    String value();
}
