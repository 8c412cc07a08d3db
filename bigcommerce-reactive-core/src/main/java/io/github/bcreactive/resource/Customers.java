package io.github.bcreactive.resource;

import static io.github.bcreactive.resource.ResourceSpec.v2;
import static io.github.bcreactive.resource.ResourceSpec.v3;

import java.util.Objects;

import io.github.bcreactive.api.RestApi;
import io.github.bcreactive.model.generated.customers.CustomerAddressFull;
import io.github.bcreactive.model.generated.customers.CustomerGroupFull;
import io.github.bcreactive.model.generated.customers.Customer;
import io.github.bcreactive.model.generated.customers.CustomerAddress;
import io.github.bcreactive.model.generated.customers.CustomerFull;
import io.github.bcreactive.model.generated.customers.GetCustomersAttributeValuesResponseItem;
import io.github.bcreactive.model.generated.customers.GetCustomersAttributesResponseItem;
import tools.jackson.databind.JsonNode;

/**
 * Customers. The family is itself the v3 customers resource ({@link BatchCrud}: created and updated 10 per call, at
 * most 3 calls at once); beside it are the v3 addresses, attributes, attribute values and form-field values, the v2
 * customer groups, and the deprecated v2 customers and their addresses.
 *
 * <pre>{@code
 * Customers customers = client.customers();
 * customers.iterAll(Query.builder().in("id", 1, 2).build());
 * customers.createAll(newCustomers);      // 10 per call, 3 calls at once
 * customers.groups().get(2L);
 * }</pre>
 */
public final class Customers extends GeneratedCustomers implements BatchCrud<Customer, Long> {

    private static final ResourceSpec<Customer> CUSTOMERS =
            v3("/customers", Customer.class).batches();
    private static final ResourceSpec<CustomerAddress> ADDRESSES =
            v3("/customers/addresses", CustomerAddress.class).batches(10, 3);
    private static final ResourceSpec<GetCustomersAttributesResponseItem> ATTRIBUTES = v3("/customers/attributes", GetCustomersAttributesResponseItem.class).batches(10, 3);
    private static final ResourceSpec<GetCustomersAttributeValuesResponseItem> ATTRIBUTE_VALUES =
            v3("/customers/attribute-values", GetCustomersAttributeValuesResponseItem.class).batches();
    private static final ResourceSpec<JsonNode> FORM_FIELD_VALUES =
            v3("/customers/form-field-values", JsonNode.class).batches(10, 3);
    private static final ResourceSpec<CustomerGroupFull> GROUPS = v2("/customer_groups", CustomerGroupFull.class);

    private static final ResourceSpec<CustomerFull> LEGACY = v2("/customers", CustomerFull.class);
    private static final ResourceSpec<CustomerAddressFull> LEGACY_ADDRESSES =
            v2("/customers/{customer_id}/addresses", CustomerAddressFull.class);

    private final RestApi api;

    /**
     * Creates the family over a store's API; {@code client.customers()} is the usual way to get it.
     *
     * @param api the store's API
     */
    Customers(RestApi api) {
        super(Objects.requireNonNull(api, "'api' cannot be null."));
        this.api = api;
    }

    /**
     * The customers themselves ({@code /customers}, v3): this family's own capabilities run on it.
     *
     * @return the endpoint
     */
    @Override
    public Endpoint<Customer> endpoint() {
        return Endpoint.of(api, CUSTOMERS);
    }

    /**
     * Addresses ({@code /customers/addresses}).
     *
     * @return the resource
     */
    public BatchCrud<CustomerAddress, Long> addresses() {
        return Endpoint.of(api, ADDRESSES)::itself;
    }

    /**
     * Attributes ({@code /customers/attributes}).
     *
     * @return the resource
     */
    public BatchCrud<GetCustomersAttributesResponseItem, Long> attributes() {
        return Endpoint.of(api, ATTRIBUTES)::itself;
    }

    /**
     * Attribute values ({@code /customers/attribute-values}).
     *
     * @return the resource
     */
    public AttributeValues attributeValues() {
        return Endpoint.of(api, ATTRIBUTE_VALUES)::itself;
    }

    /**
     * Form-field values ({@code /customers/form-field-values}).
     *
     * @return the resource
     */
    public FormFieldValues formFieldValues() {
        return Endpoint.of(api, FORM_FIELD_VALUES)::itself;
    }

    /**
     * Customer groups (v2) ({@code /customer_groups}).
     *
     * @return the resource
     */
    public Groups groups() {
        return Endpoint.of(api, GROUPS)::itself;
    }

    /**
     * The v2 customers ({@code /customers}, v2), as the Python client reached them.
     *
     * @return the resource
     * @deprecated the official specs deprecate the v2 customers: use this family's own v3 capabilities.
     */
    @Deprecated
    public FullCrud<CustomerFull, Long> legacy() {
        return Endpoint.of(api, LEGACY)::itself;
    }

    /**
     * The v2 addresses, customer id first ({@code /customers/{customer_id}/addresses}).
     *
     * @return the resource
     * @deprecated the official specs deprecate the v2 customers: use {@link #addresses()} (v3).
     */
    @Deprecated
    public SubFullCrud<CustomerAddressFull, Long, Long> legacyAddresses() {
        return Endpoint.of(api, LEGACY_ADDRESSES)::itself;
    }

    /**
     * The v2 addresses, of one customer ({@code /customers/{customer_id}/addresses}).
     *
     * @param customerId the {@code customer_id}
     * @return the resource
     * @deprecated the official specs deprecate the v2 customers: use {@link #addresses()} (v3).
     */
    @Deprecated
    public FullCrud<CustomerAddressFull, Long> legacyAddresses(long customerId) {
        return Endpoint.of(api, LEGACY_ADDRESSES).bind(customerId)::itself;
    }

    /** Attribute values: list, count, delete by filter or by ids, upsert in batches. */
    public interface AttributeValues extends ListAndDelete<GetCustomersAttributeValuesResponseItem>, Countable<GetCustomersAttributeValuesResponseItem>, BatchUpdatable<GetCustomersAttributeValuesResponseItem>,
            BatchDeletable<GetCustomersAttributeValuesResponseItem, Long> {
    }

    /** Form-field values: list, upsert in batches. */
    public interface FormFieldValues extends ListOnly<JsonNode>, BatchUpdatable<JsonNode> {
    }

    /** Customer groups (v2): {@link Crud}, counted. */
    public interface Groups extends Crud<CustomerGroupFull, Long>, Countable<CustomerGroupFull> {
    }
}
