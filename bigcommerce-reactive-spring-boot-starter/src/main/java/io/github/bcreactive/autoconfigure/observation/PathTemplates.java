package io.github.bcreactive.autoconfigure.observation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A low-cardinality template of a request path, for the {@code uri} key-value. The transport sends URLs, not
 * templates, so the template is derived: the segment after {@code stores} becomes {@code {store_hash}}, and an
 * id-like segment (digits, a UUID, or a long token with digits, such as a JWT) becomes {@code {<name>_id}} after the
 * singular of the segment before it: {@code /stores/abc123/v3/catalog/products/77} is
 * {@code /stores/{store_hash}/v3/catalog/products/{product_id}}. The query is never part of it.
 */
final class PathTemplates {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
    private static final int TOKEN_LENGTH = 20;

    private PathTemplates() {
    }

    static String template(String path) {
        if (path == null || path.isEmpty() || path.equals("/")) {
            return "/";
        }
        String[] segments = path.split("/", -1);
        StringBuilder template = new StringBuilder();
        for (int i = 1; i < segments.length; i++) {
            String previous = segments[i - 1];
            String segment = segments[i];
            template.append('/');
            if (previous.equals("stores") && i == 2) {
                template.append("{store_hash}");
            } else if (isIdLike(segment)) {
                template.append('{').append(previous.isEmpty() || isIdLike(previous) ? "id"
                        : singular(previous).replace('-', '_') + "_id").append('}');
            } else {
                template.append(segment);
            }
        }
        return template.toString();
    }

    private static boolean isIdLike(String segment) {
        return DIGITS.matcher(segment).matches() || UUID.matcher(segment).matches()
                || (segment.length() >= TOKEN_LENGTH && HAS_DIGIT.matcher(segment).matches());
    }

    private static String singular(String plural) {
        String word = plural.toLowerCase(Locale.ROOT);
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("sses") || word.endsWith("shes") || word.endsWith("ches") || word.endsWith("xes")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
