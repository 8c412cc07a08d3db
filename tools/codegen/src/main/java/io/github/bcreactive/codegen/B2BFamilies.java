package io.github.bcreactive.codegen;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which B2B Edition family each spec file of {@code b2b/specs/api-v3/} belongs to, and which files are not read
 * (with the reason). A spec file missing here fails the generation, so a new one is placed on purpose.
 */
final class B2BFamilies {

    /** The files not read, with why. */
    static final Map<String, String> SKIPPED = Map.of(
            "invoice-management.yaml", "the invoice, payment and receipt files of invoice_management/ bundled in one: "
                    + "the same operations again",
            "authentication.yaml", "6 legacy operations served under /api/io, not /api/v3/io: they trade a "
                    + "store's or a storefront user's credentials (email and password included) for B2B authTokens "
                    + "and storefront tokens; this client authenticates every call with the store's X-Auth-Token and "
                    + "X-Store-Hash, needs none of them, and takes no user passwords");

    private static final Map<String, String> FOLDERS = new LinkedHashMap<>();

    static {
        FOLDERS.put("company/", "B2BCompanies");
        FOLDERS.put("user/", "B2BUsers");
        FOLDERS.put("address/", "B2BAddresses");
        FOLDERS.put("order/", "B2BOrders");
        FOLDERS.put("quote/", "B2BQuotes");
        FOLDERS.put("shopping_list/", "B2BShoppingLists");
        FOLDERS.put("sales_staff/", "B2BSalesStaff");
        FOLDERS.put("super_admin/", "B2BSuperAdmins");
        FOLDERS.put("payment/", "B2BPayments");
        FOLDERS.put("invoice_management/invoice/", "B2BInvoices");
        FOLDERS.put("invoice_management/config/", "B2BInvoices");
        FOLDERS.put("invoice_management/payment/", "B2BInvoicePayments");
        FOLDERS.put("invoice_management/receipt/", "B2BReceipts");
        FOLDERS.put("channel/", "B2BChannels");
    }

    private B2BFamilies() {
    }

    /**
     * The family of a spec file.
     *
     * @param specFile relative to {@code b2b/specs/api-v3/}, with {@code /} separators
     * @return e.g. {@code B2BCompanies}
     * @throws IllegalStateException for a file no family claims
     */
    static String of(String specFile) {
        return FOLDERS.entrySet().stream().filter(entry -> specFile.startsWith(entry.getKey()))
                .map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new IllegalStateException(specFile + " belongs to no B2B family: add it to "
                        + B2BFamilies.class.getName() + "."));
    }

    /**
     * The families in the order the generated table lists them.
     *
     * @return the family names
     */
    static List<String> ordered() {
        return FOLDERS.values().stream().distinct().toList();
    }

    /**
     * The accessor name of a family on the B2B client.
     *
     * @param family e.g. {@code B2BSalesStaff}
     * @return e.g. {@code salesStaff}
     */
    static String accessor(String family) {
        String name = family.substring("B2B".length());
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
