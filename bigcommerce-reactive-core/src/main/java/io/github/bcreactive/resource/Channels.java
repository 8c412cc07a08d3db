package io.github.bcreactive.resource;

import static io.github.bcreactive.resource.ResourceSpec.v3;

import java.util.Objects;

import io.github.bcreactive.api.V3Api;
import io.github.bcreactive.model.generated.channels.ChannelWithCurrencies;
import io.github.bcreactive.model.generated.channels.Listing;

/**
 * Sales channels (v3). The family is itself the channels resource (listed, read, created and updated; never
 * deleted); beside it are each channel's product listings (cursor-paged).
 *
 * <pre>{@code
 * client.channels().iterAll();
 * client.channels().listings(1L).iterAll();
 * }</pre>
 */
public final class Channels extends GeneratedChannels implements ReadOnly<ChannelWithCurrencies, Long>,
        Creatable<ChannelWithCurrencies>, Updatable<ChannelWithCurrencies, Long> {

    private static final ResourceSpec<ChannelWithCurrencies> CHANNELS = v3("/channels", ChannelWithCurrencies.class);
    private static final ResourceSpec<Listing> LISTINGS =
            v3("/channels/{channel_id}/listings", Listing.class);

    private final V3Api v3;

    /**
     * Creates the family over a store's API; {@code client.channels()} is the usual way to get it.
     *
     * @param v3 the store's API
     */
    Channels(V3Api v3) {
        super(Objects.requireNonNull(v3, "'v3' cannot be null."));
        this.v3 = v3;
    }

    /**
     * The channels themselves ({@code /channels}): this family's own capabilities run on it.
     *
     * @return the endpoint
     */
    @Override
    public Endpoint<ChannelWithCurrencies> endpoint() {
        return Endpoint.of(v3, CHANNELS);
    }

    /**
     * Product listings, channel id first ({@code /channels/{channel_id}/listings}).
     *
     * @return the resource
     */
    public SubReadOnly<Listing, Long, Long> listings() {
        return Endpoint.of(v3, LISTINGS)::itself;
    }

    /**
     * Product listings, of one channel ({@code /channels/{channel_id}/listings}).
     *
     * @param channelId the {@code channel_id}
     * @return the resource
     */
    public ReadOnly<Listing, Long> listings(long channelId) {
        return Endpoint.of(v3, LISTINGS).bind(channelId)::itself;
    }
}
