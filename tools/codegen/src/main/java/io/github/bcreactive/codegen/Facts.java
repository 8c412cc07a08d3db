package io.github.bcreactive.codegen;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the table states beyond the specs' structure: the limits the specs state in prose (read with patterns, so a
 * changed number is regenerated), the few limits only the docs state, and the replacements of deprecated and sunset
 * endpoints ({@code docs/sunsets.mdx}).
 */
final class Facts {

    private static final List<Pattern> CONCURRENCY = List.of(
            Pattern.compile("(\\d+) concurrent requests?"),
            Pattern.compile("[Uu]p to (\\d+) (?:simultaneous|concurrent)"),
            Pattern.compile("[Cc]oncurrency limit of (\\d+)"),
            Pattern.compile("[Ll]imit of \\**(\\d+)\\** concurrent"));

    private static final List<Pattern> BATCH = List.of(
            Pattern.compile("[Bb]atches are limited to (\\d+) "),
            Pattern.compile("[Ll]imit of (\\d+) \\w+ per call"),
            Pattern.compile("batch size of (\\d+)"),
            Pattern.compile("up to ([\\d,]+) items per request"),
            Pattern.compile("[Uu]p to (\\d+) \\w+ in one call"),
            Pattern.compile("[Ll]imited to (\\d+) "));

    /** Limits the docs state and the operation's spec does not: {batch size, concurrency}, 0 = keep the spec's. */
    private static final Map<String, int[]> DOCUMENTED = Map.of(
            // docs: a batch delete takes at most 250 ids in id:in
            "DELETE /catalog/products", new int[] {250, 0},
            // docs: variants are updated 50 per call
            "PUT /catalog/variants", new int[] {50, 0},
            // customers.v3: 10 per call, at most 3 calls at once (stated on PUT only)
            "POST /customers", new int[] {10, 3},
            // the issue and docs: price list records 100 per batch, PUT one at a time
            "PUT /pricelists/records", new int[] {100, 1});

    /**
     * Endpoints deprecated by the specs or sunset by {@code docs/sunsets.mdx}, by version and path prefix, with what
     * replaces them.
     */
    private static final Map<String, String> REPLACED = Map.of(
            "V3 /catalog/categories", "the category-tree categories, /v3/catalog/trees/categories",
            "V2 /customers", "the v3 customers, /v3/customers",
            "V2 /pages", "the v3 pages, /v3/content/pages",
            "V2 /redirects", "the v3 redirects, /v3/storefront/redirects",
            "V2 /payments/methods", "the v3 accepted payment methods, /v3/payments/methods",
            "V3 /hooks/events", "the webhook events of the docs' webhook-events page",
            "V3 /content/widgets/search", "the v3 widget list, /v3/content/widgets");

    private Facts() {
    }

    /**
     * The stated concurrency limit of an operation.
     *
     * @param key {@code METHOD /path}
     * @param description the operation's description (read, not copied)
     * @return the lowest limit stated, or 0
     */
    static int concurrency(String key, String description) {
        int[] documented = DOCUMENTED.get(key);
        if (documented != null && documented[1] > 0) {
            return documented[1];
        }
        return lowest(CONCURRENCY, description);
    }

    /**
     * The stated batch size of an operation.
     *
     * @param key {@code METHOD /path}
     * @param description the operation's description (read, not copied)
     * @return the lowest size stated, or 0
     */
    static int batchSize(String key, String description) {
        int[] documented = DOCUMENTED.get(key);
        if (documented != null && documented[0] > 0) {
            return documented[0];
        }
        return lowest(BATCH, description);
    }

    /**
     * What replaces a deprecated or sunset operation.
     *
     * @param version {@code V2} or {@code V3}
     * @param path the path template
     * @param deprecatedInSpec whether the spec marks it deprecated
     * @return empty when current
     */
    static Optional<String> replacement(String version, String path, boolean deprecatedInSpec) {
        Optional<String> named = REPLACED.entrySet().stream().filter(entry -> {
            String prefix = entry.getKey().substring(3);
            return entry.getKey().startsWith(version + " ") && (path.equals(prefix) || path.startsWith(prefix + "/"));
        }).map(Map.Entry::getValue).findFirst();
        if (named.isPresent() || !deprecatedInSpec) {
            return named;
        }
        return Optional.of("nothing named by the spec");
    }

    private static int lowest(List<Pattern> patterns, String text) {
        int lowest = 0;
        for (Pattern pattern : patterns) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                int value = Integer.parseInt(matcher.group(1).replace(",", ""));
                lowest = lowest == 0 ? value : Math.min(lowest, value);
            }
        }
        return lowest;
    }
}
