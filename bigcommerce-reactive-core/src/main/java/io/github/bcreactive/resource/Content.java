package io.github.bcreactive.resource;

import static io.github.bcreactive.resource.ResourceSpec.v2;
import static io.github.bcreactive.resource.ResourceSpec.v3;

import java.util.Objects;

import io.github.bcreactive.api.RestApi;
import io.github.bcreactive.model.generated.content.BlogPostFull;
import io.github.bcreactive.model.generated.content.Model301RedirectRead;
import io.github.bcreactive.model.generated.content.PageFull;
import io.github.bcreactive.model.generated.content.Redirect;
import io.github.bcreactive.model.generated.content.ScriptFull;
import io.github.bcreactive.model.generated.marketing.BannerFull;
import tools.jackson.databind.JsonNode;

/**
 * Storefront content: pages, scripts and redirects (v3); blog posts and banners (v2); and the deprecated v2 pages and
 * redirects the Python client reached.
 *
 * <pre>{@code
 * client.content().pages().iterAll();
 * client.content().blogPosts().count();
 * }</pre>
 */
public final class Content extends GeneratedContent {

    private static final ResourceSpec<JsonNode> PAGES = v3("/content/pages", JsonNode.class);
    private static final ResourceSpec<ScriptFull> SCRIPTS = v3("/content/scripts", ScriptFull.class);
    private static final ResourceSpec<Model301RedirectRead> REDIRECTS = v3("/storefront/redirects", Model301RedirectRead.class);
    private static final ResourceSpec<BlogPostFull> BLOG_POSTS = v2("/blog/posts", BlogPostFull.class);
    private static final ResourceSpec<BannerFull> BANNERS = v2("/banners", BannerFull.class);
    private static final ResourceSpec<PageFull> LEGACY_PAGES = v2("/pages", PageFull.class);
    private static final ResourceSpec<Redirect> LEGACY_REDIRECTS = v2("/redirects", Redirect.class);

    private final RestApi api;

    /**
     * Creates the family over a store's API; {@code client.content()} is the usual way to get it.
     *
     * @param api the store's API
     */
    Content(RestApi api) {
        super(Objects.requireNonNull(api, "'api' cannot be null."));
        this.api = api;
    }

    /**
     * Pages ({@code /content/pages}).
     *
     * @return the resource
     */
    public FullCrud<JsonNode, String> pages() {
        return Endpoint.of(api, PAGES)::itself;
    }

    /**
     * Scripts ({@code /content/scripts}).
     *
     * @return the resource
     */
    public Crud<ScriptFull, String> scripts() {
        return Endpoint.of(api, SCRIPTS)::itself;
    }

    /**
     * Storefront redirects ({@code /storefront/redirects}).
     *
     * @return the resource
     */
    public ListAndDelete<Model301RedirectRead> redirects() {
        return Endpoint.of(api, REDIRECTS)::itself;
    }

    /**
     * Blog posts (v2) ({@code /blog/posts}).
     *
     * @return the resource
     */
    public FullCrud<BlogPostFull, Long> blogPosts() {
        return Endpoint.of(api, BLOG_POSTS)::itself;
    }

    /**
     * Banners (v2) ({@code /banners}).
     *
     * @return the resource
     */
    public FullCrud<BannerFull, Long> banners() {
        return Endpoint.of(api, BANNERS)::itself;
    }

    /**
     * Web pages (v2) ({@code /pages}), as the Python client reached them.
     *
     * @return the resource
     * @deprecated the official specs deprecate the v2 {@code /pages}: use {@link #pages()} (v3 {@code /content/pages}).
     */
    @Deprecated
    public Crud<PageFull, Long> legacyPages() {
        return Endpoint.of(api, LEGACY_PAGES)::itself;
    }

    /**
     * Redirects (v2) ({@code /redirects}), as the Python client reached them.
     *
     * @return the resource
     * @deprecated the official specs deprecate the v2 {@code /redirects}: use {@link #redirects()} (v3 {@code /storefront/redirects}).
     */
    @Deprecated
    public FullCrud<Redirect, Long> legacyRedirects() {
        return Endpoint.of(api, LEGACY_REDIRECTS)::itself;
    }
}
