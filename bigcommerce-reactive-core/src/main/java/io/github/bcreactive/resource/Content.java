package io.github.bcreactive.resource;

import static io.github.bcreactive.resource.ResourceSpec.v2;
import static io.github.bcreactive.resource.ResourceSpec.v3;

import java.util.Objects;

import io.github.bcreactive.api.RestApi;
import tools.jackson.databind.JsonNode;

/**
 * Storefront content: pages, scripts and redirects (v3); blog posts and banners (v2).
 *
 * <pre>{@code
 * client.content().pages().iterAll();
 * client.content().blogPosts().count();
 * }</pre>
 */
public final class Content extends GeneratedContent {

    private static final ResourceSpec<JsonNode> PAGES = v3("/content/pages", JsonNode.class);
    private static final ResourceSpec<JsonNode> SCRIPTS = v3("/content/scripts", JsonNode.class);
    private static final ResourceSpec<JsonNode> REDIRECTS = v3("/storefront/redirects", JsonNode.class);
    private static final ResourceSpec<JsonNode> BLOG_POSTS = v2("/blog/posts", JsonNode.class);
    private static final ResourceSpec<JsonNode> BANNERS = v2("/banners", JsonNode.class);

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
    public Pages pages() {
        return Endpoint.of(api, PAGES)::itself;
    }

    /**
     * Scripts ({@code /content/scripts}).
     *
     * @return the resource
     */
    public Scripts scripts() {
        return Endpoint.of(api, SCRIPTS)::itself;
    }

    /**
     * Redirects ({@code /storefront/redirects}).
     *
     * @return the resource
     */
    public Redirects redirects() {
        return Endpoint.of(api, REDIRECTS)::itself;
    }

    /**
     * Blog posts ({@code /blog/posts}).
     *
     * @return the resource
     */
    public BlogPosts blogPosts() {
        return Endpoint.of(api, BLOG_POSTS)::itself;
    }

    /**
     * Banners ({@code /banners}).
     *
     * @return the resource
     */
    public Banners banners() {
        return Endpoint.of(api, BANNERS)::itself;
    }

    /** Pages: list, get, create, update, delete, delete by filter. */
    public interface Pages extends Listable<JsonNode>, Gettable<JsonNode>, Creatable<JsonNode>, Updatable<JsonNode>,
            Deletable<JsonNode>, CollectionDeletable<JsonNode> {
    }

    /** Scripts: list, get, create, update, delete. */
    public interface Scripts extends Listable<JsonNode>, Gettable<JsonNode>, Creatable<JsonNode>, Updatable<JsonNode>,
            Deletable<JsonNode> {
    }

    /** Redirects: list, delete by filter. */
    public interface Redirects extends Listable<JsonNode>, CollectionDeletable<JsonNode> {
    }

    /** Blog posts: list, get, create, update, delete, delete by filter, count. */
    public interface BlogPosts extends Listable<JsonNode>, Gettable<JsonNode>, Creatable<JsonNode>,
            Updatable<JsonNode>, Deletable<JsonNode>, CollectionDeletable<JsonNode>, Countable<JsonNode> {
    }

    /** Banners: list, get, create, update, delete, delete by filter, count. */
    public interface Banners extends Listable<JsonNode>, Gettable<JsonNode>, Creatable<JsonNode>, Updatable<JsonNode>,
            Deletable<JsonNode>, CollectionDeletable<JsonNode>, Countable<JsonNode> {
    }
}
