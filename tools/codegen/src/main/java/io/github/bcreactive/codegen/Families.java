package io.github.bcreactive.codegen;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which family each management spec file belongs to: the way users think of the API ({@code catalog()},
 * {@code orders()}, ...), not the way the files are cut. A spec file missing here fails the generation, so a new
 * spec file is placed on purpose.
 */
final class Families {

    /** The files of the specs' folder that are not management APIs (storefront, app-facing, provider callbacks). */
    static final List<String> EXCLUDED = List.of("current_customer.yml", "customer_login.yml",
            "shipping_provider.yml", "tax_provider.yml", "payments/process_payments.yml");

    private static final Map<String, String> PREFIXES = new LinkedHashMap<>();

    static {
        PREFIXES.put("catalog/", "catalog");
        PREFIXES.put("orders.", "orders");
        PREFIXES.put("customers.", "customers");
        PREFIXES.put("segments.", "customers");
        PREFIXES.put("carts.", "carts");
        PREFIXES.put("abandoned_cart", "carts");
        PREFIXES.put("checkouts.", "checkouts");
        PREFIXES.put("webhooks.", "webhooks");
        PREFIXES.put("channels.", "channels");
        PREFIXES.put("sites.", "sites");
        PREFIXES.put("price_lists.", "priceLists");
        PREFIXES.put("inventory.", "inventory");
        PREFIXES.put("locations.", "inventory");
        PREFIXES.put("store_content.", "content");
        PREFIXES.put("pages.", "content");
        PREFIXES.put("redirects.", "content");
        PREFIXES.put("scripts.", "content");
        PREFIXES.put("widgets.", "content");
        PREFIXES.put("page-widgets.", "content");
        PREFIXES.put("custom-template-associations.", "content");
        PREFIXES.put("themes.", "content");
        PREFIXES.put("email_templates.", "content");
        PREFIXES.put("marketing.", "marketing");
        PREFIXES.put("promotion", "marketing");
        PREFIXES.put("subscribers.", "marketing");
        PREFIXES.put("wishlists.", "marketing");
        PREFIXES.put("shipping.", "shipping");
        PREFIXES.put("pickup", "shipping");
        PREFIXES.put("tax", "tax");
        PREFIXES.put("payments/", "payments");
        PREFIXES.put("store_information.", "store");
        PREFIXES.put("store_logs.", "store");
        PREFIXES.put("currencies.", "store");
        PREFIXES.put("geography.", "store");
        PREFIXES.put("settings.", "store");
        PREFIXES.put("storefront_tokens.", "store");
        PREFIXES.put("infrastructure_hosting.", "store");
    }

    private Families() {
    }

    /**
     * Whether a spec file is part of the management API.
     *
     * @param specFile relative, with {@code /} separators
     * @return {@code false} for storefront specs and the excluded files
     */
    static boolean isManagement(String specFile) {
        return (specFile.endsWith(".yml") || specFile.endsWith(".yaml")) && !specFile.endsWith(".sf.yml")
                && !specFile.startsWith(".") && !EXCLUDED.contains(specFile);
    }

    /**
     * The family of a management spec file.
     *
     * @param specFile relative, with {@code /} separators
     * @return e.g. {@code catalog}
     * @throws IllegalStateException for a file no family claims
     */
    static String of(String specFile) {
        return PREFIXES.entrySet().stream().filter(entry -> specFile.startsWith(entry.getKey()))
                .map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new IllegalStateException(specFile + " belongs to no family: add it to "
                        + Families.class.getName() + "."));
    }

    /**
     * The families in the order the generated table lists them.
     *
     * @return the family names
     */
    static List<String> ordered() {
        return PREFIXES.values().stream().distinct().toList();
    }
}
