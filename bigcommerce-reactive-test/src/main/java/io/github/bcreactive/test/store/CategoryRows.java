package io.github.bcreactive.test.store;

import tools.jackson.databind.node.ObjectNode;

/**
 * Generates catalog categories (v3 {@code category_Full}); the first few are top level, the rest their children.
 */
public final class CategoryRows implements RowGenerator {

    private static final int TOP_LEVEL = 5;

    private final long seed;

    /**
     * Creates the generator.
     *
     * @param seed the store's seed
     */
    public CategoryRows(long seed) {
        this.seed = seed;
    }

    @Override
    public ObjectNode generate(long id) {
        String name = Words.CATEGORIES[(int) ((id - 1) % Words.CATEGORIES.length)] + " " + id;
        ObjectNode c = Json.object();
        c.put("id", id);
        c.put("parent_id", id <= TOP_LEVEL ? 0 : 1 + (id % TOP_LEVEL));
        c.put("name", name);
        c.put("description", "<p>" + name + "</p>");
        c.put("views", Seeds.pick(Seeds.hash(seed, id, 40), 5000));
        c.put("sort_order", (int) id);
        c.put("page_title", "");
        c.put("search_keywords", "");
        c.putArray("meta_keywords");
        c.put("meta_description", "");
        c.put("layout_file", "category.html");
        c.put("is_visible", true);
        c.put("default_product_sort", "use_store_settings");
        c.put("image_url", "");
        c.set("custom_url", Json.customUrl("/" + Json.slug(name) + "/"));
        return c;
    }
}
