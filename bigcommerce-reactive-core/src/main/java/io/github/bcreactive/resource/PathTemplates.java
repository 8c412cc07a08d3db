package io.github.bcreactive.resource;

import java.util.List;
import java.util.regex.Pattern;

/** Reads the {@code {name}} placeholders of a path template ({@code /catalog/products/{product_id}/images}). */
final class PathTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^/}]+)}");

    private PathTemplates() {
    }

    /**
     * The names of a template's placeholders, in order.
     *
     * @param template the path template
     * @return e.g. {@code [product_id, image_id]}
     */
    static List<String> placeholders(String template) {
        return PLACEHOLDER.matcher(template).results().map(result -> result.group(1)).toList();
    }
}
