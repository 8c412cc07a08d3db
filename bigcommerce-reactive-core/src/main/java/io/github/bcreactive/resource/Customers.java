package io.github.bcreactive.resource;

import static io.github.bcreactive.resource.ResourceSpec.v2;
import static io.github.bcreactive.resource.ResourceSpec.v3;

import java.util.Objects;

import io.github.bcreactive.api.RestApi;
import io.github.bcreactive.model.Customer;
import io.github.bcreactive.model.CustomerAddress;
import io.github.bcreactive.model.CustomerGroup;
import tools.jackson.databind.JsonNode;

/**
 * Customers: v3 customers, addresses, attributes, attribute values and form-field values, with their batch calls
 * (customers and addresses: 10 per call, at most 3 at once); v2 customer groups.
 *
 * <pre>{@code
 * Customers customers = client.customers();
 * customers.customers().iterAll(Query.builder().in("id", 1, 2).build());
 * customers.customers().createAll(newCustomers);      // 10 per call, 3 calls at once
 * customers.groups().get(2);
 * }</pre>
 */
public final class Customers extends GeneratedCustomers {

    private static final ResourceSpec<Customer> CUSTOMERS = v3("/customers", Customer.class).batches();
    private static final ResourceSpec<CustomerAddress> ADDRESSES =
            v3("/customers/addresses", CustomerAddress.class).batches(10, 3);
    private static final ResourceSpec<JsonNode> ATTRIBUTES = v3("/customers/attributes", JsonNode.class).batches(10, 3);
    private static final ResourceSpec<JsonNode> ATTRIBUTE_VALUES =
            v3("/customers/attribute-values", JsonNode.class).batches();
    private static final ResourceSpec<JsonNode> FORM_FIELD_VALUES =
            v3("/customers/form-field-values", JsonNode.class).batches(10, 3);
    private static final ResourceSpec<CustomerGroup> GROUPS = v2("/customer_groups", CustomerGroup.class);

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
     * Customers ({@code /customers}).
     *
     * @return the resource
     */
    public CustomerList customers() {
        return Endpoint.of(api, CUSTOMERS)::itself;
    }

    /**
     * Customer addresses ({@code /customers/addresses}).
     *
     * @return the resource
     */
    public Addresses addresses() {
        return Endpoint.of(api, ADDRESSES)::itself;
    }

    /**
     * Customer attributes ({@code /customers/attributes}).
     *
     * @return the resource
     */
    public Attributes attributes() {
        return Endpoint.of(api, ATTRIBUTES)::itself;
    }

    /**
     * Customer attribute values (batch update upserts) ({@code /customers/attribute-values}).
     *
     * @return the resource
     */
    public AttributeValues attributeValues() {
        return Endpoint.of(api, ATTRIBUTE_VALUES)::itself;
    }

    /**
     * Customer form-field values (batch update upserts) ({@code /customers/form-field-values}).
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

    /** Customers: list, delete by filter, count, batch create, batch update, delete by ids. */
    public interface CustomerList extends Listable<Customer>, CollectionDeletable<Customer>, Countable<Customer>,
            BatchCreatable<Customer>, BatchUpdatable<Customer>, BatchDeletable<Customer> {
    }

    /** Customer addresses: list, delete by filter, count, batch create, batch update, delete by ids. */
    public interface Addresses extends Listable<CustomerAddress>, CollectionDeletable<CustomerAddress>,
            Countable<CustomerAddress>, BatchCreatable<CustomerAddress>, BatchUpdatable<CustomerAddress>,
            BatchDeletable<CustomerAddress> {
    }

    /** Customer attributes: list, delete by filter, count, batch create, batch update, delete by ids. */
    public interface Attributes extends Listable<JsonNode>, CollectionDeletable<JsonNode>, Countable<JsonNode>,
            BatchCreatable<JsonNode>, BatchUpdatable<JsonNode>, BatchDeletable<JsonNode> {
    }

    /** Customer attribute values (batch update upserts): list, delete by filter, count, batch update, delete by ids. */
    public interface AttributeValues extends Listable<JsonNode>, CollectionDeletable<JsonNode>, Countable<JsonNode>,
            BatchUpdatable<JsonNode>, BatchDeletable<JsonNode> {
    }

    /** Customer form-field values (batch update upserts): list, batch update. */
    public interface FormFieldValues extends Listable<JsonNode>, BatchUpdatable<JsonNode> {
    }

    /** Customer groups (v2): list, get, create, update, delete, count. */
    public interface Groups extends Listable<CustomerGroup>, Gettable<CustomerGroup>, Creatable<CustomerGroup>,
            Updatable<CustomerGroup>, Deletable<CustomerGroup>, Countable<CustomerGroup> {
    }
}
