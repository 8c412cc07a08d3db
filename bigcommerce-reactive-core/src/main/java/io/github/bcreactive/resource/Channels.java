package io.github.bcreactive.resource;

import static io.github.bcreactive.resource.ResourceSpec.v3;

import java.util.Objects;

import io.github.bcreactive.api.V3Api;
import io.github.bcreactive.model.Channel;
import tools.jackson.databind.JsonNode;

/**
 * Sales channels (v3) and their product listings (cursor-paged).
 *
 * <pre>{@code
 * client.channels().channels().iterAll();
 * client.channels().channels().listings(1).iterAll();
 * }</pre>
 */
public final class Channels extends GeneratedChannels {

    private static final ResourceSpec<Channel> CHANNELS = v3("/channels", Channel.class);
    private static final ResourceSpec<JsonNode> LISTINGS =
            v3("/channels/{channel_id}/listings", JsonNode.class);

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
     * Channels ({@code /channels}).
     *
     * @return the resource
     */
    public ChannelList channels() {
        return Endpoint.of(v3, CHANNELS)::itself;
    }

    /**
     * Listings, channel id first ({@code /channels/{channel_id}/listings}).
     *
     * @return the resource
     */
    public Listings listings() {
        return Endpoint.of(v3, LISTINGS)::itself;
    }

    /** Channels: list, get, create, update. */
    public interface ChannelList extends Listable<Channel>, Gettable<Channel>, Creatable<Channel>, Updatable<Channel> {

        /**
         * The channel's listings.
         *
         * @param channelId the channel id
         * @return the resource
         */
        default ChannelListings listings(Object channelId) {
            return endpoint().child(LISTINGS, channelId)::itself;
        }
    }

    /** Listings, channel id first: list, get. */
    public interface Listings extends SubListable<JsonNode>, SubGettable<JsonNode> {
    }

    /** One channel's listings: list, get. */
    public interface ChannelListings extends Listable<JsonNode>, Gettable<JsonNode> {
    }
}
