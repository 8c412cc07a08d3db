package io.github.bcreactive.resource;

import static io.github.bcreactive.resource.ResourceSpec.v3;

import java.util.Objects;

import io.github.bcreactive.api.V3Api;
import io.github.bcreactive.model.generated.pricelists.GetPriceListRecordsResponseItem;
import io.github.bcreactive.model.generated.pricelists.PriceList;

/**
 * Price lists (v3). The family is itself the price lists resource ({@link FullCrud}); beside them are their records,
 * upserted in bulk on {@code /pricelists/records}, one call at a time as documented.
 *
 * <pre>{@code
 * client.priceLists().iterAll();
 * client.priceLists().records(3L).iterAll();
 * client.priceLists().records().updateAll(records);   // one call at a time
 * }</pre>
 */
public final class PriceLists extends GeneratedPriceLists implements FullCrud<PriceList, Long> {

    private static final ResourceSpec<PriceList> PRICE_LISTS =
            v3("/pricelists", PriceList.class);
    private static final ResourceSpec<GetPriceListRecordsResponseItem> RECORDS =
            v3("/pricelists/{price_list_id}/records", GetPriceListRecordsResponseItem.class).batches("/pricelists/records");

    private final V3Api v3;

    /**
     * Creates the family over a store's API; {@code client.priceLists()} is the usual way to get it.
     *
     * @param v3 the store's API
     */
    PriceLists(V3Api v3) {
        super(Objects.requireNonNull(v3, "'v3' cannot be null."));
        this.v3 = v3;
    }

    /**
     * The price lists themselves ({@code /pricelists}): this family's own capabilities run on it.
     *
     * @return the endpoint
     */
    @Override
    public Endpoint<PriceList> endpoint() {
        return Endpoint.of(v3, PRICE_LISTS);
    }

    /**
     * Records, price list id first ({@code /pricelists/{price_list_id}/records}).
     *
     * @return the resource
     */
    public Records records() {
        return Endpoint.of(v3, RECORDS)::itself;
    }

    /**
     * Records, of one price list ({@code /pricelists/{price_list_id}/records}).
     *
     * @param priceListId the {@code price_list_id}
     * @return the resource
     */
    public PriceListRecords records(long priceListId) {
        return Endpoint.of(v3, RECORDS).bind(priceListId)::itself;
    }

    /** Records, price list id first: list, count, delete by filter, upsert in batches. */
    public interface Records extends SubListable<GetPriceListRecordsResponseItem, Long>, SubCollectionDeletable<GetPriceListRecordsResponseItem, Long>,
            SubCountable<GetPriceListRecordsResponseItem, Long>, BatchUpdatable<GetPriceListRecordsResponseItem> {
    }

    /** One price list's records: list, count, delete by filter. */
    public interface PriceListRecords extends ListAndDelete<GetPriceListRecordsResponseItem>, Countable<GetPriceListRecordsResponseItem> {
    }
}
