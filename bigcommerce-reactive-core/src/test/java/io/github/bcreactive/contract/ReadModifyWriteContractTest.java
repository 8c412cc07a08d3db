package io.github.bcreactive.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.github.bcreactive.model.generated.catalog.BrandFull;
import io.github.bcreactive.model.generated.catalog.MetafieldFull;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A read-modify-write of a whole model (get it, change a field, update with all of it) is accepted by the official
 * spec's request schema: the read-only fields the answer carries are left out of the update. Against a
 * {@link ContractServer} serving the specs' examples and validating every request. Skips, saying why, when the specs
 * are absent.
 */
@Timeout(120)
class ReadModifyWriteContractTest {

    @RegisterExtension
    static final ExampleApi.PerClass EXAMPLES = new ExampleApi.PerClass();

    @Test
    void aWholeFamilyModelReadChangedAndWrittenBackIsValid() {
        ExampleApi api = EXAMPLES.get();
        api.server().reset();
        BrandFull brand = api.client().catalog().brands().get(1L).block();
        assertThat(brand.id()).isNotNull();
        BrandFull renamed = new BrandFull(brand.id(), "Renamed", brand.pageTitle(), brand.metaKeywords(),
                brand.metaDescription(), brand.searchKeywords(), brand.imageUrl(), brand.customUrl(), brand.extra());

        api.client().catalog().brands().update(brand.id(), renamed).block();

        List<Exchange> exchanges = api.server().exchanges();
        assertThat(exchanges).hasSize(2);
        Exchange update = exchanges.get(1);
        assertThat(update.method()).isEqualTo("PUT");
        assertThat(update.operation()).isPresent();
        assertThat(update.requestViolations()).as("the update of a whole brand").isEmpty();
    }

    @Test
    void aWholeGeneratedModelReadChangedAndWrittenBackIsValid() {
        ExampleApi api = EXAMPLES.get();
        api.server().reset();
        MetafieldFull read = api.client().catalog().brandsMetafields(1).get(1L).block();
        assertThat(read.id()).isNotNull();
        MetafieldFull changed = new MetafieldFull(read.id(), read.key(), "green", read.namespace(),
                read.permissionSet(), read.description(), read.resourceType(), read.resourceId(), read.dateCreated(),
                read.dateModified(), read.ownerClientId(), read.extra());

        MetafieldFull written = api.client().catalog().brandsMetafields(1).update(read.id(), changed).block();

        assertThat(written).isNotNull();
        List<Exchange> exchanges = api.server().exchanges();
        assertThat(exchanges).hasSize(2);
        assertThat(exchanges.get(1).requestViolations()).as("the update of a whole metafield").isEmpty();
    }
}
