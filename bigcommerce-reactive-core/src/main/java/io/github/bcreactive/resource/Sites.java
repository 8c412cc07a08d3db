package io.github.bcreactive.resource;

import static io.github.bcreactive.resource.ResourceSpec.v3;

import java.util.Objects;

import io.github.bcreactive.api.V3Api;
import tools.jackson.databind.JsonNode;

/**
 * Sites (v3) and their routes.
 *
 * <pre>{@code
 * client.sites().sites().iterAll();
 * client.sites().sites().routes(1000).iterAll();
 * }</pre>
 */
public final class Sites extends GeneratedSites {

    private static final ResourceSpec<JsonNode> SITES = v3("/sites", JsonNode.class);
    private static final ResourceSpec<JsonNode> ROUTES = v3("/sites/{site_id}/routes", JsonNode.class);

    private final V3Api v3;

    /**
     * Creates the family over a store's API; {@code client.sites()} is the usual way to get it.
     *
     * @param v3 the store's API
     */
    Sites(V3Api v3) {
        super(Objects.requireNonNull(v3, "'v3' cannot be null."));
        this.v3 = v3;
    }

    /**
     * Sites ({@code /sites}).
     *
     * @return the resource
     */
    public SiteList sites() {
        return Endpoint.of(v3, SITES)::itself;
    }

    /**
     * Routes, site id first ({@code /sites/{site_id}/routes}).
     *
     * @return the resource
     */
    public Routes routes() {
        return Endpoint.of(v3, ROUTES)::itself;
    }

    /** Sites: list, get, create, update, delete. */
    public interface SiteList extends Listable<JsonNode>, Gettable<JsonNode>, Creatable<JsonNode>, Updatable<JsonNode>,
            Deletable<JsonNode> {

        /**
         * The site's routes.
         *
         * @param siteId the site id
         * @return the resource
         */
        default SiteRoutes routes(Object siteId) {
            return endpoint().child(ROUTES, siteId)::itself;
        }
    }

    /** Routes, site id first: list, get, create, update, delete. */
    public interface Routes extends SubListable<JsonNode>, SubGettable<JsonNode>, SubCreatable<JsonNode>,
            SubUpdatable<JsonNode>, SubDeletable<JsonNode> {
    }

    /** One site's routes: list, get, create, update, delete. */
    public interface SiteRoutes extends Listable<JsonNode>, Gettable<JsonNode>, Creatable<JsonNode>,
            Updatable<JsonNode>, Deletable<JsonNode> {
    }
}
