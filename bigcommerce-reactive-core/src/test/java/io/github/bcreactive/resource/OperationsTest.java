package io.github.bcreactive.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.github.bcreactive.paging.PagingStyle;
import io.github.bcreactive.api.ApiVersion;
import io.github.bcreactive.resource.Operation.Body;
import io.github.bcreactive.resource.Operation.IdType;
import io.github.bcreactive.resource.Operation.Limits;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/** The generated operation table states what the specs and docs state. */
class OperationsTest {

    @Test
    void everyManagementOperationIsDeclaredOnce() {
        assertThat(Operations.all()).hasSize(657);
        Set<String> seen = new HashSet<>();
        for (Operation op : Operations.all()) {
            assertThat(seen.add(op.version() + " " + op.method() + " " + op.path())).as(op.path()).isTrue();
        }
    }

    @Test
    void pagingStylesComeFromTheSpecsAndCursorWinsWhereBothAreOffered() {
        assertThat(op(ApiVersion.V3, HttpMethod.GET, "/catalog/products").paging()).isEqualTo(PagingStyle.PAGE_NUMBER);
        assertThat(op(ApiVersion.V3, HttpMethod.GET, "/customers").paging()).isEqualTo(PagingStyle.CURSOR);
        assertThat(op(ApiVersion.V2, HttpMethod.GET, "/orders").paging()).isEqualTo(PagingStyle.V2_PAGES);
        assertThat(op(ApiVersion.V3, HttpMethod.GET, "/catalog/trees").paging()).isEqualTo(PagingStyle.NONE);
        assertThat(op(ApiVersion.V3, HttpMethod.POST, "/catalog/products").paging()).isEqualTo(PagingStyle.NONE);
        assertThat(Operations.all()).filteredOn(o -> o.method() != HttpMethod.GET)
                .allMatch(o -> o.paging() == PagingStyle.NONE);
        assertThat(Operations.all()).filteredOn(o -> o.version() == ApiVersion.V2)
                .allMatch(o -> o.paging() == PagingStyle.V2_PAGES || o.paging() == PagingStyle.NONE);
    }

    @Test
    void idsAreTypedAsTheSpecDeclaresThem() {
        assertThat(op(ApiVersion.V3, HttpMethod.GET, "/catalog/products/{product_id}/images/{image_id}").ids())
                .containsExactly(IdType.LONG, IdType.LONG);
        assertThat(op(ApiVersion.V3, HttpMethod.GET, "/carts/{cartId}").ids()).containsExactly(IdType.STRING);
        assertThat(op(ApiVersion.V3, HttpMethod.GET,
                "/pricelists/{price_list_id}/records/{variant_id}/{currency_code}").ids())
                .containsExactly(IdType.LONG, IdType.LONG, IdType.STRING);
    }

    @Test
    void theStatedBatchAndConcurrencyLimitsAreDeclared() {
        assertThat(op(ApiVersion.V3, HttpMethod.PUT, "/catalog/products").limits().batchSize()).isEqualTo(10);
        assertThat(op(ApiVersion.V3, HttpMethod.PUT, "/catalog/variants").limits().batchSize()).isEqualTo(50);
        assertThat(op(ApiVersion.V3, HttpMethod.POST, "/customers").limits()).isEqualTo(new Limits(10, 3));
        assertThat(op(ApiVersion.V3, HttpMethod.PUT, "/customers").limits()).isEqualTo(new Limits(10, 3));
        assertThat(op(ApiVersion.V3, HttpMethod.PUT, "/pricelists/records").limits()).isEqualTo(new Limits(100, 1));
        assertThat(op(ApiVersion.V3, HttpMethod.GET, "/catalog/categories").limits().concurrency()).isEqualTo(40);
        assertThat(op(ApiVersion.V3, HttpMethod.GET, "/catalog/trees/{tree_id}/categories").limits().concurrency())
                .isEqualTo(1);
        assertThat(op(ApiVersion.V3, HttpMethod.PUT, "/customers/form-field-values").limits().concurrency())
                .isEqualTo(10);
        assertThat(op(ApiVersion.V3, HttpMethod.GET, "/catalog/brands").limits()).isEqualTo(Limits.NONE);
    }

    @Test
    void typedBatchesTakeTheirLimitsFromTheTable() {
        assertThat(ResourceSpec.v3("/catalog/products", JsonNode.class).batches().batch())
                .contains(new ResourceSpec.Batch("/catalog/products", 10, 1));
        assertThat(ResourceSpec.v3("/catalog/products/{product_id}/variants", JsonNode.class)
                .batches("/catalog/variants").batch()).contains(new ResourceSpec.Batch("/catalog/variants", 50, 1));
        assertThat(ResourceSpec.v3("/customers", JsonNode.class).batches().batch())
                .contains(new ResourceSpec.Batch("/customers", 10, 3));
        assertThat(ResourceSpec.v3("/pricelists/{price_list_id}/records", JsonNode.class)
                .batches("/pricelists/records").batch()).contains(new ResourceSpec.Batch("/pricelists/records", 100, 1));
        assertThatThrownBy(() -> ResourceSpec.v3("/customers/attributes", JsonNode.class).batches())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("/customers/attributes");
    }

    @Test
    void deprecatedAndSunsetOperationsNameTheirReplacement() {
        assertThat(op(ApiVersion.V3, HttpMethod.GET, "/catalog/categories").deprecation())
                .hasValueSatisfying(replacement -> assertThat(replacement).contains("/v3/catalog/trees/categories"));
        assertThat(op(ApiVersion.V2, HttpMethod.GET, "/customers/{customer_id}/addresses").deprecation())
                .hasValueSatisfying(replacement -> assertThat(replacement).contains("/v3/customers"));
        assertThat(op(ApiVersion.V3, HttpMethod.GET, "/catalog/products").deprecated()).isFalse();
        assertThat(Operations.all()).filteredOn(Operation::deprecated).hasSizeGreaterThanOrEqualTo(31);
    }

    @Test
    void requestBodiesAreClassified() {
        assertThat(op(ApiVersion.V3, HttpMethod.POST, "/catalog/products/{product_id}/images").body())
                .isEqualTo(Body.JSON_OR_MULTIPART);
        assertThat(op(ApiVersion.V3, HttpMethod.POST, "/catalog/products").body()).isEqualTo(Body.JSON);
        assertThat(op(ApiVersion.V3, HttpMethod.GET, "/catalog/products").body()).isEqualTo(Body.NONE);
    }

    @Test
    void requestAndResponseModelsAreNamedBySchemaThroughTheDataEnvelope() {
        Operation list = op(ApiVersion.V3, HttpMethod.GET, "/catalog/products");
        assertThat(list.request()).isEmpty();
        assertThat(list.response()).isEqualTo("product_Full[]");
        Operation batch = op(ApiVersion.V3, HttpMethod.PUT, "/catalog/products");
        assertThat(batch.request()).isEqualTo("product_Put_Collection");
        assertThat(op(ApiVersion.V3, HttpMethod.DELETE, "/catalog/products/{product_id}").response()).isEmpty();
    }

    @Test
    void findIsKeyedByVersionMethodAndPath() {
        assertThat(Operations.find(ApiVersion.V2, HttpMethod.GET, "/customers").map(Operation::specFile))
                .contains("customers.v2.yml");
        assertThat(Operations.find(ApiVersion.V3, HttpMethod.GET, "/customers").map(Operation::specFile))
                .contains("customers.v3.yml");
        assertThat(Operations.find(ApiVersion.V3, HttpMethod.PATCH, "/nowhere")).isEqualTo(Optional.empty());
    }

    @Test
    void aDeclarationNeedsOneIdTypePerPlaceholder() {
        assertThatThrownBy(() -> new Operation(ApiVersion.V3, HttpMethod.GET, "/a/{id}", "a.v3.yml", "getA",
                PagingStyle.NONE, List.of(), Body.NONE, "", "", Limits.NONE, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 placeholders");
        assertThatThrownBy(() -> new Limits(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Operation op(ApiVersion version, HttpMethod method, String path) {
        return Operations.find(version, method, path).orElseThrow(() -> new AssertionError(method + " " + path));
    }
}
