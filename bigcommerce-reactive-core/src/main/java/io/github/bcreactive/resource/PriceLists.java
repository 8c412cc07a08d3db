package io.github.bcreactive.resource;

import static io.github.bcreactive.resource.ResourceSpec.v3;

import java.util.Objects;

import io.github.bcreactive.api.V3Api;
import io.github.bcreactive.model.PriceList;
import tools.jackson.databind.JsonNode;

/**
 * Price lists (v3) and their records. Records are upserted in bulk on {@code /pricelists/records}, one call at a
 * time as documented.
 *
 * <pre>{@code
 * client.priceLists().priceLists().iterAll();
 * client.priceLists().records().updateAll(records);   // one call at a time
 * }</pre>
 */
public final class PriceLists extends GeneratedPriceLists {

    private static final ResourceSpec<PriceList> PRICE_LISTS = v3("/pricelists", PriceList.class);
    private static final ResourceSpec<JsonNode> RECORDS =
            v3("/pricelists/{price_list_id}/records", JsonNode.class).batches("/pricelists/records");

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
     * Price lists ({@code /pricelists}).
     *
     * @return the resource
     */
    public PriceListList priceLists() {
        return Endpoint.of(v3, PRICE_LISTS)::itself;
    }

    /**
     * Records, price list id first ({@code /pricelists/{price_list_id}/records}).
     *
     * @return the resource
     */
    public Records records() {
        return Endpoint.of(v3, RECORDS)::itself;
    }

    /** Price lists: list, get, create, update, delete, delete by filter, count. */
    public interface PriceListList extends Listable<PriceList>, Gettable<PriceList>, Creatable<PriceList>,
            Updatable<PriceList>, Deletable<PriceList>, CollectionDeletable<PriceList>, Countable<PriceList> {

        /**
         * The price list's records.
         *
         * @param priceListId the price list id
         * @return the resource
         */
        default PriceListRecords records(Object priceListId) {
            return endpoint().child(RECORDS, priceListId)::itself;
        }
    }

    /** Records, price list id first: list, delete by filter, count, batch update. */
    public interface Records extends SubListable<JsonNode>, SubCollectionDeletable<JsonNode>, SubCountable<JsonNode>,
            BatchUpdatable<JsonNode> {
    }

    /** One price list's records: list, delete by filter, count. */
    public interface PriceListRecords extends Listable<JsonNode>, CollectionDeletable<JsonNode>, Countable<JsonNode> {
    }
}
