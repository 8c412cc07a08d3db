package io.github.bcreactive.resource;

import static io.github.bcreactive.resource.ResourceSpec.v2;
import static io.github.bcreactive.resource.ResourceSpec.v3;

import java.util.Objects;

import io.github.bcreactive.api.RestApi;
import io.github.bcreactive.model.generated.payments.PaymentBase;
import io.github.bcreactive.model.generated.payments.PaymentMethodFull;
import io.github.bcreactive.model.generated.store.CountriesStateFull;
import io.github.bcreactive.model.generated.store.CountryFull;
import io.github.bcreactive.model.generated.store.CurrencyFull;
import io.github.bcreactive.model.generated.store.StoreInformation;
import io.github.bcreactive.model.generated.store.TimeStampFull;
import io.github.bcreactive.model.generated.tax.TaxClassFull;

/**
 * The store: its profile and time (v2), currencies (v2), countries and states (v2), tax classes (v2) and payment
 * methods (v3).
 *
 * <pre>{@code
 * StoreInfo store = client.store();
 * store.info().get().map(Store::name);
 * store.states(226L).iterAll();
 * }</pre>
 */
public final class StoreInfo extends GeneratedStore {

    private static final ResourceSpec<StoreInformation> INFO = v2("/store", StoreInformation.class);
    private static final ResourceSpec<TimeStampFull> TIME = v2("/time", TimeStampFull.class);
    private static final ResourceSpec<CurrencyFull> CURRENCIES = v2("/currencies", CurrencyFull.class);
    private static final ResourceSpec<CountryFull> COUNTRIES = v2("/countries", CountryFull.class);
    private static final ResourceSpec<CountriesStateFull> STATES = v2("/countries/{country_id}/states", CountriesStateFull.class);
    private static final ResourceSpec<TaxClassFull> TAX_CLASSES = v2("/tax_classes", TaxClassFull.class);
    private static final ResourceSpec<PaymentMethodFull> PAYMENT_METHODS = v3("/payments/methods", PaymentMethodFull.class);
    private static final ResourceSpec<PaymentBase> LEGACY_PAYMENT_METHODS = v2("/payments/methods", PaymentBase.class);

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
    public Singleton<StoreInformation> info() {
        return Endpoint.of(api, INFO)::itself;
    }

    /**
     * The store's time ({@code /time}).
     *
     * @return the resource
     */
    public Singleton<TimeStampFull> time() {
        return Endpoint.of(api, TIME)::itself;
    }

    /**
     * Currencies ({@code /currencies}; their ids are currency codes).
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
    public Places<CountryFull> countries() {
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
     * States, of one country ({@code /countries/{country_id}/states}).
     *
     * @param countryId the {@code country_id}
     * @return the resource
     */
    public Places<CountriesStateFull> states(long countryId) {
        return Endpoint.of(api, STATES).bind(countryId)::itself;
    }

    /**
     * Tax classes ({@code /tax_classes}).
     *
     * @return the resource
     */
    public ReadOnly<TaxClassFull, Long> taxClasses() {
        return Endpoint.of(api, TAX_CLASSES)::itself;
    }

    /**
     * Payment methods (v3) ({@code /payments/methods}).
     *
     * @return the resource
     */
    public ListOnly<PaymentMethodFull> paymentMethods() {
        return Endpoint.of(api, PAYMENT_METHODS)::itself;
    }

    /**
     * Payment methods (v2) ({@code /payments/methods}), as the Python client reached them.
     *
     * @return the resource
     * @deprecated the official specs deprecate the v2 payment methods: use {@link #paymentMethods()} (v3).
     */
    @Deprecated
    public ListOnly<PaymentBase> legacyPaymentMethods() {
        return Endpoint.of(api, LEGACY_PAYMENT_METHODS)::itself;
    }

    /** Currencies: {@link Crud} by currency code, deleted by filter. */
    public interface Currencies extends Crud<CurrencyFull, String>, CollectionDeletable<CurrencyFull> {
    }

    /**
     * Countries, or one country's states: {@link ReadOnly}, counted.
     *
     * @param <T> the model of a country or of a state
     */
    public interface Places<T> extends ReadOnly<T, Long>, Countable<T> {
    }

    /** States, country id first: list, get, count. */
    public interface States extends SubReadOnly<CountriesStateFull, Long, Long>,
            SubCountable<CountriesStateFull, Long> {
    }
}
