package io.github.bcreactive.resource;

import static io.github.bcreactive.resource.ResourceSpec.v2;
import static io.github.bcreactive.resource.ResourceSpec.v3;

import java.util.Objects;

import io.github.bcreactive.api.RestApi;
import io.github.bcreactive.model.Currency;
import io.github.bcreactive.model.Store;
import tools.jackson.databind.JsonNode;

/**
 * The store: its profile and time (v2), currencies (v2), countries and states (v2), tax classes (v2) and payment
 * methods (v3).
 *
 * <pre>{@code
 * StoreInfo store = client.store();
 * store.info().get().map(Store::name);
 * store.countries().states(226).iterAll();
 * }</pre>
 */
public final class StoreInfo extends GeneratedStore {

    private static final ResourceSpec<Store> INFO = v2("/store", Store.class);
    private static final ResourceSpec<JsonNode> TIME = v2("/time", JsonNode.class);
    private static final ResourceSpec<Currency> CURRENCIES = v2("/currencies", Currency.class);
    private static final ResourceSpec<JsonNode> COUNTRIES = v2("/countries", JsonNode.class);
    private static final ResourceSpec<JsonNode> STATES = v2("/countries/{country_id}/states", JsonNode.class);
    private static final ResourceSpec<JsonNode> TAX_CLASSES = v2("/tax_classes", JsonNode.class);
    private static final ResourceSpec<JsonNode> PAYMENT_METHODS = v3("/payments/methods", JsonNode.class);

    private final RestApi api;

    /**
     * Creates the family over a store's API; {@code client.storeInfo()} is the usual way to get it.
     *
     * @param api the store's API
     */
    StoreInfo(RestApi api) {
        super(Objects.requireNonNull(api, "'api' cannot be null."));
        this.api = api;
    }

    /**
     * The store profile ({@code /store}).
     *
     * @return the resource
     */
    public Info info() {
        return Endpoint.of(api, INFO)::itself;
    }

    /**
     * The store time ({@code /time}).
     *
     * @return the resource
     */
    public Time time() {
        return Endpoint.of(api, TIME)::itself;
    }

    /**
     * Currencies ({@code /currencies}).
     *
     * @return the resource
     */
    public Currencies currencies() {
        return Endpoint.of(api, CURRENCIES)::itself;
    }

    /**
     * Countries ({@code /countries}).
     *
     * @return the resource
     */
    public Countries countries() {
        return Endpoint.of(api, COUNTRIES)::itself;
    }

    /**
     * States, country id first ({@code /countries/{country_id}/states}).
     *
     * @return the resource
     */
    public States states() {
        return Endpoint.of(api, STATES)::itself;
    }

    /**
     * Tax classes ({@code /tax_classes}).
     *
     * @return the resource
     */
    public TaxClasses taxClasses() {
        return Endpoint.of(api, TAX_CLASSES)::itself;
    }

    /**
     * Accepted payment methods of an order or checkout (v3, not paged; needs {@code order_id} or {@code checkout_id}) ({@code /payments/methods}).
     *
     * @return the resource
     */
    public PaymentMethods paymentMethods() {
        return Endpoint.of(api, PAYMENT_METHODS)::itself;
    }

    /** The store profile: get the one object. */
    public interface Info extends Singleton<Store> {
    }

    /** The store time: get the one object. */
    public interface Time extends Singleton<JsonNode> {
    }

    /** Currencies: list, get, create, update, delete, delete by filter. */
    public interface Currencies extends Listable<Currency>, Gettable<Currency>, Creatable<Currency>,
            Updatable<Currency>, Deletable<Currency>, CollectionDeletable<Currency> {
    }

    /** Countries: list, get, count. */
    public interface Countries extends Listable<JsonNode>, Gettable<JsonNode>, Countable<JsonNode> {

        /**
         * The country's states.
         *
         * @param countryId the country id
         * @return the resource
         */
        default CountryStates states(Object countryId) {
            return endpoint().child(STATES, countryId)::itself;
        }
    }

    /** States, country id first: list, get, count. */
    public interface States extends SubListable<JsonNode>, SubGettable<JsonNode>, SubCountable<JsonNode> {
    }

    /** One country's states: list, get, count. */
    public interface CountryStates extends Listable<JsonNode>, Gettable<JsonNode>, Countable<JsonNode> {
    }

    /** Tax classes: list, get. */
    public interface TaxClasses extends Listable<JsonNode>, Gettable<JsonNode> {
    }

    /** Accepted payment methods of an order or checkout (v3, not paged; needs {@code order_id} or {@code checkout_id}): list. */
    public interface PaymentMethods extends Listable<JsonNode> {
    }
}
