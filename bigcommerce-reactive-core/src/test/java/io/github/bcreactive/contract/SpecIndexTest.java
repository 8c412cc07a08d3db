package io.github.bcreactive.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The spec index: every management operation once, and requests matched to their operation. */
class SpecIndexTest {

    private static SpecIndex index;

    @BeforeAll
    static void load() {
        if (OfficialSpecs.directory().isEmpty()) {
            return;
        }
        index = OfficialSpecs.index();
        System.out.printf("[contract] %d management specs, %d operations (%d declared twice), indexed in %d ms%n",
                index.specs().size(), index.operations().size(), index.duplicates().size(),
                index.loadTime().toMillis());
    }

    @BeforeEach
    void needsSpecs() {
        Assumptions.assumeTrue(index != null, OfficialSpecs.MISSING);
    }

    @Test
    void indexesEveryManagementSpecAndNoStorefrontOne() {
        assertThat(index.specs()).contains("catalog/products_catalog.v3.yml", "orders.v2.oas2.yml")
                .noneMatch(spec -> spec.endsWith(".sf.yml"))
                .doesNotContain("payments/process_payments.yml", "current_customer.yml", "customer_login.yml",
                        "shipping_provider.yml", "tax_provider.yml");
        assertThat(index.operations()).hasSizeGreaterThan(600);
    }

    @Test
    void parsesASpecInFullOnlyWhenAskedAndOnce() {
        assertThat(index.api("webhooks.v3.yml")).isSameAs(index.api("webhooks.v3.yml"));
        assertThat(index.declaration(index.match("v3", "GET", "/hooks").orElseThrow()).getOperationId())
                .isEqualTo("getWebhooks");
        System.out.printf("[contract] %s%n", index.parsed());
    }

    @Test
    void matchesAConcretePathToItsTemplatePreferringLiterals() {
        assertThat(index.match("v3", "GET", "/catalog/products/77").orElseThrow().path())
                .isEqualTo("/catalog/products/{product_id}");
        assertThat(index.match("v2", "GET", "/orders/count").orElseThrow().path()).isEqualTo("/orders/count");
        assertThat(index.match("v2", "GET", "/orders/101").orElseThrow().path()).isEqualTo("/orders/{order_id}");
        assertThat(index.match("v3", "GET", "/no/such/path")).isEmpty();
        assertThat(index.declared("v3", "GET", "/catalog/products/{id}/images/{x}").orElseThrow().path())
                .isEqualTo("/catalog/products/{product_id}/images/{image_id}");
    }
}
