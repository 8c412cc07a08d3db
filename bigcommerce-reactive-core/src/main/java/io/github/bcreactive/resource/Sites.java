package io.github.bcreactive.resource;

import static io.github.bcreactive.resource.ResourceSpec.v3;

import java.util.Objects;

import io.github.bcreactive.api.V3Api;
import io.github.bcreactive.model.generated.sites.Site;
import io.github.bcreactive.model.generated.sites.SiteRouteFull;

/**
 * Sites (v3). The family is itself the sites resource ({@link Crud}); beside it are each site's routes. The spec
 * declares site and route ids as strings.
 *
 * <pre>{@code
 * client.sites().iterAll();
 * client.sites().routes("1000").iterAll();
 * }</pre>
 */
public final class Sites extends GeneratedSites implements Crud<Site, String> {

    private static final ResourceSpec<Site> SITES = v3("/sites", Site.class);
    private static final ResourceSpec<SiteRouteFull> ROUTES = v3("/sites/{site_id}/routes", SiteRouteFull.class);

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
     * The sites themselves ({@code /sites}): this family's own capabilities run on it.
     *
     * @return the endpoint
     */
    @Override
    public Endpoint<Site> endpoint() {
        return Endpoint.of(v3, SITES);
    }

    /**
     * Routes, site id first ({@code /sites/{site_id}/routes}).
     *
     * @return the resource
     */
    public SubCrud<SiteRouteFull, String, String> routes() {
        return Endpoint.of(v3, ROUTES)::itself;
    }

    /**
     * Routes, of one site ({@code /sites/{site_id}/routes}).
     *
     * @param siteId the {@code site_id}
     * @return the resource
     */
    public Crud<SiteRouteFull, String> routes(String siteId) {
        return Endpoint.of(v3, ROUTES).bind(siteId)::itself;
    }
}
